import LeaklineModel

/// The pages the browser opens: one event, one entity's dossier, one source.
///
/// Each is laid out for a width by a `DocumentBuilder`, so the same code fills the
/// timeline's detail pane and a full-screen page.
extension Document {
  /// An event: date, place, kind, scope and status, actors, summary, discrepancy notes and
  /// sources with their reference numbers.
  package static func event(
    _ event: Event, index: CaseIndex, width: Int, audit: AuditContext? = nil
  ) -> Document {
    var page = DocumentBuilder(width: width)
    page.title(event.title)
    page.field(
      "Date", event.dateDisplay + (event.when?.isApproximate == true ? " (approximate)" : ""))
    if let place = event.place { page.field("Place", place) }
    if let kind = event.kind { page.field("Kind", kind) }
    page.labelled(
      "Scope",
      [
        (event.scope.rawValue, event.scope == .article ? .plain : .accent),
        ("— " + scopeExplanation(event.scope), .muted),
      ])
    page.labelled(
      "Status",
      [
        (statusWord(event.status), event.status == .disputed ? .warning : .plain),
        ("— " + statusExplanation(event.status), .muted),
      ])
    if !event.tags.isEmpty { page.field("Tags", event.tags.joined(separator: ", ")) }
    page.auditFlags(.event(event), audit)

    let actors = index.actors(of: event)
    if !actors.isEmpty {
      page.heading("Actors")
      for actor in actors {
        page.link(
          [(actor.name, .plain), ("  " + actor.kind.rawValue, .muted)], to: .entity(actor.id))
      }
    }
    if let summary = event.summary, !summary.isEmpty {
      page.heading("Summary")
      page.paragraph(summary, indent: 2)
    }
    if !event.discrepancies.isEmpty {
      page.heading(event.discrepancies.count == 1 ? "Discrepancy" : "Discrepancies")
      for (number, note) in event.discrepancies.enumerated() {
        if number > 0 { page.blank() }
        page.labelled("  Article", [(note.article, .plain)])
        page.labelled("  Record", [(note.record, .plain)])
        let cited = index.sources(note.sources).map(citation).joined(separator: "; ")
        if !cited.isEmpty { page.labelled("  Per", [(cited, .muted)]) }
      }
    }
    let sources = index.allSources(of: event)
    page.heading("Sources")
    if sources.isEmpty { page.paragraph("none given", style: .warning, indent: 2) }
    for source in sources { page.sourceLink(source) }
    return page.document
  }

  /// An entity's dossier: name, kind, aliases, role, summary, events in date order,
  /// relations out and in, and sources.
  package static func dossier(
    _ entity: Entity, index: CaseIndex, width: Int, audit: AuditContext? = nil
  ) -> Document {
    var page = DocumentBuilder(width: width)
    page.title(entity.name)
    page.field("Kind", entity.kind.rawValue)
    if !entity.aliases.isEmpty { page.field("Aliases", entity.aliases.joined(separator: "; ")) }
    if let role = entity.role { page.field("Role", role) }
    page.auditFlags(.entity(entity), audit)
    if let summary = entity.summary, !summary.isEmpty {
      page.heading("Summary")
      page.paragraph(summary, indent: 2)
    }
    let positions = index.eventPositions(involving: entity.id)
    page.heading("Events (\(positions.count))")
    if positions.isEmpty { page.paragraph("none in this case file", style: .muted, indent: 2) }
    page.eventLinks(positions, of: index.timeline)

    let incoming = index.incomingRelations(to: entity.id)
    if !entity.relations.isEmpty || !incoming.isEmpty {
      page.heading("Relations")
      for relation in entity.relations {
        guard let other = index.entity(id: relation.to) else { continue }
        page.link(
          [
            (relation.type + " ", .muted), (other.name, .plain),
            ("  " + refs(relation.sources, index), .muted),
          ],
          to: .entity(other.id), marker: "→")
        if let note = relation.note { page.paragraph(note, style: .muted, indent: 6) }
      }
      for (from, relation) in incoming {
        page.link(
          [
            (from.name, .plain), (" " + relation.type, .muted),
            ("  " + refs(relation.sources, index), .muted),
          ],
          to: .entity(from.id), marker: "←")
        if let note = relation.note { page.paragraph(note, style: .muted, indent: 6) }
      }
    }
    page.heading("Sources")
    for source in index.sources(entity.sources) { page.sourceLink(source) }
    return page.document
  }

