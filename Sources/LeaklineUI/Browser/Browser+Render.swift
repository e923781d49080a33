import LeaklineModel

/// Drawing: a pure function of the state. Only rows on screen are laid out.
extension Browser {
  /// Draws the current state into `buffer` (a blank buffer of the terminal's size).
  package func render(into buffer: inout ScreenBuffer) {
    let layout = BrowserLayout(buffer.size)
    guard !layout.isTooSmall else {
      let size = buffer.size
      let message =
        "Terminal too small (\(size.columns)×\(size.rows)); need at least "
        + "\(BrowserLayout.minimum.columns)×\(BrowserLayout.minimum.rows)"
      buffer.put(TextLayout.truncate(message, toWidth: size.columns), row: 0, column: 0)
      return
    }
    let page = state.page
    renderTitleBar(layout, into: &buffer)
    switch page.kind {
    case .list(.timeline): renderTimeline(page, layout, into: &buffer)
    case .list(let list): renderList(list, page, layout, into: &buffer)
    case .event, .dossier, .source, .notebook:
      if let (document, rect) = document(page, layout: layout) {
        renderDocument(document, page, layout, in: rect, focused: true, into: &buffer)
      } else {
        buffer.put(
          "This record is not in the case file.", row: layout.page.row, column: layout.page.column,
          style: .warning)
      }
    }
    renderStatusLine(page, layout, into: &buffer)
    renderBottomLine(layout, into: &buffer)
    if let scroll = state.helpScroll {
      HelpOverlay.draw(
        for: page.kind.view, scroll: scroll, caseName: caseName, notebook: notebook?.location,
        in: layout.help, into: &buffer)
    }
  }

  /// The document of `page` laid out for `layout` (which may differ from `state.size` if
  /// the backend draws before reporting a resize).
  func document(_ page: Page, layout: BrowserLayout) -> (document: Document, rect: Rect)? {
    var copy = self
    copy.state.size = layout.size
    return copy.document(page)
  }

  /// Every match in the document of `page` laid out for `layout`.
  func documentMatches(_ page: Page, layout: BrowserLayout) -> [(line: Int, columns: Range<Int>)] {
    var copy = self
    copy.state.size = layout.size
    return copy.documentMatches(page)
  }

  // MARK: Title bar

  private func renderTitleBar(_ layout: BrowserLayout, into buffer: inout ScreenBuffer) {
    let width = layout.size.columns
    buffer.fill(row: 0, column: 0, width: width, height: 1, style: .header)
    let current = state.history.last { $0.kind.list != nil }?.kind.list
    let tabs: [(String, ListKind)] = [
      ("1 Timeline", .timeline), ("2 People", .people), ("3 Sources", .sources),
    ]
    let tabsWidth = tabs.reduce(0) { $0 + DisplayWidth.of($1.0) + 2 } + 1
    let title = TerminalSafeText.sanitize(index.caseFile.title)
    let showTabs = width - tabsWidth >= 12 + min(20, DisplayWidth.of(title))
    let titleRoom = width - (showTabs ? tabsWidth : 0) - 1
    // "Leakline" starts the line, so scripts and people find it at column 0.
    var x = buffer.put("Leakline", row: 0, column: 0, maxWidth: titleRoom, style: .header)
    x += buffer.put(
      " · " + TextLayout.truncate(title, toWidth: max(0, titleRoom - x - 3)), row: 0, column: x,
      maxWidth: titleRoom - x, style: .header)
    guard showTabs else { return }
    var column = width - tabsWidth + 1
    for (text, list) in tabs {
      let style = list == current ? Style.header.merging(.selected) : .header
      column += buffer.put(" " + text + " ", row: 0, column: column, style: style)
    }
  }

  // MARK: Timeline

