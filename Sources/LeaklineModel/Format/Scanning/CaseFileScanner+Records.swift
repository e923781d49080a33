import Foundation

/// The record readers: each reads one JSON object straight into a model value, and
/// throws ``ScanFailure`` wherever ``CaseFileDecoder`` would report an issue (a missing,
/// unknown or repeated field, a wrong type, an empty name, a bad date or word).
extension CaseFileScanner {
  /// Reads the whole document.
  mutating func caseFile() throws(ScanFailure) -> CaseFile {
    guard try openObject() else { throw ScanFailure() }
    var seen: UInt8 = 0
    var title = ""
    var summary: String?
    var sources: [Source] = []
    var entities: [Entity] = []
    var events: [Event] = []
    repeat {
      let k = try key()
      let bit: UInt8
      if keyIs(k, "events") {
        bit = 1
        checksEventsWhileReading = seen & 6 == 6
        events = try eventList()
      } else if keyIs(k, "entities") {
        bit = 2
        entities = try list { (s: inout CaseFileScanner) throws(ScanFailure) in try s.entity() }
      } else if keyIs(k, "sources") {
        bit = 4
        sources = try list { (s: inout CaseFileScanner) throws(ScanFailure) in try s.source() }
      } else if keyIs(k, "title") {
        bit = 8
        title = try nonEmptyString()
      } else if keyIs(k, "summary") {
        bit = 16
        summary = try stringValue()
      } else if keyIs(k, "leakline") {
        bit = 32
        guard try positiveInteger() == CaseFile.formatVersion else { throw ScanFailure() }
      } else if isExtensionKey(k) {
        try skipValue(depth: 1)
        continue
      } else {
        throw ScanFailure()
      }
      guard seen & bit == 0 else { throw ScanFailure() }
      seen |= bit
    } while try next(closer: 0x7D)
    guard seen & 47 == 47 else { throw ScanFailure() }  // all but "summary"
    skipSpace()
    guard pos == end else { throw ScanFailure() }
    let caseFile = CaseFile(
      title: title, summary: summary, sources: sources, entities: entities, events: events)
    guard FastCaseFileValidator.isValid(caseFile, eventsChecked: checksEventsWhileReading) else {
      throw ScanFailure()
    }
    return caseFile
  }

  // MARK: Values

  mutating func stringValue() throws(ScanFailure) -> String {
    guard try peek() == 0x22 else { throw ScanFailure() }
    return string(try scanString())
  }

  /// A string that is not empty or only white space, checked as the strict decoder does
  /// (`allSatisfy(\.isWhitespace)`), which a first printable ASCII byte settles at once.
  mutating func nonEmptyString() throws(ScanFailure) -> String {
    guard try peek() == 0x22 else { throw ScanFailure() }
    let raw = try scanString()
    let value = string(raw)
    if raw.count > 0 {
      let first = base[raw.start]
      if first > 0x20, first < 0x7F, first != 0x5C { return value }
    }
    if value.allSatisfy(\.isWhitespace) { throw ScanFailure() }
    return value
  }

  /// An array of strings; with `nonEmpty`, each must have text (as ids must).
  mutating func strings(nonEmpty: Bool) throws(ScanFailure) -> [String] {
    guard try openArray() else { return [] }
    scratchStrings.removeAll(keepingCapacity: true)
    repeat {
      scratchStrings.append(nonEmpty ? try nonEmptyString() : try stringValue())
    } while try next(closer: 0x5D)
    return Array(scratchStrings[...])
  }

  /// An array of words that repeat (tags), each shared with its earlier copies.
  mutating func sharedWordList() throws(ScanFailure) -> [String] {
    guard try openArray() else { return [] }
    scratchStrings.removeAll(keepingCapacity: true)
    repeat {
      scratchStrings.append(try sharedWord())
    } while try next(closer: 0x5D)
    return Array(scratchStrings[...])
  }

  /// A string that repeats across records (a kind, a tag, a place), shared with its
  /// earlier copies.
  mutating func sharedWord() throws(ScanFailure) -> String {
    guard try peek() == 0x22 else { throw ScanFailure() }
    let raw = try scanString()
    if raw.isEscaped || raw.count > 64 { return string(raw) }
    let hash = ByteStringTable.hash(base + raw.start, raw.count)
    if let found = sharedWords.find(base, raw.start, raw.count, end: end, hash: hash) {
      return found.value
    }
    let value = string(raw)
    sharedWords.insert(base, raw.start, raw.count, end: end, hash: hash, value: value, kind: .word)
    return value
  }

