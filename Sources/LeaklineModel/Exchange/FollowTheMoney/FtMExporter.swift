/// A view as FollowTheMoney entities, one JSON object a line, for Aleph and the FtM tools.
///
/// People become `Person`; units and agencies `PublicBody`; organisations, cartels,
/// groups and outlets `Organization`; events `Event` (with `involved` pointing at their
/// actors); sources `Article`; "source S documents record R" a `Documentation`; relations
/// `UnknownLink` with the relation's words as `role` and its sources named in `summary`
/// (a Documentation cannot point at a link). What FtM has no property for
/// (approximate dates, scope, status, kind, discrepancies, reference numbers) goes into
/// `notes`, as words.
enum FtMExporter {
  static func export(_ file: CaseFile) -> InteropOutput {
    var ids = FtMIDs()
    var lines: [JSONText] = []
    func add(_ id: String, _ schema: String, _ properties: [(String, [String])]) {
      let props = properties.filter { !$0.1.isEmpty }.map {
        ($0.0, JSONText.array($0.1.map(JSONText.string)))
      }
      lines.append(
        .object([("id", .string(id)), ("schema", .string(schema)), ("properties", .object(props))]))
    }
    var documented: Set<[String]> = []
    func document(_ sourceIDs: [String], _ target: String, role: String) {
      for sourceID in sourceIDs where documented.insert([sourceID, target]).inserted {
        add(
          ids.id("dm", sourceID, target), "Documentation",
          [
            ("document", [ids.id("doc", sourceID)]), ("entity", [target]), ("role", [role]),
          ])
      }
    }
    for source in file.sources {
      var notes = source.note.map { [$0] } ?? []
      if source.isArticleReference { notes.append("Article reference " + source.refLabel) }
      if source.url != nil, !source.isURLConfirmed {
        notes.append("The URL is a likely address nobody has confirmed.")
      }
      if let kind = source.kind { notes.append("Kind: " + kind) }
      add(
        ids.id("doc", source.id), "Article",
        [
          ("title", [source.title]), ("author", source.authors),
          ("publisher", source.publisher.map { [$0] } ?? []),
          ("publishedAt", source.published.map { [$0.description] } ?? []),
          ("retrievedAt", source.accessed.map { [$0.description] } ?? []),
          ("sourceUrl", source.url.map { [$0] } ?? []), ("notes", notes),
        ])
    }
    let entityIDs = Dictionary(
      uniqueKeysWithValues: file.entities.map { ($0.id, ids.id(prefix(of: $0.kind), $0.id)) })
    for entity in file.entities {
      let id = entityIDs[entity.id] ?? ""
      let role = entity.role.map { [$0] } ?? []
      add(
        id, schema(of: entity.kind),
        [
          ("name", [entity.name]), ("alias", entity.aliases),
          (entity.kind == .person ? "position" : "summary", role),
          ("description", entity.summary.map { [$0] } ?? []),
          ("notes", entity.kind == .person ? [] : ["Kind: " + entity.kind.rawValue]),
        ])
      document(entity.sources, id, role: "source")
    }
    for entity in file.entities {
      for relation in entity.relations {
        guard let from = entityIDs[entity.id], let to = entityIDs[relation.to] else { continue }
        let id = ids.id("rel", entity.id, relation.to, relation.type)
        // Documentation can only point at a Thing, and a link is not one: name the sources here.
        let sources = relation.sources.compactMap { id in file.sources.first { $0.id == id } }
        add(
          id, "UnknownLink",
          [
            ("subject", [from]), ("object", [to]), ("role", [relation.type]),
            ("description", relation.note.map { [$0] } ?? []),
            ("summary", sources.map { "Source: " + SourceCitation.text($0) }),
          ])
      }
    }
    for event in file.events {
      let id = ids.id("ev", event.id)
      add(
        id, "Event",
        [("name", [event.title])] + dates(event.when) + [
          ("location", event.place.map { [$0] } ?? []),
          ("involved", event.actors.compactMap { entityIDs[$0] }),
          ("description", event.summary.map { [$0] } ?? []),
          ("keywords", event.tags), ("notes", notes(event)),
        ])
      document(event.sources, id, role: "source")
      document(event.discrepancies.flatMap(\.sources), id, role: "discrepancy source")
    }
    var warnings: [String] = []
    warnings.warn(
      file.events.filter { $0.when?.isApproximate == true }.count, "approximate date",
      "approximate dates",
      "cannot be marked in FtM dates; each is said in its event's notes.")
    warnings.warn(
      file.events.filter { !$0.discrepancies.isEmpty }.count, "event's discrepancies are",
      "events' discrepancies are",
      "written as text in notes (FtM has no property for them).")
    warnings.append(
      "FtM has no country for these records (the case file gives none), no reference numbers, scope or status "
        + "(written in notes), and one schema for cartels, groups, outlets and organisations (Organization)."
    )
    let text = lines.map { $0.render(pretty: false) + "\n" }.joined()
    return InteropOutput(
      text: text, warnings: warnings,
      contents: InteropOutput.count(file.events.count, "event", "events"))
  }

  static func schema(of kind: Entity.Kind) -> String {
    switch kind {
    case .person: "Person"
    case .unit, .agency: "PublicBody"
    case .organization, .cartel, .group, .outlet: "Organization"
    }
  }

  private static func prefix(of kind: Entity.Kind) -> String { kind == .person ? "p" : "org" }

  /// `date` for a single date, `startDate`/`endDate` for a range, at the case file's
  /// precision (FtM dates are ISO prefixes, so "2011" stays "2011").
  private static func dates(_ when: DateSpan?) -> [(String, [String])] {
    guard let when else { return [] }
    guard let end = when.end else { return [("date", [when.start.description])] }
    return [("startDate", [when.start.description]), ("endDate", [end.description])]
  }

  private static func notes(_ event: Event) -> [String] {
    var notes: [String] = []
    if let when = event.when, when.isApproximate {
      notes.append("Approximate date: " + when.display)
    }
    if event.when == nil { notes.append("Undated: nobody knows when this happened.") }
    if let kind = event.kind { notes.append("Kind: " + kind) }
    notes.append("Scope: " + event.scope.rawValue)
    notes.append("Status: " + event.status.rawValue)
    for d in event.discrepancies {
      notes.append("Article says: " + d.article + " Record shows: " + d.record)
    }
    return notes
  }
}