  private func renderTimeline(
    _ page: Page, _ layout: BrowserLayout, into buffer: inout ScreenBuffer
  ) {
    let parts = layout.timeline
    let content = content(.timeline)
    let position = Self.settled(page.list, content: content, height: max(1, parts.list.height))
    let selected =
      content.count == 0 ? nil : index.timeline[content.position(ofItem: position.selection)]
    YearStrip.draw(
      content.years ?? YearCounts.none,
      selected: selected, into: &buffer, row: parts.strip.row, width: parts.strip.width)

    let count =
      content.count == content.total ? "\(content.total)" : "\(content.count) of \(content.total)"
    paneTitle("Events", count, focused: page.focus == .list, in: parts.listTitle, into: &buffer)
    paneTitle("Detail", nil, focused: page.focus == .detail, in: parts.detailTitle, into: &buffer)
    if parts.isSideBySide {
      let column = parts.list.width
      for row in parts.listTitle.row..<(parts.list.row + parts.list.height) {
        buffer.write("│", row: row, column: column, style: .muted)
      }
    }
    var focusedPage = page
    focusedPage.list = position
    renderRows(
      .timeline, content: content, position: position, focused: page.focus == .list, in: parts.list,
      into: &buffer)
    if let (document, rect) = document(focusedPage, layout: layout) {
      renderDocument(
        document, focusedPage, layout, in: rect, focused: page.focus == .detail, into: &buffer)
    } else {
      let message =
        content.total == 0
        ? "This case file has no events." : "No events match; Esc clears the search."
      buffer.put(
        message, row: parts.detail.row, column: parts.detail.column, maxWidth: parts.detail.width,
        style: .muted)
    }
  }

  private func paneTitle(
    _ title: String, _ count: String?, focused: Bool, in rect: Rect, into buffer: inout ScreenBuffer
  ) {
    var x = rect.column
    x += buffer.put(
      " " + title, row: rect.row, column: x, maxWidth: rect.width, style: focused ? .accent : .muted
    )
    if let count {
      x += buffer.put(
        "  " + count, row: rect.row, column: x, maxWidth: rect.column + rect.width - x,
        style: .muted)
    }
    let rule = String(repeating: "─", count: max(0, rect.column + rect.width - x - 1))
    buffer.put(
      " " + rule, row: rect.row, column: x, maxWidth: rect.column + rect.width - x, style: .muted)
  }

  // MARK: Lists

  private func renderList(
    _ list: ListKind, _ page: Page, _ layout: BrowserLayout, into buffer: inout ScreenBuffer
  ) {
    let content = content(list)
    let rect = layout.list
    let position = Self.settled(page.list, content: content, height: max(1, rect.height))
    let count =
      content.count == content.total ? "\(content.total)" : "\(content.count) of \(content.total)"
    paneTitle(list.view.title, count, focused: true, in: layout.listTitle, into: &buffer)
    renderRows(list, content: content, position: position, focused: true, in: rect, into: &buffer)
  }

  private func renderRows(
    _ list: ListKind, content: ListContent, position: ListPosition, focused: Bool, in rect: Rect,
    into buffer: inout ScreenBuffer
  ) {
    guard content.rowCount > 0 else {
      let message =
        content.total == 0
        ? "Nothing here in this case file." : "No \(list.noun) match the search; Esc clears it."
      buffer.put(
        "   " + message, row: rect.row, column: rect.column, maxWidth: rect.width, style: .muted)
      return
    }
    let rowMaker = cache.listRows
    let terms = state.filters[list]?.query.highlightTerms ?? []
    let selectedRow = content.row(ofItem: position.selection)
    let end = min(content.rowCount, position.scroll + rect.height)
    for displayRow in position.scroll..<max(position.scroll, end) {
      let row = rect.row + displayRow - position.scroll
      switch content.row(at: displayRow) {
      case .header(let title, let count):
        buffer.put(
          rowMaker.header(title, count: count, list: list), row: row, column: rect.column,
          maxWidth: rect.width)
      case .item(let itemPosition):
        var spans = rowMaker.row(list, position: itemPosition, width: rect.width)
        if let glyphs = readerGlyphs(listTarget(list, itemPosition)), !spans.isEmpty {
          spans.replaceSubrange(0..<1, with: glyphs)  // the row's three leading spaces
        }
        buffer.put(spans, row: row, column: rect.column, maxWidth: rect.width)
        let isSelected = displayRow == selectedRow
        if isSelected {
          buffer.setStyle(
            focused ? .selected : .unfocusedSelection, row: row, column: rect.column,
            width: rect.width)
        }
        let matches = SearchHighlight.columns(in: spans.map(\.text).joined(), terms: terms)
        let style =
          isSelected
          ? Style.searchMatch.merging(focused ? .selected : .unfocusedSelection) : .searchMatch
        buffer.highlight(matches, row: row, column: rect.column, maxWidth: rect.width, style: style)
      }
    }
  }

