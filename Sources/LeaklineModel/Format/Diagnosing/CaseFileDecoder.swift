/// Turns a parsed JSON document into a ``CaseFile``, collecting every shape problem.
///
/// Shape problems are wrong types, missing or unknown fields, bad enum words and bad
/// dates. Problems between records (unknown ids, duplicates) are the
/// ``CaseFileValidator``'s job, which runs after this on whatever could be decoded.
struct CaseFileDecoder {
  let text: DocumentText
  let file: String
  private(set) var issues: [CaseFileIssue] = []
  /// Byte offsets of records, their fields and id-list items by JSON path, so the
  /// validator can point at the exact place of a problem between records.
  private(set) var offsets: [String: Int] = [:]
  /// The JSON path of each decoded record, parallel to the decoded arrays.
  private(set) var sourcePaths: [String] = []
  private(set) var entityPaths: [String] = []
  private(set) var eventPaths: [String] = []
  private var currentID: String?

  init(text: DocumentText, file: String) {
    self.text = text
    self.file = file
  }

  mutating func report(_ offset: Int?, _ path: String, _ message: String, _ help: String) {
    issues.append(
      CaseFileIssue(
        file: file, location: offset.map { text.location(of: $0) }, jsonPath: path, id: currentID,
        message: message, help: help))
  }

  // MARK: Top level

  mutating func decode(_ root: JSONNode) -> CaseFile? {
    guard case .object(let members) = root.value else {
      report(
        root.offset, "", "The file holds \(root.value.typeDescription), not a case file object",
        "A case file is a JSON object starting with { \"leakline\": 1, \"title\": … }.")
      return nil
    }
    let fields = fieldsOf(
      members, path: "", CaseFileSchema.DocumentField.self, offset: root.offset)
    if let version = fields[.leakline] {
      if case .number(_, let integer) = version.value, let integer {
        if integer != CaseFile.formatVersion {
          report(
            version.offset, "leakline", "Format version \(integer) is not one this build reads",
            integer > CaseFile.formatVersion
              ? "This file was written for a newer Leakline; upgrade Leakline, or ask for a version \(CaseFile.formatVersion) file."
              : "Set \"leakline\": \(CaseFile.formatVersion) and check the file against docs/case-file.md."
          )
        }
      } else {
        report(
          version.offset, "leakline",
          "\"leakline\" must be the format version number 1, not \(version.value.typeDescription)",
          "Write \"leakline\": 1.")
      }
    }
    let title = string(fields[.title], fields.path(.title), nonEmpty: true) ?? ""
    let summary = string(fields[.summary], fields.path(.summary))
    let sources = list(fields[.sources], fields.path(.sources)) { d, node, path in
      d.source(node, path)
    }
    let entities = list(fields[.entities], fields.path(.entities)) { d, node, path in
      d.entity(node, path)
    }
    let events = list(fields[.events], fields.path(.events)) { d, node, path in
      d.event(node, path)
    }
    return CaseFile(
      title: title, summary: summary, sources: sources, entities: entities, events: events)
  }

  // MARK: Records

  mutating func source(_ node: JSONNode, _ path: String) -> Source? {
    guard let (fields, id) = record(node, path, CaseFileSchema.SourceField.self) else {
      return nil
    }
    defer { currentID = nil }
    var refs: [Int] = []
    if let node = fields[.refs] {
      refs = list(node, fields.path(.refs)) { d, item, p in
        d.offsets[p] = item.offset
        return d.referenceNumber(item, p)
      }
      var seen = Set<Int>()
      for (i, r) in refs.enumerated() where !seen.insert(r).inserted {
        report(
          offsets[fields.path(.refs) + "[\(i)]"] ?? node.offset, fields.path(.refs) + "[\(i)]",
          "Reference number \(r) is listed twice", "List each reference number once.")
      }
    }
    let url = string(fields[.url], fields.path(.url))
    if let url, let urlNode = fields[.url], !CaseFileSchema.isWebAddress(url) {
      report(
        urlNode.offset, fields.path(.url), "'\(url)' is not a web address",
        "Write a full http:// or https:// URL, or leave \"url\" out.")
    }
    sourcePaths.append(path)
    return Source(
      id: id,
      title: string(fields[.title], fields.path(.title), nonEmpty: true) ?? "",
      refs: refs,
      kind: string(fields[.kind], fields.path(.kind)),
      authors: strings(fields[.authors], fields.path(.authors)),
      publisher: string(fields[.publisher], fields.path(.publisher)),
      published: date(fields[.published], fields.path(.published)),
      accessed: date(fields[.accessed], fields.path(.accessed)),
      url: url,
      isURLConfirmed: bool(fields[.urlConfirmed], fields.path(.urlConfirmed)) ?? true,
      note: string(fields[.note], fields.path(.note)),
      reviewed: list(fields[.reviewed], fields.path(.reviewed)) { d, item, p in d.review(item, p) })
  }

