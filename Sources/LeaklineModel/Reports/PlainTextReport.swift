/// The CLI's text for people: timelines, dossiers, events and sources as plain lines.
///
/// Every string taken from the case file passes through ``TerminalSafeText`` here, so the
/// CLI can print the result as is. The formats are documented in docs/user-guide.md and
/// covered by the CLI's golden tests.
public struct PlainTextReport: Sendable {
  public let index: CaseIndex
  /// Width used to wrap long text.
  public var width: Int

  public init(index: CaseIndex, width: Int = 80) {
    self.index = index
    self.width = width
  }

  private func safe(_ s: String) -> String { TerminalSafeText.sanitize(s) }
  private func safeText(_ s: String) -> String {
    TerminalSafeText.sanitize(s, keepingNewlines: true)
  }

  /// The width of the date column in event lines.
  static let dateColumn = 18

  /// One event as one line: date at its own precision, title, and markers.
  public func eventLine(_ e: Event) -> String {
    var line = PlainTextLayout.pad(e.dateDisplay, PlainTextReport.dateColumn) + safe(e.title)
    var marks: [String] = []
    if let m = e.scopeMarker { marks.append(m) }
    if e.status != .verified { marks.append(e.status.rawValue) }
    if !marks.isEmpty { line += "  [" + marks.joined(separator: ", ") + "]" }
    return line
  }

  /// Events as lines, one each; undated events say "undated" in the date column.
  public func eventLines(_ events: [Event]) -> [String] { events.map(eventLine) }

  /// An entity as one line: name, kind, role.
  public func entityLine(_ e: Entity) -> String {
    var line = PlainTextLayout.pad(safe(e.name), 32) + "(" + e.kind.rawValue + ")"
    if let role = e.role { line += "  " + safe(role) }
    return line
  }

  /// A short citation: authors, title, publisher, date.
  public func citation(_ s: Source) -> String {
    var parts: [String] = []
    if !s.authors.isEmpty { parts.append(s.authors.map(safe).joined(separator: ", ")) }
    parts.append("“" + safe(s.title) + "”")
    if let p = s.publisher { parts.append(safe(p)) }
    if let d = s.published {
      parts.append(d.display)
    } else if let a = s.accessed {
      parts.append("accessed " + a.display)
    }
    return parts.joined(separator: ", ")
  }

  /// A source as one line: the article's reference numbers and the citation, or, for a
  /// supplementary source, the citation and its id in braces (the id `show` takes).
  public func sourceLine(_ s: Source) -> String {
    guard s.isArticleReference else { return citation(s) + "  {" + safe(s.id) + "}" }
    return PlainTextLayout.pad(s.refs.map { "[\($0)]" }.joined(separator: " "), 10) + citation(s)
  }

  /// The article itself (when the case file lists it), its references, then the
  /// supplementary sources. The article is neither a reference nor supplementary.
  public func sourcesList() -> [String] {
    let subject = index.subjectDocument
    let refs = index.sourcesInOrder.filter(\.isArticleReference)
    let extra = index.sourcesInOrder.filter { !$0.isArticleReference && $0.id != subject?.id }
    var lines: [String] = []
    if let subject {
      lines += [
        "The article itself (the text this case file checks)", "  " + sourceLine(subject), "",
      ]
    }
    lines += ["The article's references"] + refs.map { "  " + sourceLine($0) }
    if !extra.isEmpty {
      lines +=
        ["", "Supplementary sources (not cited by the article)"]
        + extra.map { "  " + sourceLine($0) }
    }
    return lines
  }

  private func sourceRefs(_ ids: [String]) -> String {
    index.sources(ids).map { $0.isArticleReference ? $0.refLabel : safe($0.id) }.joined(
      separator: ", ")
  }

  /// Everything about one event.
  public func eventReport(_ e: Event) -> [String] {
    var lines = [safe(e.title), String(repeating: "=", count: min(width, max(4, e.title.count)))]
    func field(_ name: String, _ value: String?) {
      if let value, !value.isEmpty { lines.append(PlainTextLayout.pad(name + ":", 9) + value) }
    }
    field("Date", e.dateDisplay + (e.when.map { "  (" + $0.iso + ")" } ?? ""))
    field("Place", e.place.map(safe))
    var kind = [e.kind.map(safe) ?? "event", "scope: " + e.scope.rawValue]
    if e.status != .verified { kind.append("status: " + e.status.rawValue) }
    field("Kind", kind.joined(separator: " · "))
    field("Actors", index.actors(of: e).map { safe($0.name) }.joined(separator: ", "))
    field("Tags", e.tags.map(safe).joined(separator: ", "))
    field("Id", safe(e.id))
    if let s = e.summary {
      lines.append("")
      lines += PlainTextLayout.wrap(safeText(s), width: width)
    }
    if !e.discrepancies.isEmpty {
      lines += ["", "Where the article and the public record disagree"]
      for d in e.discrepancies {
        lines += PlainTextLayout.wrap(
          "Article says: " + safeText(d.article), width: width, indent: 2)
        lines += PlainTextLayout.wrap(
          "Record shows: " + safeText(d.record) + "  (" + sourceRefs(d.sources) + ")", width: width,
          indent: 2)
      }
    }
    lines += ["", "Sources"] + index.sources(e.sources).map { "  " + sourceLine($0) }
    return lines
  }