  // MARK: Pages

  private func renderDocument(
    _ document: Document, _ page: Page, _ layout: BrowserLayout, in rect: Rect, focused: Bool,
    into buffer: inout ScreenBuffer
  ) {
    let terms = highlightTerms(page)
    // Only the current match (after n or N) needs the list of every match in the page.
    let current = page.document.match.flatMap { match in
      let matches = documentMatches(page, layout: layout)
      return matches.indices.contains(match) ? matches[match] : nil
    }
    let scroll = min(max(0, page.document.scroll), max(0, document.lineCount - rect.height))
    for offset in 0..<min(rect.height, max(0, document.lineCount - scroll)) {
      let number = scroll + offset
      let line = document.line(number)
      let row = rect.row + offset
      buffer.put(line.spans, row: row, column: rect.column, maxWidth: rect.width)
      let isCursor = number == page.document.cursor && line.link != nil
      if isCursor {
        buffer.setStyle(
          focused ? .selected : .unfocusedSelection, row: row, column: rect.column,
          width: rect.width)
      }
      let ranges = SearchHighlight.columns(in: line.text, terms: terms)
      let style = isCursor ? Style.searchMatch.merging(.selected) : .searchMatch
      buffer.highlight(ranges, row: row, column: rect.column, maxWidth: rect.width, style: style)
      if let current, current.line == number {
        buffer.highlight(
          [current.columns], row: row, column: rect.column, maxWidth: rect.width, style: .selected)
      }
    }
  }

  // MARK: Status and footer

  private func renderStatusLine(
    _ page: Page, _ layout: BrowserLayout, into buffer: inout ScreenBuffer
  ) {
    let row = layout.statusRow
    let width = layout.size.columns
    var right = ""
    if let list = page.kind.list, page.focus == .list || list != .timeline {
      let count = content(list).count
      if count > 0 { right = "\(min(page.list.selection, count - 1) + 1)/\(count)" }
    } else if let (document, rect) = document(page, layout: layout), document.lineCount > 0 {
      let first = min(page.document.scroll, max(0, document.lineCount - rect.height)) + 1
      let last = min(document.lineCount, first + rect.height - 1)
      right = "lines \(first)–\(last)/\(document.lineCount)"
    }
    let rightWidth = DisplayWidth.of(right)
    if rightWidth > 0, rightWidth + 2 < width {
      buffer.put(right, row: row, column: width - rightWidth - 1, style: .muted)
    }
    let room = max(0, width - (rightWidth > 0 ? rightWidth + 3 : 1))
    if let error = state.prompt?.error {
      buffer.put(
        " " + TextLayout.truncate(error, toWidth: room - 1), row: row, column: 0, maxWidth: room,
        style: .warning)
      return
    }
    if state.prompt != nil || state.question != nil {
      renderHints(in: state.context, row: row, width: room, into: &buffer)
      return
    }
    if let status = state.status {
      buffer.put(
        " " + TextLayout.truncate(status.text, toWidth: room - 1), row: row, column: 0,
        maxWidth: room, style: status.isWarning ? .warning : .plain)
      return
    }
    if let session = notebook, let problem = session.storeStatus ?? session.readOnlyReason {
      let text = session.storeStatus == nil ? "Read-only notebook: " + problem : problem
      buffer.put(
        " " + TextLayout.truncate(text, toWidth: room - 1), row: row, column: 0, maxWidth: room,
        style: .warning)
      return
    }
    if let list = page.kind.list, let filter = state.filters[list] {
      let text =
        " Search: \(filter.query.description) — \(filter.positions.count) of \(total(list)) \(list.noun) — Esc clears"
      buffer.put(
        TextLayout.truncate(text, toWidth: room), row: row, column: 0, maxWidth: room,
        style: .accent)
      return
    }
    let trail = state.history.suffix(4).map { pageTitle($0.kind) }
    let shown = (state.history.count > 4 ? ["…"] : []) + trail
    buffer.put(
      " " + TextLayout.truncate(shown.joined(separator: " › "), toWidth: room - 1), row: row,
      column: 0, maxWidth: room, style: .muted)
  }

