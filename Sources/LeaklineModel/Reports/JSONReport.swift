/// The CLI's `--json` output: records in the case-file format, plus what a program needs
/// to show them (display dates, resolved names, what cites what).
public enum JSONReport {
  /// A list of events, with the query that selected them.
  public static func events(_ events: [Event], index: CaseIndex, query: SearchQuery?) -> JSONText {
    var m: [(String, JSONText)] = [("case", .string(index.caseFile.title))]
    if let query {
      m.append(("query", .string(query.text.isEmpty ? query.description : query.text)))
      m.append(("filter", .string(query.description)))
    }
    m.append(("count", .int(events.count)))
    m.append(("events", .array(events.map { annotated($0) })))
    return .object(m)
  }

  /// One event with its actors and sources resolved.
  public static func event(_ e: Event, index: CaseIndex) -> JSONText {
    .object([
      ("type", .string("event")),
      ("event", annotated(e)),
      ("actors", .array(index.actors(of: e).map(CaseFileJSON.entity))),
      ("sources", .array(index.allSources(of: e).map(CaseFileJSON.source))),
    ])
  }

  /// A dossier: the entity, its events, relations both ways, and its sources.
  public static func dossier(_ entity: Entity, index: CaseIndex) -> JSONText {
    .object([
      ("type", .string("entity")),
      ("entity", CaseFileJSON.entity(entity)),
      ("events", .array(index.events(involving: entity.id).map { annotated($0) })),
      (
        "incoming_relations",
        .array(
          index.incomingRelations(to: entity.id).map { from, r in
            .object([
              ("from", .string(from.id)), ("type", .string(r.type)),
              ("sources", .array(r.sources.map(JSONText.string))),
            ])
          })
      ),
      ("sources", .array(index.sources(entity.sources).map(CaseFileJSON.source))),
    ])
  }

  /// A source with everything citing it and its quality notes.
  public static func source(_ s: Source, index: CaseIndex) -> JSONText {
    let cited = index.citations(of: s.id)
    return .object([
      ("type", .string("source")),
      ("source", CaseFileJSON.source(s)),
      ("notes", .array(SourceQuality.notes(for: s, in: index).map(JSONText.string))),
      (
        "cited_by",
        .object([
          ("events", .array(cited.events.map { .string($0.id) })),
          ("entities", .array(cited.entities.map { .string($0.id) })),
          (
            "relations",
            .array(
              cited.relations.map { from, r in
                .object([
                  ("from", .string(from.id)), ("type", .string(r.type)), ("to", .string(r.to)),
                ])
              })
          ),
        ])
      ),
    ])
  }

  /// Validation problems, one object each.
  public static func problems(_ error: CaseFileError, file: String) -> JSONText {
    .object([
      ("file", .string(file)),
      ("valid", .bool(false)),
      (
        "problems",
        .array(
          error.issues.map { i in
            .object([
              ("line", i.location.map { .int($0.line) } ?? .null),
              ("column", i.location.map { .int($0.column) } ?? .null),
              ("path", .string(i.jsonPath)),
              ("id", .string(i.id)),
              ("message", .string(i.message)),
              ("help", .string(i.help)),
            ])
          })
      ),
    ])
  }

  /// An event in the case-file format plus `display_date`.
  static func annotated(_ e: Event) -> JSONText {
    guard case .object(var m) = CaseFileJSON.event(e) else { return CaseFileJSON.event(e) }
    m.insert(("display_date", .string(e.dateDisplay)), at: 2)
    return .object(m)
  }
}
