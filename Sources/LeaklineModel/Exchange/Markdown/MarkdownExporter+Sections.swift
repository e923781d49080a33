/// The blocks that make up every view: an event, an entity, a relations table, a source.
extension MarkdownExporter {
  /// An event: heading with its date at its own precision, then place, actors, kind, scope,
  /// status, sources, the summary, and where the article and the record disagree.
  func eventSection(_ event: Event, level: Int, into doc: inout MarkdownDocument) {
    doc.heading(level, markdown: (event.when?.display ?? "Undated") + " — ", data: event.title)
    var fields: [String] = []
    fields.append("**When:** " + (event.when.map { $0.display + " (" + $0.iso + ")" } ?? "undated"))
    if let place = event.place { fields.append("**Where:** " + MarkdownText.escape(place)) }
    if !event.actors.isEmpty {
      let actors = event.actors.map { id in
        index.entity(id: id).map(doc.link) ?? MarkdownText.escape(id)
      }
      fields.append("**Who:** " + actors.joined(separator: ", "))
    }
    if let kind = event.kind { fields.append("**Kind:** " + MarkdownText.escape(kind)) }
    switch event.scope {
    case .article: break
    case .context:
      fields.append("**Scope:** context, from the public record; the article does not report it")
    case .later: fields.append("**Scope:** later than the article")
    }
    switch event.status {
    case .verified: break
    case .disputed:
      fields.append(
        "**Status:** disputed; the public record contradicts or qualifies the article"
          + (event.discrepancies.isEmpty ? "" : " (see below)"))
    case .articleOnly: fields.append("**Status:** article only; no other source confirms it")
    case .unverified: fields.append("**Status:** unverified; not confirmed by a retrieved source")
    }
    if !event.tags.isEmpty {
      fields.append("**Tags:** " + event.tags.map(MarkdownText.escape).joined(separator: ", "))
    }
    fields.append("**Id:** " + MarkdownText.escape(event.id))
    fields.append("**Sources:** " + sourcesCell(event.sources, into: &doc))
    doc.list(fields)
    if let summary = event.summary, !MarkdownText.clean(summary).isEmpty {
      doc.paragraph(MarkdownText.escape(summary))
    }
    for d in event.discrepancies {
      let cites = index.sources(d.sources).map { doc.cite($0) }.joined()
      doc.quote([
        "**Article says:** " + MarkdownText.escape(d.article),
        "**Record shows:** " + MarkdownText.escape(d.record) + cites,
      ])
    }
    readerNotes(NotebookTarget(.event, event.id), into: &doc)
  }

  /// An entity: heading with its name (the target of its links), kind, aliases, role,
  /// sources and summary.
  func entitySection(_ entity: Entity, level: Int, into doc: inout MarkdownDocument) {
    doc.heading(level, data: entity.name, entity: entity.id)
    var fields = ["**Kind:** " + entity.kind.rawValue]
    if !entity.aliases.isEmpty {
      fields.append(
        "**Also known as:** " + entity.aliases.map(MarkdownText.escape).joined(separator: "; "))
    }
    if let role = entity.role { fields.append("**Role:** " + MarkdownText.escape(role)) }
    fields.append("**Id:** " + MarkdownText.escape(entity.id))
    fields.append("**Sources:** " + sourcesCell(entity.sources, into: &doc))
    doc.list(fields)
    if let summary = entity.summary, !MarkdownText.clean(summary).isEmpty {
      doc.paragraph(MarkdownText.escape(summary))
    }
    readerNotes(NotebookTarget(.entity, entity.id), into: &doc)
  }

  /// Relations as a table read "From — Relation — To"; `subject` is shown in bold rather
  /// than linked (it is the dossier the table sits in).
  func relationsTable(
    _ relations: [(from: Entity, relation: Relation)], subject: String?,
    into doc: inout MarkdownDocument
  ) {
    func name(_ entity: Entity?, id: String) -> String {
      guard let entity else { return MarkdownText.escape(id) }
      return entity.id == subject
        ? "**" + MarkdownText.escape(entity.name) + "**" : doc.link(entity)
    }
    let hasNotes = relations.contains { $0.relation.note != nil }
    var rows: [[String]] = []
    for (from, relation) in relations {
      var row = [
        name(from, id: from.id), MarkdownText.escape(relation.type),
        name(index.entity(id: relation.to), id: relation.to),
        sourcesCell(relation.sources, into: &doc),
      ]
      if hasNotes { row.append(relation.note.map(MarkdownText.escape) ?? "") }
      rows.append(row)
    }
    doc.table(
      header: ["From", "Relation", "To", "Sources"] + (hasNotes ? ["Note"] : []), rows: rows)
  }