  mutating func entity(_ node: JSONNode, _ path: String) -> Entity? {
    guard let (fields, id) = record(node, path, CaseFileSchema.EntityField.self) else {
      return nil
    }
    defer { currentID = nil }
    let kind = word(fields[.kind], fields.path(.kind), Entity.Kind.self) ?? .organization
    let relations = list(fields[.relations], fields.path(.relations)) { d, item, p in
      d.relation(item, p)
    }
    entityPaths.append(path)
    return Entity(
      id: id, kind: kind,
      name: string(fields[.name], fields.path(.name), nonEmpty: true) ?? "",
      aliases: strings(fields[.aliases], fields.path(.aliases)),
      role: string(fields[.role], fields.path(.role)),
      summary: string(fields[.summary], fields.path(.summary)),
      sources: ids(fields[.sources], fields.path(.sources), atLeastOne: true),
      relations: relations,
      reviewed: list(fields[.reviewed], fields.path(.reviewed)) { d, item, p in d.review(item, p) })
  }

  mutating func relation(_ node: JSONNode, _ path: String) -> Relation? {
    guard
      let fields = nestedObject(
        node, path, CaseFileSchema.RelationField.self, name: "A relation",
        example:
          "Write { \"to\": \"entity-id\", \"type\": \"took bribes from\", \"sources\": [\"source-id\"] }."
      )
    else { return nil }
    guard let to = string(fields[.to], fields.path(.to), nonEmpty: true) else { return nil }
    return Relation(
      to: to, type: string(fields[.type], fields.path(.type), nonEmpty: true) ?? "",
      sources: ids(fields[.sources], fields.path(.sources), atLeastOne: true),
      note: string(fields[.note], fields.path(.note)))
  }

  mutating func event(_ node: JSONNode, _ path: String) -> Event? {
    guard let (fields, id) = record(node, path, CaseFileSchema.EventField.self) else {
      return nil
    }
    defer { currentID = nil }
    var when: DateSpan?
    if let dateNode = fields[.date] {
      if case .null = dateNode.value {
        if let endNode = fields[CaseFileSchema.EventField.undatedForbids] {
          report(
            endNode.offset, fields.path(.end), "An undated event cannot have an \"end\"",
            "Give \"date\" the first date of the range, or remove \"end\".")
        }
      } else if let start = date(dateNode, fields.path(.date)) {
        when = DateSpan(
          start: start, end: date(fields[.end], fields.path(.end)),
          isApproximate: bool(fields[.approximate], fields.path(.approximate)) ?? false)
      }
    }
    let discrepancies = list(fields[.discrepancies], fields.path(.discrepancies)) { d, item, p in
      d.discrepancy(item, p)
    }
    eventPaths.append(path)
    return Event(
      id: id, when: when,
      title: string(fields[.title], fields.path(.title), nonEmpty: true) ?? "",
      place: string(fields[.place], fields.path(.place)),
      kind: string(fields[.kind], fields.path(.kind)),
      scope: word(fields[.scope], fields.path(.scope), Event.Scope.self) ?? .article,
      status: word(fields[.status], fields.path(.status), Event.Status.self) ?? .verified,
      actors: ids(fields[.actors], fields.path(.actors)),
      summary: string(fields[.summary], fields.path(.summary)),
      sources: ids(fields[.sources], fields.path(.sources), atLeastOne: true),
      tags: strings(fields[.tags], fields.path(.tags)),
      discrepancies: discrepancies,
      reviewed: list(fields[.reviewed], fields.path(.reviewed)) { d, item, p in d.review(item, p) })
  }

  mutating func discrepancy(_ node: JSONNode, _ path: String) -> Discrepancy? {
    guard
      let fields = nestedObject(
        node, path, CaseFileSchema.DiscrepancyField.self, name: "A discrepancy",
        example:
          "Write { \"article\": \"what the article says\", \"record\": \"what the record shows\", \"sources\": [\"source-id\"] }."
      )
    else { return nil }
    return Discrepancy(
      article: string(fields[.article], fields.path(.article), nonEmpty: true) ?? "",
      record: string(fields[.record], fields.path(.record), nonEmpty: true) ?? "",
      sources: ids(fields[.sources], fields.path(.sources), atLeastOne: true))
  }

  mutating func review(_ node: JSONNode, _ path: String) -> AuditReview? {
    guard
      let fields = nestedObject(
        node, path, CaseFileSchema.ReviewField.self, name: "A review",
        example:
          "Write { \"rule\": \"url-missing\", \"by\": \"who\", \"why\": \"why the finding stands\" }."
      )
    else { return nil }
    return AuditReview(
      rule: string(fields[.rule], fields.path(.rule), nonEmpty: true) ?? "",
      by: string(fields[.by], fields.path(.by), nonEmpty: true) ?? "",
      why: string(fields[.why], fields.path(.why), nonEmpty: true) ?? "")
  }

