import LeaklineModel

/// `m`, `c`, `l` and `S`: the reader's marks, notes, labels and saved searches.
///
/// A change is returned as a `TerminalEffect.appendToNotebook` and applied only when the
/// backend reports that the store's append returned; a failed write says why, and a note
/// comes back in its prompt, so nothing typed is lost.
extension Browser {
  /// The record the notebook keys act on: the list's selected item (the timeline's also
  /// when the detail pane has the focus), the page's record, or the Notebook view's
  /// selected line.
  package func notebookTarget() -> NotebookTarget? {
    let page = state.page
    switch page.kind {
    case .list(let list):
      guard let position = selectedPosition(page, in: content(list)) else { return nil }
      switch list {
      case .timeline: return NotebookTarget(.event, index.timeline[position].id)
      case .people: return NotebookTarget(.entity, index.entitiesByKind[position].id)
      case .sources: return NotebookTarget(.source, index.sourcesInOrder[position].id)
      }
    case .event(let id): return NotebookTarget(.event, id)
    case .dossier(let id): return NotebookTarget(.entity, id)
    case .source(let id): return NotebookTarget(.source, id)
    case .notebook:
      guard let line = page.document.cursor, let (document, _) = document(page),
        document.isLink(line), let link = document.line(line).link
      else { return nil }
      return Self.target(of: link)
    }
  }

  /// The record a link opens, as the notebook names it.
  static func target(of link: Link) -> NotebookTarget? {
    switch link {
    case .event(let id): NotebookTarget(.event, id)
    case .entity(let id): NotebookTarget(.entity, id)
    case .source(let id): NotebookTarget(.source, id)
    case .savedSearch: nil
    }
  }

  /// The page that shows `target`.
  static func page(of target: NotebookTarget) -> PageKind? {
    switch target.kind {
    case .event: .event(target.id)
    case .entity: .dossier(target.id)
    case .source: .source(target.id)
    case .search: nil
    }
  }

  /// A short name for `target` in messages: the record's title, else its id.
  package func recordName(_ target: NotebookTarget) -> String {
    Self.page(of: target).map { pageTitle($0) } ?? target.id
  }

  /// The session and record to write about, or nil after saying why not.
  private mutating func writable(_ doing: String) -> (NotebookSession, NotebookTarget)? {
    guard let session = notebook else {
      state.status = StatusMessage("No notebook is open for this case file.", isWarning: true)
      return nil
    }
    if let reason = session.readOnlyReason {
      state.status = StatusMessage("Read-only notebook: \(reason)", isWarning: true)
      return nil
    }
    guard let target = notebookTarget() else {
      state.status = StatusMessage("Nothing selected to \(doing).")
      return nil
    }
    return (session, target)
  }

  /// `m`: marks the selected record, or takes its mark away.
  mutating func toggleMark() -> [TerminalEffect] {
    guard let (session, target) = writable("mark") else { return [] }
    let operation: NotebookChange.Operation = session.notebook.isMarked(target) ? .unmark : .mark
    return [.appendToNotebook([session.change(operation, on: target)])]
  }

  /// `c`: opens the note prompt.
  mutating func startNote() {
    guard let (_, target) = writable("note") else { return }
    state.prompt = Prompt(purpose: .note(target), text: "", error: nil)
  }

  /// `l`: opens the label prompt.
  mutating func startLabel() {
    guard let (_, target) = writable("label") else { return }
    state.prompt = Prompt(purpose: .label(target), text: "", error: nil)
  }

  /// `S`: opens the prompt naming the timeline's search.
  mutating func startSaveSearch() {
    guard let filter = state.filters[.timeline] else {
      state.status = StatusMessage("Search first (/), then S keeps the search under a name.")
      return
    }
    guard writable("save") != nil else { return }
    state.prompt = Prompt(purpose: .searchName(query: filter.text), text: "", error: nil)
  }

  /// Enter in a notebook prompt: the change to append, or the prompt kept with an error.
  mutating func acceptNotebookPrompt(_ prompt: Prompt) -> [TerminalEffect] {
    guard let session = notebook else { return [] }
    var prompt = prompt
    let typed = prompt.text.trimmingWhitespace
    let change: NotebookChange
    switch prompt.purpose {
    case .note(let target):
      guard !typed.isEmpty else {
        state.prompt = nil
        state.status = StatusMessage("Empty note: nothing saved.")
        return []
      }
      change = session.change(.note, on: target, text: prompt.text)
    case .label(let target):
      if let problem = NotebookLimits.problem(withLabel: typed) {
        prompt.error = "Not a label: \(problem)."
        state.prompt = prompt
        return []
      }
      let has = session.notebook.labels(on: target).contains(typed)
      change = session.change(has ? .unlabel : .label, on: target, label: typed)
    case .searchName(let query):
      if let problem = NotebookLimits.problem(withLabel: typed) {
        prompt.error = "Not a name for a search: \(problem)."
        state.prompt = prompt
        return []
      }
      change = session.change(
        .saveSearch, on: NotebookTarget(.search, typed), text: query, label: typed)
    case .search, .find, .exportPath:
      return []
    }
    if let problem = NotebookLimits.problem(with: change) {
      prompt.error = "Not saved: \(problem)."
      state.prompt = prompt
      return []
    }
    state.prompt = nil
    state.pendingNote = prompt
    return [.appendToNotebook([change])]
  }

  /// The backend's answer to an append.
  mutating func notebookWritten(_ changes: [NotebookChange], error: String?) {
    let prompt = state.pendingNote
    state.pendingNote = nil
    if let error {
      if var prompt {
        prompt.error = "Not saved: \(error) (Enter tries again)"
        state.prompt = prompt
      } else {
        state.status = StatusMessage("Not saved: \(error)", isWarning: true)
      }
      return
    }
    notebook?.apply(changes)
    refreshNotebookFilters()
    if let first = changes.first { state.status = StatusMessage("Saved: " + describe(first)) }
  }

