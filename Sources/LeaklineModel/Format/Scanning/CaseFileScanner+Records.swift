import Foundation

/// The record readers: each reads one JSON object straight into a model value, and
/// throws ``ScanFailure`` wherever ``CaseFileDecoder`` would report an issue (a missing,
/// unknown or repeated field, a wrong type, an empty name, a bad date or word).
extension CaseFileScanner {
  /// Reads the whole document.
  mutating func caseFile() throws(ScanFailure) -> CaseFile {
    typealias Field = CaseFileSchema.DocumentField
    guard try openObject() else { throw ScanFailure() }
    var seen: UInt32 = 0
    var title = ""
    var summary: String?
    var sources: [Source] = []
    var entities: [Entity] = []
    var events: [Event] = []
    repeat {
      guard
        let field = try nextField(Field.self, codes: Field.table.keyCodes, seen: &seen, depth: 1)
      else {
        continue
      }
      switch field {
      case .events:
        let before = Field.sources.bit | Field.entities.bit
        checksEventsWhileReading = seen & before == before
        events = try eventList()
      case .entities:
        entities = try list { (s: inout CaseFileScanner) throws(ScanFailure) in try s.entity() }
      case .sources:
        sources = try list { (s: inout CaseFileScanner) throws(ScanFailure) in try s.source() }
      case .title: title = try nonEmptyString()
      case .summary: summary = try stringValue()
      case .leakline:
        guard try positiveInteger() == CaseFile.formatVersion else { throw ScanFailure() }
      }
    } while try next(closer: 0x7D)
    try requireAll(seen, Field.table.requiredMask)
    skipSpace()
    guard pos == end else { throw ScanFailure() }
    let caseFile = CaseFile(
      title: title, summary: summary, sources: sources, entities: entities, events: events)
    var findings = NoCrossRecordProblems()
    CrossRecordRules.check(caseFile, includingEvents: !checksEventsWhileReading, into: &findings)
    guard findings.isValid else { throw ScanFailure() }
    return caseFile
  }

  /// Reads the next member name of a record: its field, once it is known not to be seen
  /// before, or `nil` after skipping an extension member (nested `depth` deep). Anything
  /// else (an unknown name, a name given twice) throws.
  ///
  /// `codes` is the record's ``CaseFileSchema/FieldTable/keyCodes``, passed as a plain
  /// pointer so that nothing is reference counted per member.
  @inline(__always)
  mutating func nextField<F: CaseFileRecord>(
    _: F.Type, codes: UnsafeBufferPointer<UInt64>, seen: inout UInt32, depth: Int
  ) throws(ScanFailure) -> F? {
    let k = try key()
    guard let field = field(k, codes: codes, F.self) else {
      guard isExtensionKey(k) else { throw ScanFailure() }
      try skipValue(depth: depth)
      return nil
    }
    guard seen & field.bit == 0 else { throw ScanFailure() }
    seen |= field.bit
    return field
  }

  /// The field of `F` that a member name names, matched against the rule table's names
  /// (`codes` for names of up to eight bytes).
  @inline(__always)
  func field<F: CaseFileRecord>(_ key: RawString, codes: UnsafeBufferPointer<UInt64>, _: F.Type)
    -> F?
  {
    let code = keyCode(key)
    if code != 0 {
      for i in 0..<codes.count where codes[i] == code { return F(rawValue: i) }
      return nil
    }
    return longField(key, F.self)
  }

  /// The field of `F` with a name longer than eight bytes that `key` names.
  func longField<F: CaseFileRecord>(_ key: RawString, _: F.Type) -> F? {
    for long in F.table.longNames where long.bytes.count == key.count {
      let same = long.bytes.withUnsafeBufferPointer {
        bytesEqual(base + key.start, $0.baseAddress!, key.count)
      }
      if same { return F(rawValue: long.field) }
    }
    return nil
  }

