import LeaklineModel

/// What the lists and pages hold right now, derived from the state and the index.
extension Browser {
  /// The positions (in the unfiltered list) of the items `list` shows now.
  package func positions(_ list: ListKind) -> [Int] {
    if let filter = state.filters[list] { return filter.positions }
    return Array(0..<total(list))
  }

  /// How many items `list` has without a filter.
  package func total(_ list: ListKind) -> Int {
    switch list {
    case .timeline: index.timeline.count
    case .people: index.entitiesByKind.count
    case .sources: index.sourcesInOrder.count
    }
  }

  /// The display rows of `list` as filtered now.
  package func content(_ list: ListKind) -> ListContent {
    ListContent(list, positions: positions(list), index: index)
  }

  /// The unfiltered position of the selected item of the list page `page`, if any.
  func selectedPosition(_ page: Page, in content: ListContent) -> Int? {
    guard !content.positions.isEmpty else { return nil }
    return content.positions[min(max(0, page.list.selection), content.positions.count - 1)]
  }

  /// The event selected in the timeline page `page`, if any.
  package func selectedEvent(_ page: Page) -> Event? {
    guard page.kind == .list(.timeline) else { return nil }
    return selectedPosition(page, in: content(.timeline)).map { index.timeline[$0] }
  }

  /// The search terms to highlight on `page`: its list's filter, or its find text.
  package func highlightTerms(_ page: Page) -> [String] {
    if let list = page.kind.list { return state.filters[list]?.query.highlightTerms ?? [] }
    return (try? SearchQuery.parse(page.find))?.highlightTerms ?? []
  }

  /// The text `page` shows and where: the timeline's detail pane or a whole page.
  package func document(_ page: Page) -> (document: Document, rect: Rect)? {
    let layout = BrowserLayout(state.size)
    switch page.kind {
    case .list(.timeline):
      guard let event = selectedEvent(page) else { return nil }
      let rect = layout.timeline.detail
      return (Document.event(event, index: index, width: rect.width), rect)
    case .list: return nil
    case .event(let id):
      guard let event = index.event(id: id) else { return nil }
      return (Document.event(event, index: index, width: layout.page.width), layout.page)
    case .dossier(let id):
      guard let entity = index.entity(id: id) else { return nil }
      return (Document.dossier(entity, index: index, width: layout.page.width), layout.page)
    case .source(let id):
      guard let source = index.source(id: id) else { return nil }
      return (Document.source(source, index: index, width: layout.page.width), layout.page)
    }
  }

  /// A short name for a page, for the status line's trail: "Timeline", "García Luna".
  package func pageTitle(_ kind: PageKind) -> String {
    switch kind {
    case .list(let list): list.view.title
    case .event(let id): index.event(id: id)?.title ?? id
    case .dossier(let id): index.entity(id: id)?.name ?? id
    case .source(let id):
      index.source(id: id).map { Document.shortLabel($0) + " " + $0.title } ?? id
    }
  }
}
