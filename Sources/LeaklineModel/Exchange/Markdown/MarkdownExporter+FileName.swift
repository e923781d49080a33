/// Default file names for exports, derived from the view.
extension MarkdownExporter {
  /// A sensible file name for a view: lower case, accent-free, letters, digits and `-`
  /// only, ending in `.md`: "timeline.md", "timeline-2019-2022.md", "garcia-luna-dossier.md",
  /// "event-allende-massacre.md", "reference-6.md", "search-garcia-luna.md".
  public func defaultFileName(for view: ExportView) -> String {
    let stem: String
    switch view {
    case .timeline(let query):
      stem = query.isEmpty ? "timeline" : "timeline-" + slug(query)
    case .event(let event):
      stem =
        "event-" + nonEmpty(MarkdownText.fileSlug(event.id), or: MarkdownText.fileSlug(event.title))
    case .dossier(let entity):
      stem =
        nonEmpty(MarkdownText.fileSlug(entity.id), or: MarkdownText.fileSlug(entity.name))
        + "-dossier"
    case .source(let source):
      stem =
        source.refs.min().map { "reference-\($0)" } ?? "source-" + MarkdownText.fileSlug(source.id)
    case .searchResults(let query):
      stem = "search-" + slug(query)
    }
    let clean = MarkdownText.fileSlug(stem, limit: 80)
    return (clean.isEmpty ? "export" : clean) + ".md"
  }

  private func nonEmpty(_ text: String, or fallback: String) -> String {
    text.isEmpty ? fallback : text
  }

  /// The query's terms as file-name words: "2019-2022", "garcia-luna", "kind-arrest",
  /// "not-trial"; empty when none has ASCII letters or digits.
  private func slug(_ query: SearchQuery) -> String {
    func words(_ term: SearchQuery.Term) -> String {
      switch term {
      case .word(let w): w
      case .phrase(let p): p
      case .person(let p): p
      case .years(let r):
        if r.lowerBound == r.upperBound {
          "\(r.lowerBound)"
        } else if r.lowerBound <= 1 {
          "to-\(r.upperBound)"
        } else if r.upperBound >= 9999 {
          "from-\(r.lowerBound)"
        } else {
          "\(r.lowerBound)-\(r.upperBound)"
        }
      case .kind(let k): "kind-" + k
      case .tag(let t): "tag-" + t
      case .source(let s): "source-" + s
      case .scope(let s): "scope-" + s.rawValue
      case .status(let s): "status-" + s.rawValue
      case .notebook(let n): n.slug
      }
    }
    let parts = query.required.map(words) + query.excluded.map { "not-" + words($0) }
    return MarkdownText.fileSlug(parts.joined(separator: "-"))
  }
}