  private func renderBottomLine(_ layout: BrowserLayout, into buffer: inout ScreenBuffer) {
    let row = layout.footerRow
    let width = layout.size.columns
    if let question = state.question {
      let text = " '\(question.path)' already exists. Overwrite it? (y/n)"
      buffer.put(
        TextLayout.truncate(text, toWidth: width), row: row, column: 0, maxWidth: width,
        style: .warning)
      return
    }
    if let prompt = state.prompt {
      renderPrompt(prompt, row: row, width: width, into: &buffer)
      return
    }
    renderHints(in: state.context, row: row, width: width, into: &buffer)
  }

  private func renderPrompt(_ prompt: Prompt, row: Int, width: Int, into buffer: inout ScreenBuffer)
  {
    let label: String
    var info = ""
    var infoStyle = Style.accent
    switch prompt.purpose {
    case .search(let list):
      label = "/"
      let shown = content(list).count
      info = "\(shown) of \(total(list)) \(list.noun)"
      if shown == 0 { infoStyle = .warning }
    case .find:
      label = "Find: "
      if document(state.page) != nil {
        let count = documentMatches(state.page).count
        info = prompt.text.isEmpty ? "" : "\(count) \(count == 1 ? "match" : "matches")"
      }
    case .exportPath:
      label = "Export to: "
    case .note(let target):
      label =
        "Note on " + TextLayout.truncate(recordName(target), toWidth: max(8, width / 4)) + ": "
      info = "Enter saves, Ctrl-E editor"
      infoStyle = .muted
    case .label:
      label = "Label: "
      info = labelCandidates(prompt.text).prefix(6).joined(separator: " ")
      infoStyle = .muted
    case .searchName(let query):
      label = "Save search as: "
      info = query
      infoStyle = .muted
    }
    let infoWidth = min(DisplayWidth.of(info), max(0, width / 2))
    let room = max(1, width - infoWidth - 3 - DisplayWidth.of(label) - 1)
    var text = TerminalSafeText.sanitize(prompt.text)
    while DisplayWidth.of(text) > room, !text.isEmpty { text.removeFirst() }
    var x = buffer.put(label, row: row, column: 0, style: .accent)
    x += buffer.put(text, row: row, column: x, maxWidth: width - x)
    buffer.write(" ", row: row, column: x, style: .selected)  // the cursor
    if infoWidth > 0 {
      buffer.put(
        TextLayout.truncate(info, toWidth: infoWidth), row: row, column: width - infoWidth - 1,
        maxWidth: infoWidth, style: infoStyle)
    }
  }

  private func renderHints(
    in context: CommandContext, row: Int, width: Int, into buffer: inout ScreenBuffer
  ) {
    let hints = Command.hints(in: context)
    // Help and quit always show; the rest fill the space left, in table order.
    let always = hints.filter { $0.label == Command.help.hint || $0.label == Command.quit.hint }
    func widthOf(_ items: [Command.Hint]) -> Int {
      items.reduce(0) { $0 + DisplayWidth.of($1.keys) + 1 + DisplayWidth.of($1.label) + 2 }
    }
    var room = width - 1 - widthOf(always)
    var shown: [Command.Hint] = []
    for hint in hints where !always.contains(hint) {
      let need = widthOf([hint])
      guard need <= room else { break }
      shown.append(hint)
      room -= need
    }
    shown += always
    var x = 1
    for hint in shown {
      x += buffer.put(hint.keys, row: row, column: x, maxWidth: width - x, style: .accent)
      x += buffer.put(" " + hint.label + "  ", row: row, column: x, maxWidth: width - x)
    }
  }
}
