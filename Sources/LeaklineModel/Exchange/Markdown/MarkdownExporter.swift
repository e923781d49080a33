/// Turns a view of a case file into a Markdown document that reads well on its own.
///
/// The one exporter behind `leakline export` and the browser's `e` key. A document has a
/// title naming the view, the case file and the filter in words; the events in date order
/// (dates at their own precision, place, actors linked to their sections, summary, where
/// the article and the record disagree); and every statement's sources as GitHub
/// footnotes (`[^ref-6]`) defined once each at the end. A timeline also gets a Mermaid
/// `timeline` picture. Every string from the case file goes through
/// ``MarkdownText/escape(_:)``. The same view always gives the same bytes; only `stamp`
/// adds anything that changes from run to run.
///
/// ```swift
/// let exporter = MarkdownExporter(index: index, caseName: "article.case.json")
/// let view = ExportView.timeline(years: 2019...2022)
/// try FileWriter.write(exporter.markdown(for: view),
///                            to: exporter.defaultFileName(for: view), overwrite: false)
/// ```
public struct MarkdownExporter: Sendable {
  /// The case file being exported.
  public let index: CaseIndex
  /// The case file's name as the person knows it ("article.case.json", a path), shown
  /// under the title.
  public let caseName: String
  /// Footnote label of every source, by id: `ref-N` for the article's reference N (its
  /// first number), `src-<id>` for supplementary sources.
  let footnoteLabels: [String: String]
  /// The reader's notebook: each record's marks, labels and notes are shown after it, in a
  /// block labelled as the reader's. Nil (the default, and `--no-notes`) leaves them out.
  public var notebook: Notebook?
  /// Whether the notebook's marks, labels and notes are shown (false for `--no-notes`,
  /// where the notebook still answers `is:marked` and the other notebook words).
  public var showsNotes = true

  /// Makes an exporter for one case file.
  public init(index: CaseIndex, caseName: String) {
    self.index = index
    self.caseName = caseName
    var labels: [String: String] = [:]
    var taken: Set<String> = []
    for source in index.sourcesInOrder where labels[source.id] == nil {
      let base = source.refs.min().map { "ref-\($0)" } ?? "src-" + MarkdownText.fileSlug(source.id)
      var label = base
      var n = 1
      while !taken.insert(label).inserted {
        n += 1
        label = base + "-" + String(n)
      }
      labels[source.id] = label
    }
    footnoteLabels = labels
  }

  /// The Markdown for a view, ending with one newline.
  ///
  /// - Parameter stamp: a line such as "2026-11-27 16:40 UTC" to print as the generation
  ///   date; without it the output depends only on the case file and the view.
  public func markdown(for view: ExportView, stamp: String? = nil) -> String {
    var first = MarkdownDocument(
      knownAnchors: [:], knownSourceCount: 0, footnoteLabels: footnoteLabels)
    render(view, stamp: stamp, into: &first)
    var second = MarkdownDocument(
      knownAnchors: first.anchors, knownSourceCount: first.citedSources.count,
      footnoteLabels: footnoteLabels)
    render(view, stamp: stamp, into: &second)
    for id in second.citedSources {
      if let source = index.source(id: id) { second.paragraph(footnoteDefinition(source)) }
    }
    return second.text
  }

  /// The events a view lists, in date order (what "Wrote N events" counts).
  public func events(in view: ExportView) -> [Event] {
    switch view {
    case .timeline(let query), .searchResults(let query):
      index.events(matching: query, notebook: notebookSearch)
    case .event(let event): [event]
    case .dossier(let entity): index.events(involving: entity.id)
    case .source(let source): index.citations(of: source.id).events
    }
  }

  /// The people & units a view is about, each in a section of its own before the events:
  /// the dossier's subject, the entities citing a source, or the entities a text search
  /// matches. Actors of the events that are not among them are listed after the events.
  public func entities(in view: ExportView) -> [Entity] {
    switch view {
    case .timeline, .event: []
    case .dossier(let entity): [entity]
    case .source(let source): index.citations(of: source.id).entities
    case .searchResults(let query): index.people(matching: query, notebook: notebookSearch)
    }
  }

  /// The notebook as searches see it, for `is:marked` and the other notebook words.
  private var notebookSearch: NotebookSearch? { notebook.map { NotebookSearch($0, in: index) } }

  /// Whether a view has nothing to show: a filter or search that matches nothing.
  public func isEmpty(_ view: ExportView) -> Bool {
    events(in: view).isEmpty && entities(in: view).isEmpty
  }

  // MARK: Views

