/// Events: the hot loop of the fast loader, a million times for a large import.
extension CaseFileScanner {
  /// Reads the `events` array, reserving room for the whole file once the first events
  /// show how long an event is, reporting progress, and handing the second half of a
  /// large array to another core (``EventReader``).
  mutating func eventList() throws(ScanFailure) -> [Event] {
    var events: [Event] = []
    guard try openArray() else { return events }
    var helper =
      checksEventsWhileReading
      ? EventReader.start(
        EventReader.SharedBytes(base: base, count: end), from: pos, minimumSize: parallelFrom,
        ids: ids,
        words: sharedWords, memory: memory)
      : nil
    defer { helper?.finish() }
    let first = pos
    repeat {
      if let reader = helper {
        skipSpace()
        if pos == reader.start, let outcome = reader.result() {
          // The helper started at this very event: its events are the rest of the array.
          guard eventIDs.merge(outcome.eventIDs) else { throw ScanFailure() }
          events.append(contentsOf: outcome.events)
          eventsRead += outcome.events.count
          pos = outcome.end
          return events
        }
        if pos >= reader.start {
          reader.finish()
          // The helper was wrong or met a problem; if it gave back memory ahead of here,
          // the strict path must read the file again.
          if reader.hasReleased.load(ordering: .relaxed) { throw ScanFailure() }
          helper = nil
        }
      }
      events.append(try event())
      eventsRead += 1
      if eventsRead == 512 {
        let perEvent = max(1, (pos - first) / 512)
        let ahead = (helper?.start ?? end) - pos
        let expected =
          512 + ahead / perEvent + ahead / perEvent / 50 + (end - (helper?.start ?? end)) / perEvent
        events.reserveCapacity(expected)
        eventIDs.reserve(expected)
      }
      if pos >= nextProgress {
        nextProgress = pos + CaseFileScanner.progressInterval
        if let reader = helper {
          let offset = reader.offset.load(ordering: .relaxed)
          progress?(
            pos + offset - reader.start, eventsRead + reader.eventsRead.load(ordering: .relaxed))
        } else {
          progress?(pos, eventsRead)
        }
        if let memory, pos - (1 << 20) > released {
          memory.release(released..<(pos - (1 << 20)))
          released = pos - (1 << 20)
        }
      }
    } while try next(closer: 0x5D)
    return events
  }

  /// Bytes between progress reports.
  static let progressInterval = 4 << 20

  mutating func event() throws(ScanFailure) -> Event {
    guard try openObject() else { throw ScanFailure() }
    var seen: UInt16 = 0
    var id = ""
    var isUndated = false
    var start: CaseDate?
    var end: CaseDate?
    var isApproximate = false
    var title = ""
    var place: String?
    var kind: String?
    var scope = Event.Scope.article
    var status = Event.Status.verified
    var actors: [String] = []
    var summary: String?
    var sources: [String] = []
    var tags: [String] = []
    var discrepancies: [Discrepancy] = []
    repeat {
      let k = try key()
      let bit: UInt16
      switch keyCode(k) {
      case Keys.id:
        bit = 1
        id = try recordID(kind: .event)
      case Keys.date:
        bit = 2
        if try peek() == 0x6E {
          guard literal("null") else { throw ScanFailure() }
          isUndated = true
        } else {
          start = try date()
        }
      case Keys.title:
        bit = 4
        title = try nonEmptyString()
      case Keys.sources:
        bit = 8
        sources = try references(to: .source)
      case Keys.summary:
        bit = 16
        summary = try stringValue()
      case Keys.actors:
        bit = 32
        actors = try references(to: .entity)
      case Keys.tags:
        bit = 64
        tags = try sharedWordList()
      case Keys.kind:
        bit = 128
        kind = try sharedWord()
      case Keys.place:
        bit = 256
        place = try sharedWord()
      case Keys.end:
        bit = 512
        end = try date()
      case Keys.scope:
        bit = 1024
        scope = try word(Event.Scope.self)
      case Keys.status:
        bit = 2048
        status = try word(Event.Status.self)
      default:
        if keyIs(k, "approximate") {
          bit = 4096
          isApproximate = try bool()
        } else if keyIs(k, "discrepancies") {
          bit = 8192
          discrepancies = try list { (s: inout CaseFileScanner) throws(ScanFailure) in
            try s.discrepancy()
          }
        } else if isExtensionKey(k) {
          try skipValue(depth: 3)
          continue
        } else {
          throw ScanFailure()
        }
      }
      guard seen & bit == 0 else { throw ScanFailure() }
      seen |= bit
    } while try next(closer: 0x7D)
    guard seen & 15 == 15 else { throw ScanFailure() }
    var when: DateSpan?
    if isUndated {
      guard end == nil else { throw ScanFailure() }
    } else if let start {
      if let end, end.lastDay < start.firstDay { throw ScanFailure() }
      when = DateSpan(start: start, end: end, isApproximate: isApproximate)
    }
    return Event(
      id: id, when: when, title: title, place: place, kind: kind, scope: scope, status: status,
      actors: actors, summary: summary, sources: sources, tags: tags, discrepancies: discrepancies)
  }

