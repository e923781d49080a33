import LeaklineModel

/// `e` in the browser through the model's `MarkdownExporter`, the same one `leakline
/// export` uses, so a view exported from either reads the same.
///
/// The timeline exports as filtered; a filtered People list exports as search results; an
/// event, a dossier and a source export as themselves. The Sources list and the unfiltered
/// People list have no Markdown view of their own, and say what to export instead.
package struct MarkdownViewExporter: ViewExporter {
  /// An exporter; it holds nothing.
  package init() {}

  /// The model's view for `request`, or why there is none.
  package func exportView(for request: ExportRequest, index: CaseIndex) -> Result<
    ExportView, Unavailable
  > {
    switch request {
    case .timeline(let query):
      return .success(.timeline(query ?? SearchQuery(required: [])))
    case .people(let query?) where !query.isEmpty:
      return .success(.searchResults(query))
    case .people:
      return .failure(
        Unavailable(message: "Search (/) or open a dossier (Enter) to export people."))
    case .sources:
      return .failure(
        Unavailable(message: "Open a source (Enter) to export it with everything citing it."))
    case .event(let id):
      guard let event = index.event(id: id) else { return .failure(.missing(id)) }
      return .success(.event(event))
    case .dossier(let id):
      guard let entity = index.entity(id: id) else { return .failure(.missing(id)) }
      return .success(.dossier(entity))
    case .source(let id):
      guard let source = index.source(id: id) else { return .failure(.missing(id)) }
      return .success(.source(source))
    }
  }

  package func markdown(for request: ExportRequest, index: CaseIndex, caseName: String) throws
    -> String
  {
    let view = try exportView(for: request, index: index).get()
    return MarkdownExporter(index: index, caseName: caseName).markdown(for: view)
  }

  package func defaultFileName(for request: ExportRequest, index: CaseIndex, caseName: String)
    -> String
  {
    guard case .success(let view) = exportView(for: request, index: index) else {
      return request.defaultFileName
    }
    return MarkdownExporter(index: index, caseName: caseName).defaultFileName(for: view)
  }

  package func unavailableReason(for request: ExportRequest, index: CaseIndex) -> String? {
    if case .failure(let reason) = exportView(for: request, index: index) { return reason.message }
    return nil
  }

  /// Why a view has no Markdown export.
  package struct Unavailable: Error, Hashable, Sendable, CustomStringConvertible {
    /// What to do instead.
    package var message: String
    package var description: String { message }

    static func missing(_ id: String) -> Unavailable {
      Unavailable(message: "'\(id)' is not in the case file, so there is nothing to export.")
    }
  }
}