  /// Throws unless `seen` holds every field of `requiredMask` (a table's required fields).
  @inline(__always)
  func requireAll(_ seen: UInt32, _ requiredMask: UInt32) throws(ScanFailure) {
    guard seen & requiredMask == requiredMask else { throw ScanFailure() }
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
    typealias Field = CaseFileSchema.SourceField
    guard try openObject() else { throw ScanFailure() }
    var seen: UInt32 = 0
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
    var reviewed: [AuditReview] = []
    repeat {
      guard
        let field = try nextField(Field.self, codes: Field.table.keyCodes, seen: &seen, depth: 3)
      else {
        continue
      }
      switch field {
      case .id: id = try recordID(kind: .source)
      case .title: title = try nonEmptyString()
      case .refs:
        refs = try list { (s: inout CaseFileScanner) throws(ScanFailure) in try s.positiveInteger()
        }
        guard Set(refs).count == refs.count else { throw ScanFailure() }
      case .kind: kind = try stringValue()
      case .authors: authors = try strings(nonEmpty: false)
      case .publisher: publisher = try stringValue()
      case .published: published = try date()
      case .accessed: accessed = try date()
      case .url:
        let value = try stringValue()
        guard CaseFileSchema.isWebAddress(value) else { throw ScanFailure() }
        url = value
      case .urlConfirmed: isURLConfirmed = try bool()
      case .note: note = try stringValue()
      case .reviewed: reviewed = try reviews()
      }
    } while try next(closer: 0x7D)
    try requireAll(seen, Field.table.requiredMask)
    return Source(
      id: id, title: title, refs: refs, kind: kind, authors: authors, publisher: publisher,
      published: published, accessed: accessed, url: url, isURLConfirmed: isURLConfirmed,
      note: note,
      reviewed: reviewed)
  }

  mutating func entity() throws(ScanFailure) -> Entity {
    typealias Field = CaseFileSchema.EntityField
    guard try openObject() else { throw ScanFailure() }
    var seen: UInt32 = 0
    var id = ""
    var kind = Entity.Kind.person
    var name = ""
    var aliases: [String] = []
    var role: String?
    var summary: String?
    var sources: [String] = []
    var relations: [Relation] = []
    var reviewed: [AuditReview] = []
    repeat {
      guard
        let field = try nextField(Field.self, codes: Field.table.keyCodes, seen: &seen, depth: 3)
      else {
        continue
      }
      switch field {
      case .id: id = try recordID(kind: .entity)
      case .kind: kind = try word(Entity.Kind.self)
      case .name: name = try nonEmptyString()
      case .sources: sources = try sourceIDs()
      case .aliases: aliases = try strings(nonEmpty: false)
      case .role: role = try stringValue()
      case .summary: summary = try stringValue()
      case .relations:
        relations = try list { (s: inout CaseFileScanner) throws(ScanFailure) in try s.relation() }
      case .reviewed: reviewed = try reviews()
      }
    } while try next(closer: 0x7D)
    try requireAll(seen, Field.table.requiredMask)
    return Entity(
      id: id, kind: kind, name: name, aliases: aliases, role: role, summary: summary,
      sources: sources, relations: relations, reviewed: reviewed)
  }

  mutating func relation() throws(ScanFailure) -> Relation {
    typealias Field = CaseFileSchema.RelationField
    guard try openObject() else { throw ScanFailure() }
    var seen: UInt32 = 0
    var to = ""
    var type = ""
    var sources: [String] = []
    var note: String?
    repeat {
      guard
        let field = try nextField(Field.self, codes: Field.table.keyCodes, seen: &seen, depth: 5)
      else {
        continue
      }
      switch field {
      case .to: to = try nonEmptyString()
      case .type: type = try nonEmptyString()
      case .sources: sources = try sourceIDs()
      case .note: note = try stringValue()
      }
    } while try next(closer: 0x7D)
    try requireAll(seen, Field.table.requiredMask)
    return Relation(to: to, type: type, sources: sources, note: note)
  }

  /// A record's `id`: text in the id alphabet (``CaseFileSchema/isValidID(_:)``, without
  /// escapes) and not used before. Being ASCII, ids are equal as strings exactly when
  /// their bytes are.
  mutating func recordID(kind: ByteStringTable.Kind) throws(ScanFailure) -> String {
    guard try peek() == 0x22 else { throw ScanFailure() }
    let raw = try scanString()
    guard !raw.isEscaped,
      CaseFileSchema.isValidID(UnsafeBufferPointer(start: base + raw.start, count: raw.count))
    else { throw ScanFailure() }
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
}