  /// Changes another process (or checker) made, read when the store woke.
  mutating func notebookRead(
    _ changes: [NotebookChange], problems: [NotebookProblem], startsOver: Bool, status: String?
  ) {
    guard var session = notebook else { return }
    let known = Set(session.notebook.changes.map(\.id))
    let fresh = changes.filter { !known.contains($0.id) }
    if startsOver || !fresh.isEmpty { session.apply(changes, startsOver: startsOver) }
    session.storeStatus = status
    session.problems += problems
    notebook = session
    if startsOver || !fresh.isEmpty { refreshNotebookFilters() }
    guard state.prompt == nil, state.status == nil else { return }
    if let problem = problems.first {
      let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
      state.status = StatusMessage("Skipped in the notebook: \(problem)\(more)", isWarning: true)
    } else if let last = fresh.last {
      state.status = StatusMessage(describe(last) + " — by " + last.by)
    }
  }

  /// Searches again the lists whose search has notebook words (`is:marked`, `label:NAME`),
  /// since their answer changed with the notebook; the selection stays on its record.
  mutating func refreshNotebookFilters() {
    for (list, current) in state.filters where current.query.usesNotebook {
      setFilter(filter(list, text: current.text, query: current.query), for: list)
    }
  }

  /// What a change did, for the status line: `marked "Title"`.
  func describe(_ change: NotebookChange) -> String {
    let name = "“" + recordName(change.target) + "”"
    switch change.operation {
    case .mark: return "marked " + name
    case .unmark: return "unmarked " + name
    case .note: return "note on " + name
    case .editNote: return "note edited on " + name
    case .deleteNote: return "note deleted on " + name
    case .label: return "label \(change.label ?? "") on " + name
    case .unlabel: return "label \(change.label ?? "") taken off " + name
    case .saveSearch: return "search saved as \(change.label ?? change.target.id)"
    case .deleteSearch: return "saved search \(change.label ?? change.target.id) deleted"
    }
  }

  /// Tab in the label prompt: completes from the labels already used.
  mutating func completeLabel() {
    guard var prompt = state.prompt, case .label = prompt.purpose else { return }
    let candidates = labelCandidates(prompt.text)
    guard let first = candidates.first else {
      prompt.error = "No label used so far starts with “\(prompt.text)”."
      state.prompt = prompt
      return
    }
    var common = first
    for candidate in candidates.dropFirst() {
      common = String(zip(common, candidate).prefix { $0 == $1 }.map(\.0))
    }
    prompt.text = common
    prompt.error = nil
    state.prompt = prompt
  }

  /// The labels already used that start with `typed`, most used first.
  func labelCandidates(_ typed: String) -> [String] {
    let prefix = typed.trimmingWhitespace
    return (notebook?.notebook.labelCounts ?? []).map(\.label).filter { $0.hasPrefix(prefix) }
  }

  /// Ctrl-E in the note prompt: hands the note to the reader's editor.
  mutating func editNoteInEditor() -> [TerminalEffect] {
    guard var prompt = state.prompt else { return [] }
    guard case .note = prompt.purpose else {
      prompt.error = "Ctrl-E opens your editor for a note (c)."
      state.prompt = prompt
      return []
    }
    return [.editText(prompt.text)]
  }

  /// The editor's answer: the note prompt gets the text back (Enter saves it), or says
  /// why not and keeps what was typed.
  mutating func textEdited(_ text: String?, error: String?) {
    guard var prompt = state.prompt, case .note = prompt.purpose else { return }
    if let text {
      var edited = text
      while edited.last?.isNewline == true { edited.removeLast() }
      prompt.text = edited
      prompt.error = nil
    } else {
      prompt.error = "The editor did not give the note back: \(error ?? "no reason given")."
    }
    state.prompt = prompt
  }

  /// `4`: the Notebook view, where it was left.
  mutating func showNotebook() {
    guard state.page.kind != .notebook else { return }
    if let current = state.page.kind.list { state.remembered[current] = state.page }
    var page = state.history.last { $0.kind == .notebook } ?? Page(.notebook)
    if page.document.cursor == nil, let (document, rect) = document(page) {
      page.document.cursor = document.firstLink(from: 0, to: rect.height)
    }
    push(page)
  }

  /// `b` in the Notebook view: by record, or by label.
  mutating func toggleNotebookGrouping() {
    state.notebookByLabel.toggle()
    state.page.document = DocumentPosition()
    if let (document, rect) = document(state.page) {
      state.page.document.cursor = document.firstLink(from: 0, to: rect.height)
    }
  }

  /// Enter on a saved search: runs it on the timeline.
  mutating func runSavedSearch(_ name: String) {
    guard let saved = notebook?.notebook.savedSearches[name] else {
      state.status = StatusMessage("No saved search named \(name).", isWarning: true)
      return
    }
    do {
      let query = try SearchQuery.parse(saved.query)
      show(.timeline)
      setFilter(filter(.timeline, text: saved.query, query: query), for: .timeline)
      state.status = StatusMessage("Saved search \(name): \(saved.query)")
    } catch {
      state.status = StatusMessage(
        "The saved search \(name) no longer parses: \(error.description)", isWarning: true)
    }
  }
}

extension SearchQuery {
  /// Whether the query asks about the reader's notebook.
  var usesNotebook: Bool {
    (required + excluded).contains { term in
      if case .notebook = term { return true }
      return false
    }
  }
}

extension String {
  /// The text without spaces, tabs and newlines at either end.
  var trimmingWhitespace: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
    return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
  }
}