  private func render(_ view: ExportView, stamp: String?, into doc: inout MarkdownDocument) {
    let events = events(in: view)
    let primary = entities(in: view)
    var named: [Entity] = []
    var relations: [(from: Entity, relation: Relation)] = []
    if case .dossier(let entity) = view {
      relations =
        entity.relations.map { (from: entity, relation: $0) }
        + index.incomingRelations(to: entity.id)
    } else if case .source(let source) = view {
      relations = index.citations(of: source.id).relations
    }
    for (from, relation) in relations {
      named.append(from)
      if let to = index.entity(id: relation.to) { named.append(to) }
    }
    let others = othersNamed(in: events, besides: primary, alsoNamed: named)

    header(view, events: events, entities: primary.count + others.count, stamp: stamp, into: &doc)
    switch view {
    case .timeline(let query):
      if query.isEmpty, let summary = index.caseFile.summary {
        doc.paragraph(MarkdownText.escape(summary))
      }
      timelineBody(events, title: title(of: view), isFiltered: !query.isEmpty, into: &doc)
      entitySections(others, heading: "People & units", into: &doc)

    case .event(let event):
      eventSection(event, level: 2, into: &doc)
      entitySections(others, heading: "People & units", into: &doc)

    case .dossier(let entity):
      entitySection(entity, level: 2, into: &doc)
      if !relations.isEmpty {
        doc.heading(3, markdown: "Relations")
        relationsTable(relations, subject: entity.id, into: &doc)
      }
      doc.heading(2, markdown: "Events (\(events.count))")
      if events.isEmpty { doc.paragraph("No events in this case file involve them.") }
      for event in events { eventSection(event, level: 3, into: &doc) }
      entitySections(others, heading: "Others named", into: &doc)

    case .source(let source):
      sourceSection(source, into: &doc)
      if events.isEmpty && primary.isEmpty && relations.isEmpty {
        doc.paragraph("Nothing in this case file cites it.")
      }
      if !events.isEmpty {
        doc.heading(2, markdown: "Events citing it (\(events.count))")
        for event in events { eventSection(event, level: 3, into: &doc) }
      }
      entitySections(primary, heading: "People & units citing it (\(primary.count))", into: &doc)
      if !relations.isEmpty {
        doc.heading(2, markdown: "Relations citing it (\(relations.count))")
        relationsTable(relations, subject: nil, into: &doc)
      }
      entitySections(others, heading: "Others named", into: &doc)

    case .searchResults:
      if events.isEmpty && primary.isEmpty { doc.paragraph("Nothing matches this search.") }
      entitySections(primary, heading: "People & units (\(primary.count))", into: &doc)
      if !events.isEmpty {
        doc.heading(2, markdown: "Events (\(events.count))")
        for event in events { eventSection(event, level: 3, into: &doc) }
      }
      entitySections(others, heading: "Others named", into: &doc)
    }
  }

  /// The title, then a short list: the case file, the filter in words, the counts, the stamp.
  private func header(
    _ view: ExportView, events: [Event], entities: Int, stamp: String?,
    into doc: inout MarkdownDocument
  ) {
    doc.heading(1, data: title(of: view))
    let caseTitle = MarkdownText.clean(index.caseFile.title)
    var items = [
      "**Case file:** " + (caseTitle.isEmpty ? "" : "*" + MarkdownText.escape(caseTitle) + "* — ")
        + MarkdownText.escape(caseName)
    ]
    if case .searchResults(let query) = view, !query.text.isEmpty {
      items.append("**Search:** " + MarkdownText.escape(query.text))
    }
    items.append("**Filter:** " + MarkdownText.escape(filter(of: view)))
    let undated = events.filter { $0.when == nil }.count
    var contents = [
      count(events.count, "event", "events") + (events.isEmpty ? "" : " in date order")
    ]
    if undated > 0 { contents[0] += " (\(undated) undated, listed last)" }
    contents.append(count(entities, "person or unit", "people & units"))
    contents.append(count(doc.knownSourceCount, "source", "sources"))
    items.append("**Contents:** " + contents.joined(separator: ", "))
    if let stamp { items.append("**Generated:** " + MarkdownText.escape(stamp)) }
    doc.list(items)
  }

  /// The view's name, used as the document's title.
  public func title(of view: ExportView) -> String {
    switch view {
    case .timeline(let query): query.isEmpty ? "Timeline" : "Timeline: " + query.description
    case .event(let event): "Event: " + event.title
    case .dossier(let entity): "Dossier: " + entity.name
    case .source(let source):
      (source.isArticleReference ? "Reference " + source.refLabel : "Supplementary source") + ": "
        + source.title
    case .searchResults(let query):
      "Search: " + (query.text.isEmpty ? query.description : query.text)
    }
  }

  /// The filter that made the view, in words.
  private func filter(of view: ExportView) -> String {
    switch view {
    case .timeline(let query):
      query.isEmpty ? "none; the whole timeline" : query.description
    case .event(let event): "one event, '\(event.id)'"
    case .dossier(let entity):
      "\(entity.name) (\(entity.kind.rawValue)): who they are, their relations, and the events they take part in"
    case .source(let source):
      "everything in the case file that cites "
        + (source.isArticleReference
          ? "the article's reference " + source.refLabel
          : "the supplementary source '\(source.id)'")
    case .searchResults(let query):
      query.description
        + (query.findsPeople
          ? "; people & units whose names or descriptions match, and events" : "; events only")
    }
  }

  /// Actors of `events` and the entities in `alsoNamed` (relation ends), except those in
  /// `primary`, which have sections of their own; in the index's order (kind, then name).
  private func othersNamed(in events: [Event], besides primary: [Entity], alsoNamed: [Entity])
    -> [Entity]
  {
    var ids = Set(events.flatMap(\.actors))
    ids.formUnion(alsoNamed.map(\.id))
    ids.subtract(primary.map(\.id))
    return index.entitiesByKind.filter { ids.contains($0.id) }
  }

  private func timelineBody(
    _ events: [Event], title: String, isFiltered: Bool, into doc: inout MarkdownDocument
  ) {
    guard !events.isEmpty else {
      doc.paragraph(isFiltered ? "No events match this filter." : "This case file has no events.")
      return
    }
    doc.fenced("mermaid", mermaidTimeline(events, title: title))
    var group: String?
    for event in events {
      let year = event.when.map { String($0.start.year) } ?? "Undated"
      if year != group {
        doc.heading(2, markdown: year)
        group = year
      }
      eventSection(event, level: 3, into: &doc)
    }
  }

  private func entitySections(
    _ entities: [Entity], heading: String, into doc: inout MarkdownDocument
  ) {
    guard !entities.isEmpty else { return }
    doc.heading(2, markdown: heading)
    for entity in entities { entitySection(entity, level: 3, into: &doc) }
  }

  func count(_ n: Int, _ one: String, _ many: String) -> String {
    "\(n) " + (n == 1 ? one : many)
  }
}
