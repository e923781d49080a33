/// The fast path of ``CaseFileLoader``: one pass over the bytes straight into records,
/// then the cross-record checks with hash lookups.
///
/// It accepts only files the strict path accepts, and builds exactly the records the
/// strict path builds. At anything else (a syntax error, an unknown or repeated field, a
/// bad date, an escape in a member name, a duplicate id, a dangling reference) it gives
/// up and returns `nil`; the caller then runs the strict path, which finds and explains
/// every problem. So messages never depend on which path ran.
package enum FastCaseFileLoader {
  /// The case file in `bytes`, or `nil` when the strict path must look at it.
  ///
  /// - Parameter progress: called every few megabytes with the byte offset reached and
  ///   the number of events read so far.
  package static func load(
    _ bytes: UnsafeBufferPointer<UInt8>, progress: ((_ offset: Int, _ events: Int) -> Void)? = nil
  ) -> CaseFile? {
    load(bytes, releasing: nil, progress: progress)
  }

  /// As ``load(_:progress:)``, for bytes in `memory`, whose pages the scanners give back
  /// as they pass them; `parallelFrom` is the size of `events` array split over two cores.
  static func load(
    _ bytes: UnsafeBufferPointer<UInt8>, releasing memory: ReleasableMemory?,
    parallelFrom: Int = 8 << 20,
    progress: ((_ offset: Int, _ events: Int) -> Void)?
  ) -> CaseFile? {
    do {
      var scanner = try CaseFileScanner(bytes, progress: progress, releasing: memory)
      scanner.parallelFrom = parallelFrom
      return try scanner.caseFile()
    } catch {
      return nil
    }
  }

  /// The case file in `bytes`, or `nil` when the strict path must look at it. Events
  /// arrays of `parallelFrom` bytes or more are read on two cores.
  package static func load(_ bytes: [UInt8], parallelFrom: Int = 8 << 20) -> CaseFile? {
    bytes.withUnsafeBufferPointer {
      load($0, releasing: nil, parallelFrom: parallelFrom, progress: nil)
    }
  }
}

/// The checks of ``CaseFileValidator`` as a yes-or-no answer: ids unique across the
/// file, references to records of the right kind, reference numbers claimed once,
/// relations not pointing at their own entity, and ranges that run forwards.
///
/// With `eventsChecked`, the scanner has already checked the events (their ids, their
/// references, their ranges) as it read them, and only sources and entities remain.
enum FastCaseFileValidator {
  static func isValid(_ caseFile: CaseFile, eventsChecked: Bool) -> Bool {
    var sourceIDs = Set<String>(minimumCapacity: caseFile.sources.count)
    var entityIDs = Set<String>(minimumCapacity: caseFile.entities.count)
    for s in caseFile.sources where !sourceIDs.insert(s.id).inserted { return false }
    for e in caseFile.entities where sourceIDs.contains(e.id) || !entityIDs.insert(e.id).inserted {
      return false
    }
    var refs = Set<Int>()
    for s in caseFile.sources {
      for r in s.refs where !refs.insert(r).inserted { return false }
    }
    for e in caseFile.entities {
      guard e.sources.allSatisfy(sourceIDs.contains) else { return false }
      for r in e.relations {
        guard r.to != e.id, entityIDs.contains(r.to), r.sources.allSatisfy(sourceIDs.contains)
        else {
          return false
        }
      }
    }
    if eventsChecked { return true }
    var eventIDs = Set<String>(minimumCapacity: caseFile.events.count)
    for e in caseFile.events {
      guard eventIDs.insert(e.id).inserted, !sourceIDs.contains(e.id), !entityIDs.contains(e.id),
        e.actors.allSatisfy(entityIDs.contains), e.sources.allSatisfy(sourceIDs.contains)
      else { return false }
      for d in e.discrepancies where !d.sources.allSatisfy(sourceIDs.contains) { return false }
      if let when = e.when, let end = when.end, end.lastDay < when.start.firstDay { return false }
    }
    return true
  }
}