  // MARK: Building blocks

  /// Checks that a nested record (a relation, a discrepancy, a review) is an object, reports
  /// it with `example` when it is not, and records the places of its fields.
  private mutating func nestedObject<F: CaseFileRecord>(
    _ node: JSONNode, _ path: String, _: F.Type, name: String, example: String
  ) -> Fields<F>? {
    guard case .object(let members) = node.value else {
      report(
        node.offset, path, "\(name) must be an object, not \(node.value.typeDescription)", example)
      return nil
    }
    let fields = fieldsOf(members, path: path, F.self, offset: node.offset)
    recordPlace(path, node.offset, fields)
    return fields
  }

  /// Checks an object with an `id`, records its place, and sets the id used in messages.
  private mutating func record<F: CaseFileRecord>(
    _ node: JSONNode, _ path: String, _: F.Type
  ) -> (Fields<F>, String)? {
    currentID = nil
    let kind = F.recordName ?? "record"
    guard case .object(let members) = node.value else {
      report(
        node.offset, path, "Each \(kind) must be an object, not \(node.value.typeDescription)",
        "Write the \(kind) as { \"id\": …, … }; see docs/case-file.md.")
      return nil
    }
    if let idNode = members.first(where: { $0.key == "id" })?.value,
      case .string(let id) = idNode.value
    {
      currentID = id
    }
    let fields = fieldsOf(members, path: path, F.self, offset: node.offset)
    let idPath = path + ".id"
    guard let idNode = fields.nodes["id"], let id = string(idNode, idPath, nonEmpty: true) else {
      return nil
    }
    if !CaseFileSchema.isValidID(id) {
      report(
        idNode.offset, idPath, "'\(id)' is not a valid id",
        "Ids start with a letter or digit and use only letters, digits, '.', '_', ':' and '-' (at most 128 characters)."
      )
    }
    recordPlace(path, node.offset, fields)
    return (fields, id)
  }

  private mutating func recordPlace<F>(_ path: String, _ offset: Int, _ fields: Fields<F>) {
    offsets[path] = offset
    for (name, node) in fields.nodes { offsets[path + "." + name] = node.offset }
  }

  /// A record's members by field, with their JSON paths.
  struct Fields<F: CaseFileRecord> {
    var nodes: [String: JSONNode]
    /// The record's JSON path ("" for the document).
    let path: String

    subscript(_ field: F) -> JSONNode? { nodes[field.name] }

    func path(_ field: F) -> String { path.isEmpty ? field.name : path + "." + field.name }
  }

  /// The members of a record as the table allows them: unknown and repeated ones
  /// reported, required ones that are missing reported.
  private mutating func fieldsOf<F: CaseFileRecord>(
    _ members: [JSONMember], path: String, _: F.Type, offset: Int
  ) -> Fields<F> {
    let allowed = F.table.names
    var fields: [String: JSONNode] = [:]
    for member in members {
      let memberPath = path.isEmpty ? member.key : path + "." + member.key
      if member.key.hasPrefix(CaseFileSchema.extensionPrefix) { continue }
      guard allowed.contains(member.key) else {
        let hint =
          Suggestion.nearest(to: member.key, in: allowed).map { "Did you mean \"\($0)\"? " } ?? ""
        report(
          member.keyOffset, memberPath, "Unknown field \"\(member.key)\"",
          "\(hint)Allowed here: \(allowed.joined(separator: ", ")). Prefix your own fields with \"x-\"."
        )
        continue
      }
      if fields[member.key] != nil {
        report(
          member.keyOffset, memberPath, "\"\(member.key)\" is given twice", "Keep one of them.")
        continue
      }
      fields[member.key] = member.value
    }
    for name in F.table.requiredNames where fields[name] == nil {
      let at = path.isEmpty ? name : path + "." + name
      report(offset, at, "Missing required field \"\(name)\"", CaseFileDecoder.requiredHelp(name))
    }
    return Fields(nodes: fields, path: path)
  }

  static func requiredHelp(_ name: String) -> String {
    switch name {
    case "leakline": "Add \"leakline\": 1 (the format version) at the top of the file."
    case "date":
      "Add \"date\": \"YYYY-MM-DD\" (or \"YYYY-MM\", \"YYYY\"), or \"date\": null when it is not known."
    case "sources":
      "Add \"sources\": [\"source-id\", …] naming at least one source that supports it."
    case "events", "entities": "Add \"\(name)\": [] (it may be empty)."
    default: "Add \"\(name)\"; see docs/case-file.md for the fields."
    }
  }

