/// Records written back in the case-file format (docs/case-file.md), field for field.
///
/// Used by `--json` output and by exports that save a view as a case file, so what a
/// program reads from Leakline is exactly what Leakline reads from a file. Optional fields
/// are left out when empty.
public enum CaseFileJSON {
  public static func source(_ s: Source) -> JSONText {
    var m: [(String, JSONText)] = [("id", .string(s.id)), ("title", .string(s.title))]
    if !s.refs.isEmpty { m.append(("refs", .array(s.refs.map(JSONText.int)))) }
    if let k = s.kind { m.append(("kind", .string(k))) }
    if !s.authors.isEmpty { m.append(("authors", .array(s.authors.map(JSONText.string)))) }
    if let p = s.publisher { m.append(("publisher", .string(p))) }
    if let d = s.published { m.append(("published", .string(d.description))) }
    if let d = s.accessed { m.append(("accessed", .string(d.description))) }
    if let u = s.url {
      m.append(("url", .string(u)))
      if !s.isURLConfirmed { m.append(("url_confirmed", .bool(false))) }
    }
    if let n = s.note { m.append(("note", .string(n))) }
    reviewed(s.reviewed, into: &m)
    return .object(m)
  }

  public static func entity(_ e: Entity) -> JSONText {
    var m: [(String, JSONText)] = [
      ("id", .string(e.id)), ("kind", .string(e.kind.rawValue)), ("name", .string(e.name)),
    ]
    if !e.aliases.isEmpty { m.append(("aliases", .array(e.aliases.map(JSONText.string)))) }
    if let r = e.role { m.append(("role", .string(r))) }
    if let s = e.summary { m.append(("summary", .string(s))) }
    m.append(("sources", .array(e.sources.map(JSONText.string))))
    if !e.relations.isEmpty {
      m.append(
        (
          "relations",
          .array(
            e.relations.map { r in
              var rm: [(String, JSONText)] = [
                ("to", .string(r.to)), ("type", .string(r.type)),
                ("sources", .array(r.sources.map(JSONText.string))),
              ]
              if let n = r.note { rm.append(("note", .string(n))) }
              return .object(rm)
            })
        ))
    }
    reviewed(e.reviewed, into: &m)
    return .object(m)
  }

  public static func event(_ e: Event) -> JSONText {
    var m: [(String, JSONText)] = [
      ("id", .string(e.id)), ("date", .string(e.when?.start.description)),
    ]
    if let end = e.when?.end { m.append(("end", .string(end.description))) }
    if e.when?.isApproximate == true { m.append(("approximate", .bool(true))) }
    m.append(("title", .string(e.title)))
    if let p = e.place { m.append(("place", .string(p))) }
    if let k = e.kind { m.append(("kind", .string(k))) }
    if e.scope != .article { m.append(("scope", .string(e.scope.rawValue))) }
    if e.status != .verified { m.append(("status", .string(e.status.rawValue))) }
    if !e.actors.isEmpty { m.append(("actors", .array(e.actors.map(JSONText.string)))) }
    if let s = e.summary { m.append(("summary", .string(s))) }
    m.append(("sources", .array(e.sources.map(JSONText.string))))
    if !e.tags.isEmpty { m.append(("tags", .array(e.tags.map(JSONText.string)))) }
    if !e.discrepancies.isEmpty {
      m.append(
        (
          "discrepancies",
          .array(
            e.discrepancies.map { d in
              .object([
                ("article", .string(d.article)), ("record", .string(d.record)),
                ("sources", .array(d.sources.map(JSONText.string))),
              ])
            })
        ))
    }
    reviewed(e.reviewed, into: &m)
    return .object(m)
  }

  /// A whole case file in the format, ready to be reopened with `--case`.
  public static func caseFile(_ c: CaseFile) -> JSONText {
    var m: [(String, JSONText)] = [
      ("leakline", .int(CaseFile.formatVersion)), ("title", .string(c.title)),
    ]
    if let s = c.summary { m.append(("summary", .string(s))) }
    m.append(("sources", .array(c.sources.map(source))))
    m.append(("entities", .array(c.entities.map(entity))))
    m.append(("events", .array(c.events.map(event))))
    return .object(m)
  }
}

extension CaseFileJSON {
  /// Appends `reviewed` when a record has reviewed notes.
  static func reviewed(_ reviews: [AuditReview], into m: inout [(String, JSONText)]) {
    guard !reviews.isEmpty else { return }
    m.append(
      (
        "reviewed",
        .array(
          reviews.map {
            .object([("rule", .string($0.rule)), ("by", .string($0.by)), ("why", .string($0.why))])
          })
      ))
  }
}