  /// An event's list of entity or source ids, each checked against the ids read so far
  /// and shared with the record's own id string. At least one is needed for sources.
  mutating func references(to kind: ByteStringTable.Kind) throws(ScanFailure) -> [String] {
    guard checksEventsWhileReading else {
      return kind == .source ? try sourceIDs() : try strings(nonEmpty: true)
    }
    guard try openArray() else {
      if kind == .source { throw ScanFailure() }
      return []
    }
    scratchStrings.removeAll(keepingCapacity: true)
    repeat {
      guard try peek() == 0x22 else { throw ScanFailure() }
      let raw = try scanString()
      guard !raw.isEscaped,
        let found = ids.find(
          base, raw.start, raw.count, end: end,
          hash: ByteStringTable.hash(base + raw.start, raw.count)),
        found.kind == kind
      else { throw ScanFailure() }
      scratchStrings.append(found.value)
    } while try next(closer: 0x5D)
    return Array(scratchStrings[...])
  }

  /// An array of ids with at least one item, as `"sources"` must be.
  mutating func sourceIDs() throws(ScanFailure) -> [String] {
    let ids = try strings(nonEmpty: true)
    guard !ids.isEmpty else { throw ScanFailure() }
    return ids
  }

  /// A date string (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) that exists in the calendar.
  mutating func date() throws(ScanFailure) -> CaseDate {
    guard try peek() == 0x22 else { throw ScanFailure() }
    let raw = try scanString()
    guard !raw.isEscaped else { throw ScanFailure() }
    let p = base + raw.start
    func digits(_ from: Int, _ count: Int) throws(ScanFailure) -> Int {
      var value = 0
      for i in from..<from + count {
        let d = p[i] &- 0x30
        guard d < 10 else { throw ScanFailure() }
        value = value * 10 + Int(d)
      }
      return value
    }
    let result: CaseDate?
    switch raw.count {
    case 4:
      result = try? CaseDate(year: try digits(0, 4))
    case 7:
      guard p[4] == 0x2D else { throw ScanFailure() }
      result = try? CaseDate(year: try digits(0, 4), month: try digits(5, 2))
    case 10:
      guard p[4] == 0x2D, p[7] == 0x2D else { throw ScanFailure() }
      result = try? CaseDate(year: try digits(0, 4), month: try digits(5, 2), day: try digits(8, 2))
    default:
      throw ScanFailure()
    }
    guard let result else { throw ScanFailure() }
    return result
  }

  /// A word from a fixed set (`kind`, `scope`, `status`), matched as the strict decoder
  /// matches it.
  mutating func word<W: RawRepresentable>(_: W.Type) throws(ScanFailure) -> W
  where W.RawValue == String {
    guard let w = W(rawValue: try stringValue()) else { throw ScanFailure() }
    return w
  }

  /// An array whose items `read` reads.
  mutating func list<T>(
    _ read: (inout CaseFileScanner) throws(ScanFailure) -> T
  ) throws(ScanFailure) -> [T] {
    var out: [T] = []
    guard try openArray() else { return out }
    repeat { out.append(try read(&self)) } while try next(closer: 0x5D)
    return out
  }

  // MARK: Sources and entities

  mutating func source() throws(ScanFailure) -> Source {
    guard try openObject() else { throw ScanFailure() }
    var seen: UInt16 = 0
    var id = ""
    var title = ""
    var refs: [Int] = []
    var kind: String?
    var authors: [String] = []
    var publisher: String?
    var published: CaseDate?
    var accessed: CaseDate?
    var url: String?
    var isURLConfirmed = true
    var note: String?
    repeat {
      let k = try key()
      let bit: UInt16
      if keyIs(k, "id") {
        bit = 1
        id = try recordID(kind: .source)
      } else if keyIs(k, "title") {
        bit = 2
        title = try nonEmptyString()
      } else if keyIs(k, "refs") {
        bit = 4
        refs = try list { (s: inout CaseFileScanner) throws(ScanFailure) in try s.positiveInteger()
        }
        guard Set(refs).count == refs.count else { throw ScanFailure() }
      } else if keyIs(k, "kind") {
        bit = 8
        kind = try stringValue()
      } else if keyIs(k, "authors") {
        bit = 16
        authors = try strings(nonEmpty: false)
      } else if keyIs(k, "publisher") {
        bit = 32
        publisher = try stringValue()
      } else if keyIs(k, "published") {
        bit = 64
        published = try date()
      } else if keyIs(k, "accessed") {
        bit = 128
        accessed = try date()
      } else if keyIs(k, "url") {
        bit = 256
        let value = try stringValue()
        // CaseFileDecoder's rule, word for word: a full http(s) address without spaces.
        guard
          value.hasPrefix("https://")
            ? value.count > 8 : value.hasPrefix("http://") && value.count > 7,
          !value.contains(where: \.isWhitespace)
        else { throw ScanFailure() }
        url = value
      } else if keyIs(k, "url_confirmed") {
        bit = 512
        isURLConfirmed = try bool()
      } else if keyIs(k, "note") {
        bit = 1024
        note = try stringValue()
      } else if isExtensionKey(k) {
        try skipValue(depth: 3)
        continue
      } else {
        throw ScanFailure()
      }
      guard seen & bit == 0 else { throw ScanFailure() }
      seen |= bit
    } while try next(closer: 0x7D)
    guard seen & 3 == 3 else { throw ScanFailure() }
    return Source(
      id: id, title: title, refs: refs, kind: kind, authors: authors, publisher: publisher,
      published: published, accessed: accessed, url: url, isURLConfirmed: isURLConfirmed, note: note
    )
  }