  mutating func discrepancy() throws(ScanFailure) -> Discrepancy {
    guard try openObject() else { throw ScanFailure() }
    var seen: UInt8 = 0
    var article = ""
    var record = ""
    var sources: [String] = []
    repeat {
      let k = try key()
      let bit: UInt8
      if keyIs(k, "article") {
        bit = 1
        article = try nonEmptyString()
      } else if keyIs(k, "record") {
        bit = 2
        record = try nonEmptyString()
      } else if keyIs(k, "sources") {
        bit = 4
        sources = try references(to: .source)
      } else if isExtensionKey(k) {
        try skipValue(depth: 5)
        continue
      } else {
        throw ScanFailure()
      }
      guard seen & bit == 0 else { throw ScanFailure() }
      seen |= bit
    } while try next(closer: 0x7D)
    guard seen == 7 else { throw ScanFailure() }
    return Discrepancy(article: article, record: record, sources: sources)
  }

  /// A member name of up to eight bytes as one little-endian integer (0 for longer
  /// names), so event fields are told apart with integer compares.
  @inline(__always)
  func keyCode(_ key: RawString) -> UInt64 {
    let n = key.count
    guard n <= 8, n > 0 else { return 0 }
    if key.start + 8 <= end {
      let v = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: key.start, as: UInt64.self)
      return n == 8 ? v : v & ((1 << UInt64(n * 8)) - 1)
    }
    var v: UInt64 = 0
    for i in 0..<n { v |= UInt64(base[key.start + i]) << UInt64(8 * i) }
    return v
  }

  /// The event member names as ``keyCode(_:)`` sees them (the ASCII bytes, first byte
  /// lowest), written as literals so that reading them costs nothing.
  enum Keys {
    static let id: UInt64 = 0x6469
    static let date: UInt64 = 0x6574_6164
    static let title: UInt64 = 0x65_6c74_6974
    static let sources: UInt64 = 0x73_6563_7275_6f73
    static let summary: UInt64 = 0x79_7261_6d6d_7573
    static let actors: UInt64 = 0x7372_6f74_6361
    static let tags: UInt64 = 0x7367_6174
    static let kind: UInt64 = 0x646e_696b
    static let place: UInt64 = 0x65_6361_6c70
    static let end: UInt64 = 0x64_6e65
    static let scope: UInt64 = 0x65_706f_6373
    static let status: UInt64 = 0x7375_7461_7473

    /// `name` as ``keyCode(_:)`` computes it, for checking the literals above.
    static func code(_ name: StaticString) -> UInt64 {
      var v: UInt64 = 0
      for i in 0..<name.utf8CodeUnitCount { v |= UInt64(name.utf8Start[i]) << UInt64(8 * i) }
      return v
    }
  }
}
