/// What importers share: ids that never clash, people & units made from actor names,
/// sources made from what a row or slide names, and problems collected with their place.
///
/// An importer collects every problem (not only the first) so a person fixes a file in
/// one go, as the case-file loader does.
struct ImportBuilder {
  /// The imported file's name, as the person gave it.
  let file: String
  private(set) var issues: [CaseFileIssue] = []
  private(set) var warnings: [String] = []
  private var taken: Set<String> = []
  private(set) var sources: [Source] = []
  private var sourceByKey: [String: String] = [:]
  private(set) var entities: [Entity] = []
  private var entityByName: [String: Int] = [:]
  /// Actors whose kind the file did not give, so `person` was assumed.
  private(set) var assumedKinds: [String] = []

  init(file: String) { self.file = file }

  /// Records a problem at `line:column`, described by `place` ("row 7, field 'date'").
  mutating func problem(
    line: Int?, column: Int?, place: String, id: String? = nil, _ message: String, fix: String
  ) {
    let location = line.map { SourceLocation(line: $0, column: column ?? 1) }
    issues.append(
      CaseFileIssue(
        file: file, location: location, jsonPath: place, id: id, message: message, help: fix))
  }

  mutating func warn(_ message: String) { warnings.append(message) }

  /// Claims an id the file gave (an event's); false when it is already taken.
  mutating func claim(_ id: String) -> Bool { taken.insert(id).inserted }

  /// A fresh id made from `text` ("Allende massacre" → "allende-massacre"), or from
  /// `fallback` when `text` has no letters or digits; `-2`, `-3`… on a clash.
  mutating func newID(from text: String, fallback: String) -> String {
    var base = MarkdownText.fileSlug(text)
    if base.isEmpty { base = fallback }
    var id = base
    var n = 1
    while !claim(id) {
      n += 1
      id = base + "-" + String(n)
    }
    return id
  }

  /// Whether `text` is a valid case-file id (the format's one id rule).
  static func isValidID(_ text: String) -> Bool { CaseFileSchema.isValidID(text) }

  /// The source for the article's reference `number`, made on first use. Only the number
  /// is known, so its title says so and its note asks for the rest.
  mutating func reference(_ number: Int) -> String {
    let file = self.file
    return source(key: "ref:\(number)", preferredID: "ref-\(number)") { id in
      Source(
        id: id, title: "Reference [\(number)]", refs: [number],
        note:
          "Imported from \(file), which gives only the reference number; add the title, authors and URL."
      )
    }
  }

  /// The source the file names by `id` (a supplementary source), made on first use.
  mutating func namedSource(_ id: String) -> String {
    let file = self.file
    return source(key: "id:" + id, preferredID: id) { newID in
      Source(
        id: newID, title: "Source '\(id)'",
        note:
          "Imported from \(file), which gives only this source's id; add the title, authors and URL."
      )
    }
  }

  /// A source known only by its citation text (a TimelineJS slide's source list).
  mutating func citedSource(_ citation: String) -> String {
    let file = self.file
    return source(
      key: "text:" + citation, preferredID: "src-" + MarkdownText.fileSlug(citation, limit: 40)
    ) { id in
      Source(
        id: id, title: citation, note: "Imported from \(file) as cited there; check the details.")
    }
  }

  /// A source from a TimelineJS slide's `<ol class="sources">`: the id it had when it was
  /// exported (when it gives one), its citation as the title, its link as the URL.
  mutating func listedSource(_ item: SlideText.Listed) -> String {
    let file = self.file
    let make = { (id: String) in
      Source(
        id: id, title: item.citation, url: item.url,
        note: "Imported from \(file) as cited there; check the details.")
    }
    if let id = item.id, Self.isValidID(id) {
      return source(key: "id:" + id, preferredID: id, make: make)
    }
    return source(
      key: "text:" + item.citation,
      preferredID: "src-" + MarkdownText.fileSlug(item.citation, limit: 40), make: make)
  }

