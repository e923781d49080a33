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
