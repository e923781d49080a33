import LeaklineModel

/// Where the reader left a case file: the view, the selected record, the open page and
/// the searches. Kept beside the notebook (never in the case file) and restored when the
/// browser opens that case again.
package struct ReadingPlace: Codable, Hashable, Sendable {
  /// The format version; a place of another version is ignored.
  package var version = 1
  /// The list or view on screen: `timeline`, `people`, `sources` or `notebook`.
  package var view: String
  /// The selected record of that list, as `kind:id`.
  package var selected: String?
  /// The record page open over the list, as `kind:id`.
  package var page: String?
  /// Each list's search, as typed, by list.
  package var searches: [String: String] = [:]

  /// A place; see the properties.
  package init(
    view: String, selected: String? = nil, page: String? = nil, searches: [String: String] = [:]
  ) {
    self.view = view
    self.selected = selected
    self.page = page
    self.searches = searches
  }
}

extension Browser {
  /// Where the reader is now, to keep when the browser quits.
  package var readingPlace: ReadingPlace {
    let listPage = state.history.last { $0.kind.list != nil } ?? Page(.list(.timeline))
    let list = listPage.kind.list ?? .timeline
    var place = ReadingPlace(view: state.page.kind == .notebook ? "notebook" : list.rawValue)
    if let position = selectedPosition(listPage, in: content(list)) {
      place.selected = listTarget(list, position).description
    }
    switch state.page.kind {
    case .event(let id): place.page = NotebookTarget(.event, id).description
    case .dossier(let id): place.page = NotebookTarget(.entity, id).description
    case .source(let id): place.page = NotebookTarget(.source, id).description
    case .list, .notebook: break
    }
    for (kind, filter) in state.filters { place.searches[kind.rawValue] = filter.text }
    return place
  }

  /// Goes back to `place`; what no longer exists (a record, a search that no longer
  /// parses) is left out, never an error.
  package mutating func restore(_ place: ReadingPlace) {
    guard place.version == 1 else { return }
    for (name, text) in place.searches {
      guard let list = ListKind(rawValue: name), let query = try? SearchQuery.parse(text),
        !query.isEmpty
      else { continue }
      state.filters[list] = filter(list, text: text, query: query)
    }
    let list = ListKind(rawValue: place.view) ?? .timeline
    var page = Page(.list(list))
    if let selected = place.selected.flatMap(NotebookTarget.init),
      let position = position(of: selected, in: list),
      let item = content(list).item(showing: position)
    {
      page.list.selection = item
      page.list.scroll = max(0, content(list).row(ofItem: item) - 2)
    }
    state.history = [page]
    if place.view == "notebook" {
      showNotebook()
    } else if let target = place.page.flatMap(NotebookTarget.init),
      let kind = Self.page(of: target), index.contains(target)
    {
      push(Page(kind))
    }
    settle()
  }

  /// The position of `target` in the unfiltered `list`, if it is there.
  private func position(of target: NotebookTarget, in list: ListKind) -> Int? {
    switch (list, target.kind) {
    case (.timeline, .event): index.timeline.firstIndex { $0.id == target.id }
    case (.people, .entity): index.entitiesByKind.firstIndex { $0.id == target.id }
    case (.sources, .source): index.sourcesInOrder.firstIndex { $0.id == target.id }
    default: nil
    }
  }
}
