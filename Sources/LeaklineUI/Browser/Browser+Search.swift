import LeaklineModel

/// The `/` prompt: live filtering of lists, finding in pages, and `n`/`N`.
extension Browser {
  mutating func openSearch() {
    let page = state.page
    if let list = page.kind.list {
      let filter = state.filters[list]
      state.prompt = Prompt(
        purpose: .search(list), text: filter?.text ?? "", error: nil, pageBefore: page,
        filterBefore: filter)
    } else {
      state.prompt = Prompt(
        purpose: .find, text: page.find, error: nil, pageBefore: page, filterBefore: nil)
    }
  }

  /// Types `character` into the open prompt.
  mutating func type(_ character: Character) {
    editPrompt { $0.append(character) }
  }

  mutating func deleteBackward() {
    editPrompt { text in
      if !text.isEmpty { text.removeLast() }
    }
  }

  /// Changes the prompt's text and, for a search, re-filters at once.
  mutating func editPrompt(_ edit: (inout String) -> Void) {
    guard var prompt = state.prompt else { return }
    edit(&prompt.text)
    prompt.error = nil
    switch prompt.purpose {
    case .search(let list):
      if state.page.kind == .list(list),
        let selected = selectedPosition(state.page, in: content(list))
      {
        prompt.anchor = selected
      }
      if searchIsDeferred {
        searchIsPending = true
      } else {
        refilter(list, prompt: &prompt)
      }
    case .find:
      do {
        _ = try SearchQuery.parse(prompt.text)
      } catch {
        prompt.error = error.description
      }
      state.page.find = prompt.text
      state.page.document.match = nil
    case .exportPath, .note, .label, .searchName:
      break
    }
    state.prompt = prompt
  }

  /// Searches `list` for the prompt's text and shows the result as its filter; a text
  /// that does not parse keeps the last good filter on screen and shows the error.
  mutating func refilter(_ list: ListKind, prompt: inout Prompt) {
    searchIsPending = false
    cache.observer?.browserMade(.search)
    do {
      let query = try SearchQuery.parse(prompt.text)
      setFilter(
        query.isEmpty ? nil : filter(list, text: prompt.text, query: query), for: list,
        anchor: prompt.anchor)
    } catch {
      prompt.error = error.description
    }
  }

  /// A filter for `list` with its matching positions.
  func filter(_ list: ListKind, text: String, query: SearchQuery) -> ListFilter {
    // The notebook words (is:marked, label:NAME, …) are answered from the notebook as it is.
    let book = notebook.map { NotebookSearch($0.notebook, in: index) }
    let positions: [Int] =
      switch list {
      case .timeline: index.search.eventPositions(matching: query, in: index, notebook: book)
      case .people: index.search.entityPositions(matching: query, notebook: book)
      case .sources: index.search.sourcePositions(matching: query, notebook: book)
      }
    return ListFilter(text: text, query: query, content: cache.content(list, showing: positions))
  }

  /// Replaces `list`'s filter, keeping the selection on the same item when it still shows,
  /// else on the next one after it.
  mutating func setFilter(_ filter: ListFilter?, for list: ListKind, anchor: Int? = nil) {
    let page = state.page
    let selected =
      page.kind == .list(list) ? selectedPosition(page, in: content(list)) ?? anchor : nil
    state.filters[list] = filter
    guard page.kind == .list(list) else { return }
    let shown = content(list)
    var selection = 0
    if let selected {
      selection = shown.firstItem(atOrAfterPosition: selected) ?? max(0, shown.count - 1)
    }
    if selection != page.list.selection || shown.count == 0 {
      state.page.document = DocumentPosition()
    }
    state.page.list.selection = selection
  }

  mutating func acceptPrompt() -> [TerminalEffect] {
    guard let prompt = state.prompt else { return [] }
    switch prompt.purpose {
    case .search(let list):
      if let error = prompt.error {
        state.status = StatusMessage(error, isWarning: true)
        return []
      }
      state.prompt = nil
      if let filter = state.filters[list], filter.positions.isEmpty {
        state.status = StatusMessage(
          "No \(list.noun) match; Esc clears the search.", isWarning: true)
      }
      return []
    case .find:
      state.prompt = nil
      let terms = highlightTerms(state.page)
      if !terms.isEmpty, document(state.page) != nil {
        let count = documentMatches(state.page).count
        state.status = StatusMessage(
          count == 0
            ? "No matches on this page."
            : "\(count) \(count == 1 ? "match" : "matches"); n and N step through them.")
      }
      return []
    case .exportPath(let request):
      return writeExport(request, to: prompt.text)
    case .note, .label, .searchName:
      return acceptNotebookPrompt(prompt)
    }
  }

  mutating func cancelPrompt() {
    guard let prompt = state.prompt else { return }
    state.prompt = nil
    switch prompt.purpose {
    case .search(let list):
      if prompt.filterBefore == nil, let before = prompt.pageBefore {
        state.filters[list] = nil
        state.page = before
      } else {
        setFilter(nil, for: list)
      }
    case .find:
      state.page.find = ""
      state.page.document.match = nil
    case .exportPath:
      state.status = StatusMessage("Export cancelled.")
    case .note:
      state.status = StatusMessage("Note not saved.")
    case .label, .searchName:
      state.status = StatusMessage("Nothing saved.")
    }
  }

  /// Moves to the next (`step` 1) or previous (-1) match of the search in the detail text.
  mutating func stepMatch(by step: Int) {
    let page = state.page
    let terms = highlightTerms(page)
    guard !terms.isEmpty else {
      state.status = StatusMessage("No search to step through; press / to search.")
      return
    }
    guard let (_, rect) = document(page) else { return }
    let matches = documentMatches(page)
    guard !matches.isEmpty else {
      state.status = StatusMessage("No matches in this text.")
      return
    }
    var position = page.document
    let next: Int
    if let current = position.match, matches.indices.contains(current) {
      next = (current + step + matches.count) % matches.count
    } else if step > 0 {
      next = matches.firstIndex { $0.line >= position.scroll } ?? 0
    } else {
      next = matches.lastIndex { $0.line < position.scroll + rect.height } ?? (matches.count - 1)
    }
    position.match = next
    let line = matches[next].line
    let height = max(1, rect.height)
    if line < position.scroll || line >= position.scroll + height {
      position.scroll = max(0, line - height / 3)
    }
    state.page.document = position
    state.status = StatusMessage("Match \(next + 1) of \(matches.count)")
  }
}
