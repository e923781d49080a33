/// The part of a case file a view selects, as a case file of its own.
///
/// Every machine format exports the same thing a Markdown export shows: the view's events,
/// the people & units it is about and those its events name, and every source any of them
/// cites, so the result is a valid case file (references resolve) and can be reopened.
enum CaseSubset {
  /// The subset for `view`, in the index's order (events by date, entities by kind and
  /// name, sources by reference number), with what had to be dropped to keep it valid.
  /// The unfiltered timeline is the whole case file, people and sources no event names
  /// included, so saving it loses nothing.
  static func make(_ view: ExportView, exporter: MarkdownExporter) -> (CaseFile, warnings: [String])
  {
    let index = exporter.index
    if case .timeline(let query) = view, query.isEmpty {
      let whole = index.caseFile
      return (
        CaseFile(
          title: whole.title, summary: whole.summary, sources: index.sourcesInOrder,
          entities: index.entitiesByKind, events: index.timeline),
        []
      )
    }
    let events = exporter.events(in: view)
    var entityIDs = Set(events.flatMap(\.actors))
    let primary = exporter.entities(in: view)
    entityIDs.formUnion(primary.map(\.id))
    if case .dossier(let entity) = view {
      entityIDs.formUnion(entity.relations.map(\.to))
      entityIDs.formUnion(index.incomingRelations(to: entity.id).map(\.from.id))
    }
    var dropped = 0
    let entities = index.entitiesByKind.filter { entityIDs.contains($0.id) }.map { entity in
      var kept = entity
      kept.relations = entity.relations.filter { entityIDs.contains($0.to) }
      dropped += entity.relations.count - kept.relations.count
      return kept
    }
    var sourceIDs = Set<String>()
    for event in events {
      sourceIDs.formUnion(event.sources)
      sourceIDs.formUnion(event.discrepancies.flatMap(\.sources))
    }
    for entity in entities {
      sourceIDs.formUnion(entity.sources)
      sourceIDs.formUnion(entity.relations.flatMap(\.sources))
    }
    if case .source(let source) = view { sourceIDs.insert(source.id) }
    let sources = index.sourcesInOrder.filter { sourceIDs.contains($0.id) }
    let whole = index.caseFile
    let title = whole.title + " — " + exporter.title(of: view)
    var warnings: [String] = []
    warnings.warn(
      dropped, "relation to people or units outside this view was",
      "relations to people or units outside this view were",
      "left out: the exported case holds only what the view shows.")
    return (
      CaseFile(
        title: title, summary: whole.summary, sources: sources, entities: entities, events: events),
      warnings
    )
  }
}
