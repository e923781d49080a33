import LeaklineModel

/// Where the browser starts when the command line links straight in
/// (`leakline browse --open ID --query TEXT --view LIST`).
package struct StartPoint: Hashable, Sendable {
  /// A record to start on.
  package enum Record: Hashable, Sendable {
    case event(String)
    case entity(String)
    case source(String)

    /// The list the record belongs to.
    var list: ListKind {
      switch self {
      case .event: .timeline
      case .entity: .people
      case .source: .sources
      }
    }
  }

  /// The list to show; without one, the record's list, else the timeline.
  package var view: ListKind?
  /// A search to apply to that list, as typed after `/`.
  package var query: String?
  /// The record to select (an event in the timeline, its detail beside it) or open (a
  /// person, unit or source, on its page, with its list behind it for Esc).
  package var record: Record?
  /// Open the Notebook view on top of the list (`--view notebook`).
  package var opensNotebook: Bool

  /// A start point; every part is optional.
  package init(
    view: ListKind? = nil, query: String? = nil, record: Record? = nil, opensNotebook: Bool = false
  ) {
    self.view = view
    self.query = query
    self.record = record
    self.opensNotebook = opensNotebook
  }

  /// Whether the command line named no place at all (the reader's own place then stands).
  package var isEmpty: Bool { view == nil && query == nil && record == nil && !opensNotebook }
}

extension Browser {
  /// Moves the browser to `start`: the list, then the search, then the record.
  ///
  /// - Throws: the query's parse error, so the command line can report it before the
  ///   terminal is taken over.
  package mutating func start(at start: StartPoint) throws(SearchQueryError) {
    let list = start.view ?? start.record?.list ?? .timeline
    show(list)
    if let text = start.query, !text.isEmpty {
      let query = try SearchQuery.parse(text)
      if !query.isEmpty { setFilter(filter(list, text: text, query: query), for: list) }
    }
    if let record = start.record { startOn(record) }
    if start.opensNotebook { showNotebook() }
    settle()
  }

  private mutating func startOn(_ record: StartPoint.Record) {
    let position: Int?
    switch record {
    case .event(let id): position = index.timelinePosition(of: id)
    case .entity(let id): position = index.entitiesByKind.firstIndex { $0.id == id }
    case .source(let id): position = index.sourcesInOrder.firstIndex { $0.id == id }
    }
    guard let position else { return }
    show(record.list)
    if let item = content(record.list).item(showing: position) {
      state.page.list.selection = item
      state.page.document = DocumentPosition()
    } else if record.list == .timeline {
      state.status = StatusMessage(
        "The event is hidden by the search; Esc clears the search.", isWarning: true)
    }
    settle()
    switch record {
    case .event: return
    case .entity(let id): push(Page(.dossier(id)))
    case .source(let id): push(Page(.source(id)))
    }
    if let (document, rect) = document(state.page) {
      state.page.document.cursor = document.firstLink(from: 0, to: rect.height)
    }
  }
}