  private mutating func list<T>(
    _ node: JSONNode?, _ path: String, _ element: (inout CaseFileDecoder, JSONNode, String) -> T?
  ) -> [T] {
    guard let node else { return [] }
    guard case .array(let items) = node.value else {
      report(
        node.offset, path,
        "\"\(lastComponent(path))\" must be an array, not \(node.value.typeDescription)",
        "Write it as [ … ], even for a single item.")
      return []
    }
    var out: [T] = []
    out.reserveCapacity(items.count)
    for (i, item) in items.enumerated() {
      if let value = element(&self, item, path + "[\(i)]") { out.append(value) }
    }
    return out
  }

  private func lastComponent(_ path: String) -> String {
    String(path.split(separator: ".").last ?? Substring(path))
  }

  private mutating func string(_ node: JSONNode?, _ path: String, nonEmpty: Bool = false) -> String?
  {
    guard let node else { return nil }
    guard case .string(let s) = node.value else {
      report(
        node.offset, path,
        "\"\(lastComponent(path))\" must be a string, not \(node.value.typeDescription)",
        "Put the value in double quotes.")
      return nil
    }
    if nonEmpty && s.allSatisfy(\.isWhitespace) {
      report(
        node.offset, path, "\"\(lastComponent(path))\" is empty",
        "Write some text, or remove the record.")
      return nil
    }
    return s
  }

  private mutating func strings(_ node: JSONNode?, _ path: String) -> [String] {
    list(node, path) { d, item, p in d.string(item, p) }
  }

  private mutating func ids(_ node: JSONNode?, _ path: String, atLeastOne: Bool = false) -> [String]
  {
    let values = list(node, path) { d, item, p in
      d.offsets[p] = item.offset
      return d.string(item, p, nonEmpty: true)
    }
    if atLeastOne, let node, case .array(let items) = node.value, items.isEmpty {
      report(
        node.offset, path, "\"\(lastComponent(path))\" is empty",
        "Name at least one source id: every statement in a case file cites a source.")
    }
    return values
  }

  private mutating func bool(_ node: JSONNode?, _ path: String) -> Bool? {
    guard let node else { return nil }
    guard case .bool(let b) = node.value else {
      report(
        node.offset, path,
        "\"\(lastComponent(path))\" must be true or false, not \(node.value.typeDescription)",
        "Write true or false without quotes.")
      return nil
    }
    return b
  }

  private mutating func referenceNumber(_ node: JSONNode, _ path: String) -> Int? {
    guard case .number(_, let integer) = node.value, let integer, integer >= 1 else {
      report(
        node.offset, path, "A reference number must be a whole number from 1 up",
        "Write the article's reference numbers as numbers, e.g. \"refs\": [3, 9].")
      return nil
    }
    return integer
  }

  private mutating func date(_ node: JSONNode?, _ path: String) -> CaseDate? {
    guard let node else { return nil }
    guard case .string(let s) = node.value else {
      let hint =
        if case .number = node.value { " Dates are strings: \"2011\", not 2011." } else { "" }
      report(
        node.offset, path,
        "\"\(lastComponent(path))\" must be a date string, not \(node.value.typeDescription)",
        "Write \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\".\(hint)")
      return nil
    }
    do {
      return try CaseDate(parsing: s)
    } catch {
      let help: String
      switch error {
      case .dayOutOfRange(_, let month, let year, _):
        help =
          "Use a day that exists, or write only the month (\"\(CaseDate.yearMonth(year, month))\") if the day is not known."
      case .badFormat:
        help =
          "Write \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\" with leading zeros, e.g. \"2011-03-18\"; mark uncertainty with \"approximate\": true."
      default:
        help = "Write a real calendar date as \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\"."
      }
      report(node.offset, path, "Impossible date: \(error)", help)
      return nil
    }
  }

  private mutating func word<W: RawRepresentable & CaseIterable>(
    _ node: JSONNode?, _ path: String, _: W.Type
  ) -> W? where W.RawValue == String {
    guard let s = string(node, path), let node else { return nil }
    if let w = W(rawValue: s) { return w }
    let words = W.allCases.map(\.rawValue)
    let hint = Suggestion.nearest(to: s, in: words).map { "Did you mean '\($0)'? " } ?? ""
    report(
      node.offset, path, "'\(s)' is not a \(lastComponent(path)) Leakline knows",
      "\(hint)Use one of: \(words.joined(separator: ", ")).")
    return nil
  }
}

extension CaseDate {
  static func yearMonth(_ year: Int, _ month: Int) -> String {
    String(year).leftPadded(to: 4) + "-" + String(month).leftPadded(to: 2)
  }
}