  /// The source a link in a slide's text stands for, one per address: titled with the
  /// link's text, or the address's host when the text is empty or the address itself.
  mutating func linkSource(url: String, text: String, slide: String) -> String {
    let file = self.file
    let host = Self.host(of: url)
    let title = text.isEmpty || text == url ? host : text
    return source(
      key: "url:" + url, preferredID: "link-" + MarkdownText.fileSlug(title, limit: 40)
    ) { id in
      Source(
        id: id, title: title, url: url,
        note:
          "Found as a link in the text of \(file) (\(slide)); the title is the link's text or the site's name, so check it and add the authors, publisher and date."
      )
    }
  }

  /// "www.example.org" from "https://www.example.org/a?b" (the address when it has none).
  static func host(of url: String) -> String {
    guard let scheme = url.range(of: "://") else { return url }
    let rest = url[scheme.upperBound...]
    guard let host = rest.prefix(while: { !"/?#".contains($0) }).split(separator: "@").last
    else { return url }
    return String(host)
  }

  /// Takes back the problems recorded since there were `count`, for a slide that is
  /// skipped rather than failing the import.
  mutating func removeIssues(since count: Int) -> [CaseFileIssue] {
    let removed = Array(issues[count...])
    issues.removeSubrange(count...)
    return removed
  }

  /// The one source standing for the imported file itself, for records it gives no source for.
  mutating func fileSource(kind: String) -> String {
    let file = self.file
    return source(key: "file", preferredID: "imported-file") { id in
      Source(
        id: id, title: "\(kind) file \(file)", kind: "document",
        note:
          "The records citing this come from \(file), which names no source for them; replace it with real sources."
      )
    }
  }

  private mutating func source(key: String, preferredID: String, make: (String) -> Source) -> String
  {
    if let id = sourceByKey[key] { return id }
    let id =
      Self.isValidID(preferredID) && claim(preferredID)
      ? preferredID : newID(from: preferredID, fallback: "source")
    sources.append(make(id))
    sourceByKey[key] = id
    return id
  }

  /// The entity called `name` (accents and case matter, spaces do not), made on first
  /// use with `kind`, or `person` when the file gives none (remembered for a warning).
  /// `sources` are added to the entity's, since those are where its name was read.
  mutating func actor(named name: String, kind: Entity.Kind?, sources: [String]) -> String {
    let key = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    if let i = entityByName[key] {
      for s in sources where !entities[i].sources.contains(s) { entities[i].sources.append(s) }
      return entities[i].id
    }
    if kind == nil { assumedKinds.append(key) }
    let id = newID(from: key, fallback: "actor")
    entities.append(Entity(id: id, kind: kind ?? .person, name: key, sources: sources))
    entityByName[key] = entities.count - 1
    return id
  }

  /// The case file, or every problem found.
  func finish(title: String, events: [Event]) throws(CaseFileError) -> (
    CaseFile, warnings: [String]
  ) {
    guard issues.isEmpty else { throw CaseFileError(issues: issues) }
    var warnings = warnings
    if !assumedKinds.isEmpty {
      warnings.append(
        "\(assumedKinds.count) \(assumedKinds.count == 1 ? "person or unit was" : "people or units were") given kind 'person' "
          + "because the file does not say (\(assumedKinds.prefix(5).joined(separator: ", "))\(assumedKinds.count > 5 ? ", …" : "")); "
          + "correct their kind in the case file.")
    }
    let made = sources.filter {
      $0.note?.hasPrefix("Imported from") == true || $0.id == sourceByKey["file"]
    }.count
    if made > 0 {
      warnings.append(
        "\(made) source\(made == 1 ? " was" : "s were") made from what the file names; their notes say what to add."
      )
    }
    return (CaseFile(title: title, sources: sources, entities: entities, events: events), warnings)
  }
}
