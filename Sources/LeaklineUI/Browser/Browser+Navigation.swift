import LeaklineModel

/// Moving within a view, opening things and going back.
extension Browser {
  /// A movement of the selection or the text.
  enum Movement {
    case down, up, pageDown, pageUp, first, last
  }

  /// The most history entries kept; the oldest go first.
  static let historyLimit = 200

  mutating func move(_ movement: Movement) {
    if let scroll = state.helpScroll {
      let step = max(1, BrowserLayout(state.size).help.height - 3)
      switch movement {
      case .down: state.helpScroll = scroll + 1
      case .up: state.helpScroll = scroll - 1
      case .pageDown: state.helpScroll = scroll + step
      case .pageUp: state.helpScroll = scroll - step
      case .first: state.helpScroll = 0
      case .last: state.helpScroll = Int.max / 2
      }
      return
    }
    var page = state.page
    if let list = page.kind.list, page.focus == .list || list != .timeline {
      moveSelection(&page, list: list, movement)
    } else {
      moveInDocument(&page, movement)
    }
    state.page = page
  }

  private func moveSelection(_ page: inout Page, list: ListKind, _ movement: Movement) {
    let count = content(list).count
    guard count > 0 else { return }
    let height = max(1, BrowserLayout(state.size).listRect(list).height)
    let old = page.list.selection
    var selection = old
    switch movement {
    case .down: selection += 1
    case .up: selection -= 1
    case .pageDown: selection += max(1, height - 1)
    case .pageUp: selection -= max(1, height - 1)
    case .first: selection = 0
    case .last: selection = count - 1
    }
    page.list.selection = min(max(0, selection), count - 1)
    if page.list.selection != old { page.document = DocumentPosition() }
  }

  /// Moves among links, scrolling when the next link is not on screen.
  private func moveInDocument(_ page: inout Page, _ movement: Movement) {
    guard let (document, rect) = document(page) else { return }
    let height = max(1, rect.height)
    let maxScroll = max(0, document.lineCount - height)
    var position = page.document
    position.match = nil
    func firstVisibleLink() -> Int? {
      document.firstLink(from: position.scroll, to: position.scroll + height)
    }
    func lastVisibleLink() -> Int? {
      document.lastLink(from: position.scroll, to: position.scroll + height)
    }
    switch movement {
    case .down:
      let from = position.cursor ?? (position.scroll - 1)
      let next = document.firstLink(from: from + 1, to: document.lineCount)
      if let next, next < position.scroll + height {
        position.cursor = next
      } else if position.scroll < maxScroll {
        position.scroll += 1
        if let next, next < position.scroll + height { position.cursor = next }
      }
    case .up:
      let from = position.cursor ?? (position.scroll + height)
      let previous = document.lastLink(from: 0, to: from)
      if let previous, previous >= position.scroll {
        position.cursor = previous
      } else if position.scroll > 0 {
        position.scroll -= 1
        if let previous, previous >= position.scroll { position.cursor = previous }
      }
    case .pageDown:
      position.scroll = min(maxScroll, position.scroll + max(1, height - 1))
      position.cursor = firstVisibleLink()
    case .pageUp:
      position.scroll = max(0, position.scroll - max(1, height - 1))
      position.cursor = firstVisibleLink()
    case .first:
      position.scroll = 0
      position.cursor = firstVisibleLink()
    case .last:
      position.scroll = maxScroll
      position.cursor = lastVisibleLink()
    }
    if let cursor = position.cursor, cursor < position.scroll || cursor >= position.scroll + height
    {
      position.cursor = nil
    }
    page.document = position
  }

  mutating func switchPane() {
    guard state.page.kind == .list(.timeline) else { return }
    var page = state.page
    guard page.focus == .list else {
      page.focus = .list
      state.page = page
      return
    }
    guard let (document, rect) = document(page) else {
      state.status = StatusMessage("No event selected; the detail pane is empty.")
      return
    }
    page.focus = .detail
    if page.document.cursor == nil {
      page.document.cursor = document.firstLink(
        from: page.document.scroll, to: page.document.scroll + rect.height)
    }
    state.page = page
  }

  mutating func jumpYear(by step: Int) {
    var page = state.page
    guard page.kind == .list(.timeline) else { return }
    let content = content(.timeline)
    guard content.count > 0 else { return }
    // The current group is the last one starting at or before the selection.
    let starts = content.groups
    let current = starts.lastIndex { $0.firstItem <= page.list.selection } ?? 0
    let target = current + step
    guard starts.indices.contains(target) else {
      state.status = StatusMessage(
        step < 0 ? "No earlier year with events." : "No later year with events.")
      return
    }
    page.list.selection = starts[target].firstItem
    page.document = DocumentPosition()
    state.page = page
  }