  /// An entity's dossier: who they are, their events, relations and sources.
  public func dossier(_ entity: Entity) -> [String] {
    var lines = [
      safe(entity.name) + "  (" + entity.kind.rawValue + ")",
      String(repeating: "=", count: min(width, entity.name.count + entity.kind.rawValue.count + 4)),
    ]
    if !entity.aliases.isEmpty {
      lines += PlainTextLayout.wrap(
        "Also known as: " + entity.aliases.map(safe).joined(separator: "; "), width: width)
    }
    if let role = entity.role { lines += PlainTextLayout.wrap("Role: " + safe(role), width: width) }
    lines.append("Id: " + safe(entity.id))
    if let s = entity.summary {
      lines.append("")
      lines += PlainTextLayout.wrap(safeText(s), width: width)
    }
    let events = index.events(involving: entity.id)
    lines += ["", "Events (\(events.count))"]
    for e in events {
      lines.append("  " + eventLine(e))
      for d in e.discrepancies {
        lines += PlainTextLayout.wrap(
          "Article says: " + safeText(d.article), width: width, indent: 6)
        lines += PlainTextLayout.wrap(
          "Record shows: " + safeText(d.record) + "  (" + sourceRefs(d.sources) + ")", width: width,
          indent: 6)
      }
    }
    let incoming = index.incomingRelations(to: entity.id)
    if !entity.relations.isEmpty || !incoming.isEmpty {
      lines += ["", "Relations"]
      for r in entity.relations {
        let other = index.entity(id: r.to).map { safe($0.name) } ?? safe(r.to)
        lines.append("  → " + safe(r.type) + " " + other + "  (" + sourceRefs(r.sources) + ")")
      }
      for (from, r) in incoming {
        lines.append(
          "  ← " + safe(from.name) + " " + safe(r.type) + " " + safe(entity.name) + "  ("
            + sourceRefs(r.sources) + ")")
      }
    }
    lines += ["", "Sources"] + index.sources(entity.sources).map { "  " + sourceLine($0) }
    return lines
  }

  /// A source in full, with everything that cites it.
  public func sourceReport(_ s: Source) -> [String] {
    var lines = [
      (s.isArticleReference
        ? "Reference " + s.refLabel + ": "
        : s.id == index.subjectDocument?.id ? "The article itself: " : "Supplementary source: ")
        + safe(s.title)
    ]
    lines.append(String(repeating: "=", count: min(width, lines[0].count)))
    func field(_ name: String, _ value: String?) {
      if let value, !value.isEmpty { lines.append(PlainTextLayout.pad(name + ":", 11) + value) }
    }
    field("Authors", s.authors.isEmpty ? "not given" : s.authors.map(safe).joined(separator: "; "))
    field("Publisher", s.publisher.map(safe) ?? "not given")
    field("Published", s.published?.display)
    field("Accessed", s.accessed?.display)
    field("Kind", s.kind.map(safe))
    if let url = s.url {
      field(
        "URL",
        safe(url) + (s.isURLConfirmed ? "" : "  (unconfirmed: a likely address, not checked)"))
    } else {
      field("URL", "none confirmed")
    }
    field("Id", safe(s.id))
    for note in SourceQuality.notes(for: s, in: index) {
      lines += PlainTextLayout.wrap("Note: " + safeText(note), width: width)
    }
    let cited = index.citations(of: s.id)
    lines += ["", "Cited by"]
    if cited.isEmpty { lines.append("  nothing in this case file") }
    if !cited.events.isEmpty {
      lines.append("  Events (\(cited.events.count))")
      lines += cited.events.map { "    " + eventLine($0) }
    }
    if !cited.entities.isEmpty {
      lines.append("  People & units (\(cited.entities.count))")
      lines += cited.entities.map { "    " + entityLine($0) }
    }
    if !cited.relations.isEmpty {
      lines.append("  Relations (\(cited.relations.count))")
      for (from, r) in cited.relations {
        let other = index.entity(id: r.to).map { safe($0.name) } ?? safe(r.to)
        lines.append("    " + safe(from.name) + " " + safe(r.type) + " " + other)
      }
    }
    return lines
  }
}
