/// Turns a parsed JSON document into a ``CaseFile``, collecting every shape problem.
///
/// Shape problems are wrong types, missing or unknown fields, bad enum words and bad
/// dates. Problems between records (unknown ids, duplicates) are the
/// ``CaseFileValidator``'s job, which runs after this on whatever could be decoded.
struct CaseFileDecoder {
  let text: SourceText
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

  init(text: SourceText, file: String) {
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
    var fields = fieldsOf(
      members, path: "",
      allowed: ["leakline", "title", "summary", "sources", "entities", "events"],
      required: ["leakline", "title", "sources", "entities", "events"], offset: root.offset)
    if let version = fields["leakline"] {
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
    let title = string(fields.removeValue(forKey: "title"), "title", nonEmpty: true) ?? ""
    let summary = string(fields["summary"], "summary")
    let sources = list(fields["sources"], "sources") { d, node, path in d.source(node, path) }
    let entities = list(fields["entities"], "entities") { d, node, path in d.entity(node, path) }
    let events = list(fields["events"], "events") { d, node, path in d.event(node, path) }
    return CaseFile(
      title: title, summary: summary, sources: sources, entities: entities, events: events)
  }

  // MARK: Records

  mutating func source(_ node: JSONNode, _ path: String) -> Source? {
    guard
      let (fields, id) = record(
        node, path, kind: "source",
        allowed: [
          "id", "title", "refs", "kind", "authors", "publisher", "published", "accessed", "url",
          "url_confirmed", "note",
        ],
        required: ["id", "title"])
    else { return nil }
    defer { currentID = nil }
    var refs: [Int] = []
    if let node = fields["refs"] {
      refs = list(node, path + ".refs") { d, item, p in
        d.offsets[p] = item.offset
        return d.referenceNumber(item, p)
      }
      var seen = Set<Int>()
      for (i, r) in refs.enumerated() where !seen.insert(r).inserted {
        report(
          offsets[path + ".refs[\(i)]"] ?? node.offset, path + ".refs[\(i)]",
          "Reference number \(r) is listed twice", "List each reference number once.")
      }
    }
    let url = string(fields["url"], path + ".url")
    if let url, let urlNode = fields["url"],
      !(url.hasPrefix("https://") ? url.count > 8 : url.hasPrefix("http://") && url.count > 7)
        || url.contains(where: \.isWhitespace)
    {
      report(
        urlNode.offset, path + ".url", "'\(url)' is not a web address",
        "Write a full http:// or https:// URL, or leave \"url\" out.")
    }
    sourcePaths.append(path)
    return Source(
      id: id,
      title: string(fields["title"], path + ".title", nonEmpty: true) ?? "",
      refs: refs,
      kind: string(fields["kind"], path + ".kind"),
      authors: strings(fields["authors"], path + ".authors"),
      publisher: string(fields["publisher"], path + ".publisher"),
      published: date(fields["published"], path + ".published"),
      accessed: date(fields["accessed"], path + ".accessed"),
      url: url,
      isURLConfirmed: bool(fields["url_confirmed"], path + ".url_confirmed") ?? true,
      note: string(fields["note"], path + ".note"))
  }

  mutating func entity(_ node: JSONNode, _ path: String) -> Entity? {
    guard
      let (fields, id) = record(
        node, path, kind: "entity",
        allowed: ["id", "kind", "name", "aliases", "role", "summary", "sources", "relations"],
        required: ["id", "kind", "name", "sources"])
    else { return nil }
    defer { currentID = nil }
    let kind = word(fields["kind"], path + ".kind", Entity.Kind.self) ?? .organization
    let relations = list(fields["relations"], path + ".relations") { d, item, p in
      d.relation(item, p)
    }
    entityPaths.append(path)
    return Entity(
      id: id, kind: kind,
      name: string(fields["name"], path + ".name", nonEmpty: true) ?? "",
      aliases: strings(fields["aliases"], path + ".aliases"),
      role: string(fields["role"], path + ".role"),
      summary: string(fields["summary"], path + ".summary"),
      sources: ids(fields["sources"], path + ".sources", atLeastOne: true),
      relations: relations)
  }

  mutating func relation(_ node: JSONNode, _ path: String) -> Relation? {
    guard case .object(let members) = node.value else {
      report(
        node.offset, path, "A relation must be an object, not \(node.value.typeDescription)",
        "Write { \"to\": \"entity-id\", \"type\": \"took bribes from\", \"sources\": [\"source-id\"] }."
      )
      return nil
    }
    let fields = fieldsOf(
      members, path: path, allowed: ["to", "type", "sources", "note"],
      required: ["to", "type", "sources"], offset: node.offset)
    recordPlace(path, node.offset, fields)
    guard let to = string(fields["to"], path + ".to", nonEmpty: true) else { return nil }
    return Relation(
      to: to, type: string(fields["type"], path + ".type", nonEmpty: true) ?? "",
      sources: ids(fields["sources"], path + ".sources", atLeastOne: true),
      note: string(fields["note"], path + ".note"))
  }

  mutating func event(_ node: JSONNode, _ path: String) -> Event? {
    guard
      let (fields, id) = record(
        node, path, kind: "event",
        allowed: [
          "id", "date", "end", "approximate", "title", "place", "kind", "scope", "status", "actors",
          "summary", "sources", "tags", "discrepancies",
        ],
        required: ["id", "date", "title", "sources"])
    else { return nil }
    defer { currentID = nil }
    var when: DateSpan?
    if let dateNode = fields["date"] {
      if case .null = dateNode.value {
        if let endNode = fields["end"] {
          report(
            endNode.offset, path + ".end", "An undated event cannot have an \"end\"",
            "Give \"date\" the first date of the range, or remove \"end\".")
        }
      } else if let start = date(dateNode, path + ".date") {
        when = DateSpan(
          start: start, end: date(fields["end"], path + ".end"),
          isApproximate: bool(fields["approximate"], path + ".approximate") ?? false)
      }
    }
    let discrepancies = list(fields["discrepancies"], path + ".discrepancies") { d, item, p in
      d.discrepancy(item, p)
    }
    eventPaths.append(path)
    return Event(
      id: id, when: when,
      title: string(fields["title"], path + ".title", nonEmpty: true) ?? "",
      place: string(fields["place"], path + ".place"),
      kind: string(fields["kind"], path + ".kind"),
      scope: word(fields["scope"], path + ".scope", Event.Scope.self) ?? .article,
      status: word(fields["status"], path + ".status", Event.Status.self) ?? .verified,
      actors: ids(fields["actors"], path + ".actors"),
      summary: string(fields["summary"], path + ".summary"),
      sources: ids(fields["sources"], path + ".sources", atLeastOne: true),
      tags: strings(fields["tags"], path + ".tags"),
      discrepancies: discrepancies)
  }

  mutating func discrepancy(_ node: JSONNode, _ path: String) -> Discrepancy? {
    guard case .object(let members) = node.value else {
      report(
        node.offset, path, "A discrepancy must be an object, not \(node.value.typeDescription)",
        "Write { \"article\": \"what the article says\", \"record\": \"what the record shows\", \"sources\": [\"source-id\"] }."
      )
      return nil
    }
    let fields = fieldsOf(
      members, path: path, allowed: ["article", "record", "sources"],
      required: ["article", "record", "sources"], offset: node.offset)
    recordPlace(path, node.offset, fields)
    return Discrepancy(
      article: string(fields["article"], path + ".article", nonEmpty: true) ?? "",
      record: string(fields["record"], path + ".record", nonEmpty: true) ?? "",
      sources: ids(fields["sources"], path + ".sources", atLeastOne: true))
  }

  // MARK: Building blocks

  /// Checks an object with an `id`, records its place, and sets the id used in messages.
  private mutating func record(
    _ node: JSONNode, _ path: String, kind: String, allowed: [String], required: [String]
  ) -> ([String: JSONNode], String)? {
    currentID = nil
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
    let fields = fieldsOf(
      members, path: path, allowed: allowed, required: required, offset: node.offset)
    guard let idNode = fields["id"], let id = string(idNode, path + ".id", nonEmpty: true) else {
      return nil
    }
    if !CaseFileDecoder.isValidID(id) {
      report(
        idNode.offset, path + ".id", "'\(id)' is not a valid id",
        "Ids start with a letter or digit and use only letters, digits, '.', '_', ':' and '-' (at most 128 characters)."
      )
    }
    recordPlace(path, node.offset, fields)
    return (fields, id)
  }

  private mutating func recordPlace(_ path: String, _ offset: Int, _ fields: [String: JSONNode]) {
    offsets[path] = offset
    for (name, node) in fields { offsets[path + "." + name] = node.offset }
  }

  /// Whether a string is a valid id.
  static func isValidID(_ id: String) -> Bool {
    let bytes = Array(id.utf8)
    guard (1...128).contains(bytes.count) else { return false }
    for (i, b) in bytes.enumerated() {
      let alnum = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
      if alnum { continue }
      if i > 0 && (b == 0x2E || b == 0x5F || b == 0x3A || b == 0x2D) { continue }
      return false
    }
    return true
  }

  private mutating func fieldsOf(
    _ members: [JSONMember], path: String, allowed: [String], required: [String], offset: Int
  ) -> [String: JSONNode] {
    var fields: [String: JSONNode] = [:]
    for member in members {
      let memberPath = path.isEmpty ? member.key : path + "." + member.key
      if member.key.hasPrefix("x-") { continue }
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
    for name in required where fields[name] == nil {
      let at = path.isEmpty ? name : path + "." + name
      report(offset, at, "Missing required field \"\(name)\"", CaseFileDecoder.requiredHelp(name))
    }
    return fields
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
