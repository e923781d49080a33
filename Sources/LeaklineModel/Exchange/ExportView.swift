/// What an export shows: one of the views a person builds in the CLI or the browser.
///
/// ```swift
/// let view = ExportView.timeline(years: 2019...2022)
/// let markdown = MarkdownExporter(index: index, caseName: "article.case.json").markdown(for: view)
/// ```
public enum ExportView: Hashable, Sendable {
  /// The timeline: every event the filter matches, in date order, with a Mermaid picture.
  /// An empty query is the whole timeline.
  case timeline(SearchQuery)
  /// One event in full.
  case event(Event)
  /// An entity's dossier: who they are, their relations, and their events.
  case dossier(Entity)
  /// A source in full, with every event, entity and relation that cites it.
  case source(Source)
  /// What a search finds: matching people & units (for a text query) and events.
  case searchResults(SearchQuery)

  /// The whole timeline.
  public static var wholeTimeline: ExportView { .timeline(SearchQuery(required: [])) }

  /// The timeline filtered as `leakline list` filters it: by a year range and/or a person's
  /// name (folded here, so accents and case do not matter).
  public static func timeline(years: ClosedRange<Int>? = nil, person: String? = nil) -> ExportView {
    var terms: [SearchQuery.Term] = []
    if let years { terms.append(.years(years)) }
    if let person { terms.append(SearchQuery.person(person)) }
    return .timeline(SearchQuery(required: terms))
  }
}