  /// A source: the full citation, its URL or that none is confirmed, quality notes, and
  /// everything that cites it.
  package static func source(
    _ source: Source, index: CaseIndex, width: Int, audit: AuditContext? = nil
  ) -> Document {
    var page = DocumentBuilder(width: width)
    page.title(source.title)
    page.labelled(
      "Reference", [(source.isArticleReference ? source.refLabel : "supplementary", .accent)])
    if let kind = source.kind { page.field("Kind", kind) }
    page.field(
      "Authors", source.authors.isEmpty ? "none given" : source.authors.joined(separator: "; "),
      style: source.authors.isEmpty ? .muted : .plain)
    page.field(
      "Publisher", source.publisher ?? "none given",
      style: source.publisher == nil ? .muted : .plain)
    if let published = source.published { page.field("Published", published.display) }
    if let accessed = source.accessed { page.field("Accessed", accessed.display) }
    if let url = source.url {
      page.labelled(
        "URL",
        source.isURLConfirmed ? [(url, .plain)] : [(url, .plain), ("(not confirmed)", .warning)])
    } else {
      page.field("URL", "no confirmed URL", style: .warning)
    }
    if let note = source.note { page.field("Note", note) }
    page.auditFlags(.source(source), audit)

    let notes = source.qualityNotes
    if !notes.isEmpty {
      page.heading("Quality")
      for note in notes { page.bullet(note) }
    }
    let citations = index.citations(of: source.id)
    let total = citations.events.count + citations.entities.count + citations.relations.count
    page.heading("Cited by (\(total))")
    if citations.isEmpty { page.paragraph("nothing in this case file", style: .muted, indent: 2) }
    page.eventLinks(citations.events)
    for entity in citations.entities {
      page.link(
        [(entity.name, .plain), ("  " + entity.kind.rawValue, .muted)], to: .entity(entity.id))
    }
    for (from, relation) in citations.relations {
      let to = index.entity(id: relation.to)?.name ?? relation.to
      page.link(
        [(from.name, .plain), (" " + relation.type + " ", .muted), (to, .plain)],
        to: .entity(from.id))
    }
    return page.document
  }

  /// "[3], [9]" for the article's references, "supp." for the rest.
  package static func shortLabel(_ source: Source) -> String {
    source.isArticleReference ? source.refLabel : "supp."
  }

  /// "[6]" for the article's references, "supplementary: “Title”" for the rest.
  package static func citation(_ source: Source) -> String {
    source.isArticleReference ? source.refLabel : "supplementary: “\(source.title)”"
  }

  private static func refs(_ ids: [String], _ index: CaseIndex) -> String {
    index.sources(ids).map(shortLabel).joined(separator: " ")
  }

  private static func scopeExplanation(_ scope: Event.Scope) -> String {
    switch scope {
    case .article: "reported in the article"
    case .context: "background from the public record; not in the article"
    case .later: "happened after the article was written"
    }
  }

  /// The status as a word: "verified", "article only".
  package static func statusWord(_ status: Event.Status) -> String {
    status == .articleOnly ? "article only" : status.rawValue
  }

  private static func statusExplanation(_ status: Event.Status) -> String {
    switch status {
    case .verified: "confirmed by an independent source"
    case .disputed: "the public record contradicts or qualifies the article"
    case .articleOnly: "only the article says so"
    case .unverified: "not confirmed by a retrieved source"
    }
  }
}

extension DocumentBuilder {
  /// A line opening each of `events`, dates padded to the widest; each line is made only
  /// when it is on screen (a dossier can list tens of thousands).
  mutating func eventLinks(_ events: [Event]) {
    let dateWidth = EventMarkers.dateWidth(events.indices, of: events)
    links(count: events.count) { page, number in
      page.eventLink(events[number], dateWidth: dateWidth)
    }
  }

  /// Lines opening the events at `positions` of `timeline`, without copying the events.
  mutating func eventLinks(_ positions: [Int], of timeline: [Event]) {
    let dateWidth = EventMarkers.dateWidth(positions, of: timeline)
    links(count: positions.count) { page, number in
      page.eventLink(timeline[positions[number]], dateWidth: dateWidth)
    }
  }

  /// A line opening an event: date, title and its markers.
  mutating func eventLink(_ event: Event, dateWidth: Int) {
    let date = TextLayout.pad(event.dateDisplay, toWidth: dateWidth)
    var parts: [(String, Style)] = [(date + "  ", .muted), (event.title, .plain)]
    for (marker, style) in EventMarkers.markers(of: event) { parts.append(("  " + marker, style)) }
    link(parts, to: .event(event.id))
  }

  /// A line opening a source: its reference label, title and publisher.
  mutating func sourceLink(_ source: Source) {
    var parts: [(String, Style)] = [
      (Document.shortLabel(source) + "  ", .accent), (source.title, .plain),
    ]
    if let publisher = source.publisher { parts.append((" — " + publisher, .muted)) }
    link(parts, to: .source(source.id))
  }
}

/// The short words that mark an event as not the article's own, or disputed.
package enum EventMarkers {
  /// The width to pad dates to in a list of `events`: the widest up to 16 columns.
  package static func dateWidth(_ events: [Event]) -> Int { dateWidth(events.indices, of: events) }

  /// The width to pad dates to for the events at `positions` of `timeline`.
  package static func dateWidth(_ positions: some Sequence<Int>, of timeline: [Event]) -> Int {
    var widest = 0
    // A date's display is one column a character (`DateSpan.displayLength`), so its
    // width is its length, known without formatting it.
    for p in positions where widest < maxDateWidth {
      widest = max(widest, timeline[p].dateDisplayLength)
    }
    return min(maxDateWidth, widest)
  }

  /// The widest a date column gets; a longer date pushes its title right.
  package static let maxDateWidth = 16

  /// "context" or "later" (muted), then "disputed" (warning) or "article only"/"unverified".
  package static func markers(of event: Event) -> [(String, Style)] {
    var result: [(String, Style)] = []
    if let scope = event.scopeMarker { result.append((scope, .muted)) }
    switch event.status {
    case .disputed: result.append(("disputed", .warning))
    case .unverified: result.append(("unverified", .muted))
    case .articleOnly: result.append(("article only", .muted))
    case .verified: break
    }
    return result
  }
}