  mutating func entity() throws(ScanFailure) -> Entity {
    guard try openObject() else { throw ScanFailure() }
    var seen: UInt8 = 0
    var id = ""
    var kind = Entity.Kind.person
    var name = ""
    var aliases: [String] = []
    var role: String?
    var summary: String?
    var sources: [String] = []
    var relations: [Relation] = []
    repeat {
      let k = try key()
      let bit: UInt8
      if keyIs(k, "id") {
        bit = 1
        id = try recordID(kind: .entity)
      } else if keyIs(k, "kind") {
        bit = 2
        kind = try word(Entity.Kind.self)
      } else if keyIs(k, "name") {
        bit = 4
        name = try nonEmptyString()
      } else if keyIs(k, "sources") {
        bit = 8
        sources = try sourceIDs()
      } else if keyIs(k, "aliases") {
        bit = 16
        aliases = try strings(nonEmpty: false)
      } else if keyIs(k, "role") {
        bit = 32
        role = try stringValue()
      } else if keyIs(k, "summary") {
        bit = 64
        summary = try stringValue()
      } else if keyIs(k, "relations") {
        bit = 128
        relations = try list { (s: inout CaseFileScanner) throws(ScanFailure) in try s.relation() }
      } else if isExtensionKey(k) {
        try skipValue(depth: 3)
        continue
      } else {
        throw ScanFailure()
      }
      guard seen & bit == 0 else { throw ScanFailure() }
      seen |= bit
    } while try next(closer: 0x7D)
    guard seen & 15 == 15 else { throw ScanFailure() }
    return Entity(
      id: id, kind: kind, name: name, aliases: aliases, role: role, summary: summary,
      sources: sources, relations: relations)
  }

  mutating func relation() throws(ScanFailure) -> Relation {
    guard try openObject() else { throw ScanFailure() }
    var seen: UInt8 = 0
    var to = ""
    var type = ""
    var sources: [String] = []
    var note: String?
    repeat {
      let k = try key()
      let bit: UInt8
      if keyIs(k, "to") {
        bit = 1
        to = try nonEmptyString()
      } else if keyIs(k, "type") {
        bit = 2
        type = try nonEmptyString()
      } else if keyIs(k, "sources") {
        bit = 4
        sources = try sourceIDs()
      } else if keyIs(k, "note") {
        bit = 8
        note = try stringValue()
      } else if isExtensionKey(k) {
        try skipValue(depth: 5)
        continue
      } else {
        throw ScanFailure()
      }
      guard seen & bit == 0 else { throw ScanFailure() }
      seen |= bit
    } while try next(closer: 0x7D)
    guard seen & 7 == 7 else { throw ScanFailure() }
    return Relation(to: to, type: type, sources: sources, note: note)
  }

  /// A record's `id`: text in the id alphabet, as ``CaseFileDecoder/isValidID(_:)``
  /// checks, and not used before. Being ASCII, ids are equal as strings exactly when
  /// their bytes are.
  mutating func recordID(kind: ByteStringTable.Kind) throws(ScanFailure) -> String {
    guard try peek() == 0x22 else { throw ScanFailure() }
    let raw = try scanString()
    try checkIDAlphabet(raw)
    let hash = ByteStringTable.hash(base + raw.start, raw.count)
    guard ids.find(base, raw.start, raw.count, end: end, hash: hash) == nil, raw.start < 1 << 32
    else {
      throw ScanFailure()
    }
    if kind == .event {
      guard eventIDs.insert(base, raw.start, raw.count, hash: hash, released: released) else {
        throw ScanFailure()
      }
      return string(raw)
    }
    let value = string(raw)
    ids.insert(base, raw.start, raw.count, end: end, hash: hash, value: value, kind: kind)
    return value
  }

  private func checkIDAlphabet(_ raw: RawString) throws(ScanFailure) {
    guard !raw.isEscaped, raw.count >= 1, raw.count <= 128 else { throw ScanFailure() }
    for i in raw.start..<raw.end {
      let b = base[i]
      let isAlphanumeric =
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
      if isAlphanumeric { continue }
      if i > raw.start && (b == 0x2E || b == 0x5F || b == 0x3A || b == 0x2D) { continue }
      throw ScanFailure()
    }
  }
}
