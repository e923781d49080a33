/// Events: the hot loop of the fast loader, a million times for a large import.
extension CaseFileScanner {
  /// Reads the `events` array, reserving room for the whole file once the first events
  /// show how long an event is, and reporting progress.
  mutating func eventList() throws(ScanFailure) -> [Event] {
    var events: [Event] = []
    guard try openArray() else { return events }
    let first = pos
    repeat {
      events.append(try event())
      eventsRead += 1
      if eventsRead == 512 {
        let perEvent = max(1, (pos - first) / 512)
        events.reserveCapacity(512 + (end - pos) / perEvent + (end - pos) / perEvent / 50)
      }
      if pos >= nextProgress, let progress {
        progress(pos, eventsRead)
        nextProgress = pos + CaseFileScanner.progressInterval
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
        id = try recordID()
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
        sources = try sourceIDs()
      case Keys.summary:
        bit = 16
        summary = try stringValue()
      case Keys.actors:
        bit = 32
        actors = try strings(nonEmpty: true)
      case Keys.tags:
        bit = 64
        tags = try strings(nonEmpty: false)
      case Keys.kind:
        bit = 128
        kind = try stringValue()
      case Keys.place:
        bit = 256
        place = try stringValue()
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
          discrepancies = try list { (s: inout CaseFileScanner) throws(ScanFailure) in try s.discrepancy() }
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
        sources = try sourceIDs()
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

  /// The event member names as ``keyCode(_:)`` sees them.
  enum Keys {
    static let id = code("id")
    static let date = code("date")
    static let title = code("title")
    static let sources = code("sources")
    static let summary = code("summary")
    static let actors = code("actors")
    static let tags = code("tags")
    static let kind = code("kind")
    static let place = code("place")
    static let end = code("end")
    static let scope = code("scope")
    static let status = code("status")

    static func code(_ name: StaticString) -> UInt64 {
      var v: UInt64 = 0
      for i in 0..<name.utf8CodeUnitCount { v |= UInt64(name.utf8Start[i]) << UInt64(8 * i) }
      return v
    }
  }
}
