import Foundation
import Synchronization

/// Reading the second half of a large `events` array on the other core.
///
/// A JSON file cannot be split safely without reading it, but it can be split
/// speculatively. When the array is large, a helper thread starts at an event in the
/// middle (found by a `,` at the end of a line followed by `{`: a raw line break is never
/// inside a string) and reads events until the array's `]`. The main scanner reads from
/// the start; if it arrives exactly at the helper's first event, between two events of
/// the array, the helper's guess was right and its events are taken whole. Otherwise
/// (the guess was inside some other array, or either half has a problem) the helper's
/// work is dropped and the main scanner goes on alone, so the result never depends on
/// the guess.
final class EventReader: Sendable {
  /// Where the helper started: the offset of its first event's `{`.
  let start: Int
  private let stop = Atomic<Bool>(false)
  /// Events read by the helper so far, and the offset it has reached, for progress.
  let eventsRead = Atomic<Int>(0)
  let offset = Atomic<Int>(0)
  /// Whether the helper has given back memory it read: the main scanner cannot read that
  /// part again, and must not go on past ``start`` without the helper's result.
  let hasReleased = Atomic<Bool>(false)
  private let outcome = Mutex<Outcome?>(nil)
  private let done = DispatchSemaphore(value: 0)

  /// The helper's result: events up to the array's end, the offset after its `]`, and
  /// the event ids it saw.
  struct Outcome: Sendable {
    var events: [Event]
    var end: Int
    var eventIDs: ByteKeySet
  }

  /// The bytes, shared read-only with the helper thread (the caller keeps them alive
  /// until ``finish()`` returns).
  struct SharedBytes: @unchecked Sendable {
    let base: UnsafePointer<UInt8>
    let count: Int
  }

  private init(start: Int) { self.start = start }

  /// Starts a helper for the events after `from`, if the array is large enough to be
  /// worth it and an event boundary is found past its middle.
  static func start(
    _ bytes: SharedBytes, from: Int, minimumSize: Int, ids: ByteStringTable, words: ByteStringTable,
    memory: ReleasableMemory?
  ) -> EventReader? {
    let remaining = bytes.count - from
    guard remaining >= minimumSize, let split = boundary(in: bytes, after: from + remaining / 2)
    else { return nil }
    let reader = EventReader(start: split)
    reader.offset.store(split, ordering: .relaxed)
    let thread = Thread {
      var result: Outcome?
      do {
        var scanner = try CaseFileScanner(
          UnsafeBufferPointer(start: bytes.base, count: bytes.count), progress: nil, releasing: nil)
        scanner.pos = split
        scanner.ids = ids
        scanner.sharedWords = words
        scanner.checksEventsWhileReading = true
        result = try scanner.helperEvents(reader, memory: memory)
      } catch {
        result = nil
      }
      reader.outcome.withLock { $0 = result }
      reader.done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
    return reader
  }

  /// The first `{` after `offset` that follows `,`, a line break and spaces.
  private static func boundary(in bytes: SharedBytes, after offset: Int) -> Int? {
    let p = bytes.base
    var i = offset
    let limit = min(bytes.count, offset + (4 << 20))
    while i < limit {
      guard p[i] == 0x0A else {
        i += 1
        continue
      }
      var before = i - 1
      while before > 0, p[before] == 0x20 || p[before] == 0x09 || p[before] == 0x0D { before -= 1 }
      var after = i + 1
      while after < bytes.count, p[after] == 0x20 || p[after] == 0x09 || p[after] == 0x0D {
        after += 1
      }
      if p[before] == 0x2C, after < bytes.count, p[after] == 0x7B { return after }
      i += 1
    }
    return nil
  }

  /// Whether the main scanner has asked the helper to stop.
  var isStopped: Bool { stop.load(ordering: .relaxed) }

  /// The helper's result, waiting for it; `nil` if it failed.
  func result() -> Outcome? {
    done.wait()
    done.signal()
    return outcome.withLock { $0 }
  }

  /// Stops the helper (if still running) and waits until it no longer reads the bytes.
  func finish() {
    stop.store(true, ordering: .relaxed)
    done.wait()
    done.signal()
  }
}

extension CaseFileScanner {
  /// The helper's loop: events until the array's `]`.
  mutating func helperEvents(
    _ reader: EventReader, memory: ReleasableMemory?
  ) throws(ScanFailure) -> EventReader.Outcome {
    var events: [Event] = []
    let first = pos
    var releasedTo = pos
    repeat {
      if reader.isStopped { throw ScanFailure() }
      events.append(try event())
      eventsRead += 1
      if eventsRead == 512 {
        let perEvent = max(1, (pos - first) / 512)
        let expected = 512 + (end - pos) / perEvent + (end - pos) / perEvent / 50
        events.reserveCapacity(expected)
        eventIDs.reserve(expected)
      }
      if eventsRead & 1023 == 0 {
        reader.eventsRead.store(eventsRead, ordering: .relaxed)
        reader.offset.store(pos, ordering: .relaxed)
        if let memory, pos - releasedTo > CaseFileScanner.progressInterval {
          reader.hasReleased.store(true, ordering: .relaxed)
          memory.release(releasedTo..<(pos - (1 << 20)))
          releasedTo = pos - (1 << 20)
          // Event ids before this may have lost their bytes.
          released = releasedTo
        }
      }
    } while try next(closer: 0x5D)
    return EventReader.Outcome(events: events, end: pos, eventIDs: eventIDs)
  }
}

/// Memory holding a file being scanned, whose pages can be given back once read.
struct ReleasableMemory: @unchecked Sendable {
  // Unchecked: a raw pointer; each thread releases only the part it has read itself.
  let base: UnsafeMutableRawPointer
  let count: Int
  let page: Int

  /// Gives back the whole pages inside `range` (their bytes read as zero afterwards).
  func release(_ range: Range<Int>) {
    let lower = (range.lowerBound + page - 1) / page * page
    let upper = min(count, range.upperBound) / page * page
    guard upper > lower else { return }
    madvise(base + lower, upper - lower, MADV_DONTNEED)
  }
}