  /// A source in full, as the first section of its own view.
  func sourceSection(_ source: Source, into doc: inout MarkdownDocument) {
    doc.heading(2, markdown: "The source")
    var fields = ["**Title:** " + MarkdownText.escape(source.title)]
    fields.append(
      "**Authors:** "
        + (source.authors.isEmpty
          ? "not given" : source.authors.map(MarkdownText.escape).joined(separator: "; ")))
    fields.append("**Publisher:** " + (source.publisher.map(MarkdownText.escape) ?? "not given"))
    if let published = source.published { fields.append("**Published:** " + published.display) }
    if let accessed = source.accessed { fields.append("**Accessed:** " + accessed.display) }
    if let kind = source.kind { fields.append("**Kind:** " + MarkdownText.escape(kind)) }
    fields.append("**URL:** " + urlText(source))
    fields.append(
      source.isArticleReference
        ? "**Article reference:** " + refsText(source.refs)
        : "**Supplementary:** from the public record, not one of the article's references")
    fields.append("**Id:** " + MarkdownText.escape(source.id))
    fields.append("**Cited as:** " + sourcesCell([source.id], into: &doc))
    doc.list(fields)
    let notes = SourceQuality.notes(for: source, in: index)
    if !notes.isEmpty {
      doc.heading(3, markdown: "Notes on this source")
      doc.list(notes.map(MarkdownText.escape))
    }
    readerNotes(NotebookTarget(.source, source.id), into: &doc)
  }

  /// Sources named for a reader, each with its footnote: "ref [3], [9][^ref-3]; Reuters,
  /// supplementary[^src-reuters]". Ids that name no source are shown as they are.
  func sourcesCell(_ ids: [String], into doc: inout MarkdownDocument) -> String {
    guard !ids.isEmpty else { return "none given" }
    var seen: Set<String> = []
    return ids.filter { seen.insert($0).inserted }.map { id in
      guard let source = index.source(id: id) else { return MarkdownText.escape(id) }
      let label =
        source.isArticleReference
        ? "ref " + refsText(source.refs)
        : MarkdownText.escape(source.publisher ?? source.title) + ", supplementary"
      return label + doc.cite(source)
    }.joined(separator: "; ")
  }

  /// "\[3\], \[9\]": reference numbers as escaped Markdown.
  func refsText(_ refs: [Int]) -> String {
    refs.map { "\\[\($0)\\]" }.joined(separator: ", ")
  }

  /// The URL as an autolink (or escaped text), flagged when unconfirmed; or "none confirmed".
  func urlText(_ source: Source, whenMissing: String = "none confirmed") -> String {
    guard let url = source.url, !MarkdownText.clean(url).isEmpty else { return whenMissing }
    return MarkdownText.url(url)
      + (source.isURLConfirmed ? "" : " (unconfirmed: a likely address, not checked)")
  }

  /// A footnote definition giving the full reference: authors, title, publisher, date,
  /// URL, and the article's reference numbers ("Article ref [3], also [9].") or
  /// "Supplementary source".
  func footnoteDefinition(_ source: Source) -> String {
    var citation: [String] = []
    let authors = source.authors.map(MarkdownText.escape).filter { !$0.isEmpty }
    if !authors.isEmpty { citation.append(authors.joined(separator: ", ")) }
    citation.append("“" + MarkdownText.escape(source.title) + "”")
    if let publisher = source.publisher.map(MarkdownText.escape), !publisher.isEmpty {
      citation.append("*" + publisher + "*")
    }
    if let published = source.published { citation.append(published.display) }
    var sentences = [citation.joined(separator: ", ")]
    var link = urlText(source, whenMissing: "No URL confirmed")
    if let accessed = source.accessed, source.url != nil {
      link += ", accessed " + accessed.display
    }
    sentences.append(link)
    if source.isArticleReference {
      let refs = source.refs.map { "\\[\($0)\\]" }
      sentences.append(
        "Article ref " + refs[0]
          + (refs.count > 1 ? ", also " + refs.dropFirst().joined(separator: ", ") : ""))
    } else {
      sentences.append(
        "Supplementary source: from the public record, not one of the article's references")
    }
    if let note = source.note.map(MarkdownText.escape), !note.isEmpty {
      sentences.append("Note: " + note)
    }
    let text = sentences.map { s in
      s.hasSuffix(".") || s.hasSuffix("?") || s.hasSuffix("!") ? s : s + "."
    }.joined(separator: " ")
    return "[^" + (footnoteLabels[source.id] ?? "source") + "]: " + text
  }

  /// The Mermaid `timeline` diagram of `events`: a section per year, one line per date.
  func mermaidTimeline(_ events: [Event], title: String) -> [String] {
    var lines = ["timeline", "    title " + MarkdownText.mermaidLabel(title, limit: 80)]
    var section: String?
    var lastDate: String?
    for event in events {
      let year = event.when.map { String($0.start.year) } ?? "Undated"
      if year != section {
        lines.append("    section " + year)
        section = year
        lastDate = nil
      }
      let date = MarkdownText.mermaidLabel(event.dateDisplay)
      let label = MarkdownText.mermaidLabel(event.title)
      if date == lastDate, let last = lines.popLast() {
        lines.append(last + " : " + label)
      } else {
        lines.append("        " + date + " : " + label)
      }
      lastDate = date
    }
    return lines
  }
}
