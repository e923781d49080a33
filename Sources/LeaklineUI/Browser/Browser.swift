import LeaklineModel

/// The full-screen case-file browser: a pure state machine the terminal backend drives.
///
/// `handle(_:)` maps each key through the one command table (`Command`) to a change of
/// `state` and returns effects as data; `render(into:)` draws `state` and nothing else. No
/// terminal, clock or file system is touched here, so every behaviour is a unit test.
///
/// ```swift
/// var browser = Browser(index: CaseIndex(caseFile), caseName: "article.case.json")
/// _ = browser.handle(.resized(Size(columns: 100, rows: 30)))
/// _ = browser.handle(.key(.character("/")))   // search prompt
/// var screen = ScreenBuffer(size: browser.state.size)
/// browser.render(into: &screen)
/// ```
///
/// The backend sends `.resized` first, then keys (and mouse events when `wantsMouse`), and
/// performs the returned effects: `.quit(status:)` and `.writeFile(…)`, whose outcome comes
/// back as `.fileWritten(path:error:)`.
package struct Browser: TerminalProgram {
  /// The case file being browsed.
  package let index: CaseIndex
  /// How the case file is named in messages and exports (the path, or the built-in name).
  package let caseName: String
  /// Turns the view on screen into Markdown for `e`; `nil` when this build cannot export.
  package var exporter: (any ViewExporter)?
  /// The reader's notebook; nil when the browser runs without one (it then says so when
  /// `m`, `c` or `l` is pressed).
  package var notebook: NotebookSession?
  /// Everything on screen.
  package var state: BrowserState
  /// What is worked out from the case file once (list groups, page layouts), shared by
  /// copies of this browser and never part of `state`.
  package let cache: BrowserCache
  /// Set by ``handle(batch:)`` while the next event will type into the prompt again.
  var searchIsDeferred = false
  /// A typed text not yet searched, because more typing followed in the same batch.
  var searchIsPending = false

  /// Opens the browser on the timeline.
  ///
  /// - Parameters:
  ///   - index: the loaded case file.
  ///   - caseName: the file's name for messages and exports.
  ///   - mouse: capture the mouse (off by default so the terminal's selection works).
  ///   - exporter: what `e` uses to export; without one `e` says export is not available.
  ///   - observer: hears of each costly thing made (tests and the benchmark count them);
  ///     `nil`, the default, costs nothing.
  ///   - notebook: the reader's notebook, read from its store.
  package init(
    index: CaseIndex, caseName: String, mouse: Bool = false, exporter: (any ViewExporter)? = nil,
    observer: (any BrowserObserver)? = nil, notebook: NotebookSession? = nil
  ) {
    self.index = index
    self.caseName = caseName
    self.exporter = exporter
    self.notebook = notebook
    cache = BrowserCache(index: index, observer: observer)
    state = BrowserState()
    state.isMouseEnabled = mouse
  }

  /// Whether the backend should capture the mouse.
  package var wantsMouse: Bool { state.isMouseEnabled }

  /// Works out now what the first frames would otherwise work out (every list's groups
  /// and row widths). Call it before the terminal is taken over, so that at a million
  /// events no frame pays for it; the screens are the same either way.
  package func prepare() { cache.prepare() }

  /// Updates the state for `event` and returns the effects to perform, in order.
  package mutating func handle(_ event: TerminalEvent) -> [TerminalEffect] {
    var effects: [TerminalEffect] = []
    switch event {
    case .resized(let size):
      state.size = Size(columns: max(0, size.columns), rows: max(0, size.rows))
    case .key(let key):
      state.status = nil
      effects = press(key)
    case .mouse(let mouse):
      guard state.isMouseEnabled else { break }
      state.status = nil
      effects = click(mouse)
    case .fileWritten(let path, let error):
      fileWritten(path: path, error: error)
    case .notebookWritten(let changes, let error):
      notebookWritten(changes, error: error)
    case .notebookRead(let changes, let problems, let startsOver, let status):
      notebookRead(changes, problems: problems, startsOver: startsOver, status: status)
    case .textEdited(let text, let error):
      textEdited(text, error: error)
    case .urlOpened(let url, let error):
      urlOpened(url: url, error: error)
    }
    settle()
    return effects
  }

  /// Runs the command bound to `key` where the user is, or types it into a prompt.
  mutating func press(_ key: Key) -> [TerminalEffect] {
    let context = state.context
    guard let command = Command.command(for: key, in: context) else {
      if context == .prompt, case .character(let character) = key {
        type(character)
      }
      if context != .view(.sources) { state.typedReference = "" }
      return []
    }
    if command != .jumpToReference { state.typedReference = "" }
    return perform(command, key: key)
  }

  /// Does what `command` says; `key` is the key that asked for it (digits need it).
  mutating func perform(_ command: Command, key: Key) -> [TerminalEffect] {
    switch command {
    case .moveDown: move(.down)
    case .moveUp: move(.up)
    case .pageDown: move(.pageDown)
    case .pageUp: move(.pageUp)
    case .first: move(.first)
    case .last: move(.last)
    case .nextPane, .previousPane: switchPane()
    case .previousYear: jumpYear(by: -1)
    case .nextYear: jumpYear(by: 1)
    case .jumpToReference:
      if case .character(let digit) = key { typeReference(digit) }
    case .open: open()
    case .back: back()
    case .showTimeline: show(.timeline)
    case .showPeople: show(.people)
    case .showSources: show(.sources)
    case .showNotebook: showNotebook()
    case .search: openSearch()
    case .nextMatch: stepMatch(by: 1)
    case .previousMatch: stepMatch(by: -1)
    case .export: startExport()
    case .mark: return toggleMark()
    case .note: startNote()
    case .label: startLabel()
    case .saveSearch: startSaveSearch()
    case .groupNotebook: toggleNotebookGrouping()
    case .completeInput: completeLabel()
    case .editInEditor: return editNoteInEditor()
    case .openSource: return openSourceURL()
    case .copySourceURL: return copySourceURL()
    case .copyCitation: return copySourceCitation()
    case .help: state.helpScroll = state.helpScroll == nil ? 0 : nil
    case .quit: return [.quit(status: 0)]
    case .acceptInput: return acceptPrompt()
    case .cancelInput: cancelPrompt()
    case .deleteBackward: deleteBackward()
    case .clearInput: editPrompt { $0 = "" }
    case .confirm: return confirmOverwrite()
    case .decline: declineOverwrite()
    }
    return []
  }
}
