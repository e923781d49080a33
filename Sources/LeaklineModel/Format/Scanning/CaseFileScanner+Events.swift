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
    typealias Field = CaseFileSchema.EventField
    guard try openObject() else { throw ScanFailure() }
    var seen: UInt32 = 0
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
    var reviewed: [AuditReview] = []
    repeat {
      guard let field = try nextField(Field.self, codes: eventKeyCodes, seen: &seen, depth: 3)
      else {
        continue
      }
      switch field {
      case .id: id = try recordID(kind: .event)
      case .date:
        if try peek() == 0x6E {
          guard literal("null") else { throw ScanFailure() }
          isUndated = true
        } else {
          start = try date()
        }
      case .title: title = try nonEmptyString()
      case .sources: sources = try references(to: .source)
      case .summary: summary = try stringValue()
      case .actors: actors = try references(to: .entity)
      case .tags: tags = try sharedWordList()
      case .kind: kind = try sharedWord()
      case .place: place = try sharedWord()
      case .end: end = try date()
      case .scope: scope = try word(Event.Scope.self)
      case .status: status = try word(Event.Status.self)
      case .approximate: isApproximate = try bool()
      case .discrepancies:
        discrepancies = try list { (s: inout CaseFileScanner) throws(ScanFailure) in
          try s.discrepancy()
        }
      case .reviewed: reviewed = try reviews()
      }
    } while try next(closer: 0x7D)
    try requireAll(seen, eventRequiredMask)
    var when: DateSpan?
    if isUndated {
      guard seen & Field.undatedForbids.bit == 0 else { throw ScanFailure() }
    } else if let start {
      when = DateSpan(start: start, end: end, isApproximate: isApproximate)
      guard CrossRecordRules.runsForwards(when) else { throw ScanFailure() }
    }
    return Event(
      id: id, when: when, title: title, place: place, kind: kind, scope: scope, status: status,
      actors: actors, summary: summary, sources: sources, tags: tags, discrepancies: discrepancies,
      reviewed: reviewed)
  }

  mutating func discrepancy() throws(ScanFailure) -> Discrepancy {
    typealias Field = CaseFileSchema.DiscrepancyField
    guard try openObject() else { throw ScanFailure() }
    var seen: UInt32 = 0
    var article = ""
    var record = ""
    var sources: [String] = []
    repeat {
      guard
        let field = try nextField(Field.self, codes: Field.table.keyCodes, seen: &seen, depth: 5)
      else {
        continue
      }
      switch field {
      case .article: article = try nonEmptyString()
      case .record: record = try nonEmptyString()
      case .sources: sources = try references(to: .source)
      }
    } while try next(closer: 0x7D)
    try requireAll(seen, Field.table.requiredMask)
    return Discrepancy(article: article, record: record, sources: sources)
  }

  /// A `reviewed` list: `{"rule", "by", "why"}` objects, each field non-empty text.
  mutating func reviews() throws(ScanFailure) -> [AuditReview] {
    try list { (s: inout CaseFileScanner) throws(ScanFailure) in try s.review() }
  }

  mutating func review() throws(ScanFailure) -> AuditReview {
    typealias Field = CaseFileSchema.ReviewField
    guard try openObject() else { throw ScanFailure() }
    var seen: UInt32 = 0
    var rule = ""
    var by = ""
    var why = ""
    repeat {
      guard
        let field = try nextField(Field.self, codes: Field.table.keyCodes, seen: &seen, depth: 5)
      else {
        continue
      }
      switch field {
      case .rule: rule = try nonEmptyString()
      case .by: by = try nonEmptyString()
      case .why: why = try nonEmptyString()
      }
    } while try next(closer: 0x7D)
    try requireAll(seen, Field.table.requiredMask)
    return AuditReview(rule: rule, by: by, why: why)
  }

  /// A member name of up to eight bytes as one little-endian integer (0 for longer
  /// names), so member names are told apart with integer compares
  /// (``CaseFileSchema/FieldTable/keyCodes`` holds the names' codes).
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
}
