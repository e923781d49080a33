/// Clicks and the wheel, when `--mouse` is on.
extension Browser {
  /// Rows the wheel scrolls per notch.
  static let wheelStep = 3

  mutating func click(_ mouse: MouseEvent) -> [TerminalEffect] {
    guard state.prompt == nil, state.question == nil else { return [] }
    if state.helpScroll != nil {
      switch mouse.kind {
      case .wheelDown: move(.down)
      case .wheelUp: move(.up)
      case .click, .doubleClick: break
      }
      return []
    }
    let layout = BrowserLayout(state.size)
    guard !layout.isTooSmall else { return [] }
    var page = state.page
    let wheel =
      mouse.kind == .wheelUp ? -Self.wheelStep : mouse.kind == .wheelDown ? Self.wheelStep : 0

    if let list = page.kind.list,
      layout.listRect(list).contains(row: mouse.row, column: mouse.column)
    {
      let rect = layout.listRect(list)
      let content = content(list)
      if wheel != 0 {
        page.list.scroll = min(
          max(0, page.list.scroll + wheel), max(0, content.rowCount - rect.height))
        // Keep the selection on screen, as a scrolled list would.
        if content.count > 0 {
          let selected = min(max(0, page.list.selection), content.count - 1)
          let top = page.list.scroll
          let bottom = page.list.scroll + rect.height
          if content.row(ofItem: selected) < top {
            page.list.selection = content.firstItem(atOrBelowRow: top) ?? selected
          } else if content.row(ofItem: selected) >= bottom {
            page.list.selection = content.lastItem(aboveRow: bottom) ?? selected
          } else {
            page.list.selection = selected
          }
        }
        page.document = DocumentPosition()
        state.page = page
        return []
      }
      let row = page.list.scroll + mouse.row - rect.row
      guard let item = content.item(atRow: row) else { return [] }
      if item != page.list.selection { page.document = DocumentPosition() }
      page.list.selection = item
      page.focus = .list
      state.page = page
      if mouse.kind == .doubleClick { open() }
      return []
    }

    guard let (document, rect) = document(page), rect.contains(row: mouse.row, column: mouse.column)
    else {
      return []
    }
    if page.kind.list != nil { page.focus = .detail }
    if wheel != 0 {
      page.document.scroll = min(
        max(0, page.document.scroll + wheel), max(0, document.lineCount - rect.height))
      state.page = page
      return []
    }
    let line = page.document.scroll + mouse.row - rect.row
    guard document.isLink(line) else {
      state.page = page
      return []
    }
    page.document.cursor = line
    state.page = page
    if mouse.kind == .doubleClick { open() }
    return []
  }
}