  mutating func typeReference(_ digit: Character) {
    let typed = state.typedReference + String(digit)
    let candidates = [typed, String(digit)]
    for text in candidates {
      guard let number = Int(text), let source = index.source(ref: number) else { continue }
      state.typedReference = text
      selectSource(source, asked: number)
      return
    }
    state.typedReference = ""
    state.status = StatusMessage("The article has no reference [\(typed)].", isWarning: true)
  }

  private mutating func selectSource(_ source: Source, asked number: Int) {
    guard let position = index.sourcesInOrder.firstIndex(where: { $0.id == source.id }) else {
      return
    }
    guard let selection = content(.sources).item(showing: position) else {
      state.status = StatusMessage(
        "Reference [\(number)] is hidden by the filter; Esc clears it.", isWarning: true)
      return
    }
    state.page.list.selection = selection
    let others = source.refs.filter { $0 != number }.map { "[\($0)]" }
    state.status = StatusMessage(
      "Reference [\(number)]"
        + (others.isEmpty ? "" : ", the same source as " + others.joined(separator: ", ")))
  }

  mutating func open() {
    let page = state.page
    let target: PageKind?
    switch page.kind {
    case .list(let list) where list != .timeline || page.focus == .list:
      let content = content(list)
      guard let position = selectedPosition(page, in: content) else {
        state.status = StatusMessage("Nothing to open: the list is empty.")
        return
      }
      switch list {
      case .timeline: target = .event(index.timeline[position].id)
      case .people: target = .dossier(index.entitiesByKind[position].id)
      case .sources: target = .source(index.sourcesInOrder[position].id)
      }
    default:
      guard let line = page.document.cursor, let (document, _) = document(page),
        document.isLink(line), let link = document.line(line).link
      else {
        state.status = StatusMessage("Nothing selected to open; move to a link with ↓ or j.")
        return
      }
      switch link {
      case .event(let id): target = .event(id)
      case .entity(let id): target = .dossier(id)
      case .source(let id): target = .source(id)
      case .savedSearch(let name):
        runSavedSearch(name)
        return
      }
    }
    guard let target else { return }
    var next = Page(target)
    // Carry the search along, so its words stay highlighted and n/N find them.
    next.find = page.kind.list.flatMap { state.filters[$0]?.text } ?? page.find
    if let (document, rect) = document(next) {
      next.document.cursor = document.firstLink(from: 0, to: rect.height)
    }
    push(next)
  }

  mutating func push(_ page: Page) {
    state.history.append(page)
    if state.history.count > Self.historyLimit { state.history.removeFirst() }
  }

  mutating func back() {
    if state.helpScroll != nil {
      state.helpScroll = nil
      return
    }
    if state.history.count > 1 {
      let leaving = state.history.removeLast()
      if let list = leaving.kind.list { state.remembered[list] = leaving }
      return
    }
    if let list = state.page.kind.list, state.filters[list] != nil {
      setFilter(nil, for: list)
      state.status = StatusMessage("Search cleared.")
      return
    }
    state.status = StatusMessage("This is where you started; q quits.")
  }

  mutating func show(_ list: ListKind) {
    guard state.page.kind != .list(list) else { return }
    if let current = state.page.kind.list { state.remembered[current] = state.page }
    let previous = state.history.last { $0.kind == .list(list) } ?? state.remembered[list]
    push(previous ?? Page(.list(list)))
  }

  /// Keeps every position of the page on screen valid for the current size and filter.
  mutating func settle() {
    let layout = BrowserLayout(state.size)
    if let scroll = state.helpScroll {
      let lines = HelpOverlay.lines(
        for: state.page.kind.view, width: layout.help.width - 4, notebook: notebook?.location
      ).count
      state.helpScroll = min(max(0, scroll), max(0, lines - max(1, layout.help.height - 2)))
    }
    var page = state.page
    if let list = page.kind.list {
      let content = content(list)
      let height = max(1, layout.listRect(list).height)
      page.list = Self.settled(page.list, content: content, height: height)
      if list == .timeline, content.count == 0 { page.focus = .list }
    }
    if let (document, rect) = document(page) {
      let height = max(1, rect.height)
      var position = page.document
      position.scroll = min(max(0, position.scroll), max(0, document.lineCount - height))
      if let cursor = position.cursor,
        !document.isLink(cursor)
          || cursor < position.scroll || cursor >= position.scroll + height
      {
        position.cursor = nil
      }
      page.document = position
    }
    state.page = page
  }

  /// `position` with its selection inside the list and on screen.
  static func settled(_ position: ListPosition, content: ListContent, height: Int) -> ListPosition {
    var result = position
    guard content.count > 0 else { return ListPosition() }
    result.selection = min(max(0, result.selection), content.count - 1)
    let row = content.row(ofItem: result.selection)
    if row < result.scroll { result.scroll = row }
    if row >= result.scroll + height { result.scroll = row - height + 1 }
    // Show a group's heading with its first item.
    if row == result.scroll, height > 1, content.isHeader(row: row - 1) {
      result.scroll = row - 1
    }
    result.scroll = min(max(0, result.scroll), max(0, content.rowCount - height))
    return result
  }
}
