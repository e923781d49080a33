/// Events that arrived together: typing ahead of the search.
extension Browser {
  /// Handles events that arrived together, in order, running a list search only for the
  /// last text of a burst of typing.
  ///
  /// Each key typed into the `/` prompt filters the list. When the backend finds more keys
  /// already waiting (a fast typist, a paste, a slow search at a million events), the
  /// search for a text the next key is about to change is dropped, not run: the screen
  /// shows the filter for what was typed last, and the keys are never held up by searches
  /// nobody will see. The result is the same as handling the events one by one.
  package mutating func handle(batch events: [TerminalEvent]) -> [TerminalEffect] {
    var effects: [TerminalEffect] = []
    for (i, event) in events.enumerated() {
      searchIsDeferred = i + 1 < events.count && Self.editsPrompt(events[i + 1])
      if searchIsPending, !Self.editsPrompt(event) { runPendingSearch() }
      effects += handle(event)
    }
    searchIsDeferred = false
    if searchIsPending { runPendingSearch() }
    return effects
  }

  /// Keys that change a prompt's text when one is open: characters, Backspace, Ctrl-U.
  static func editsPrompt(_ event: TerminalEvent) -> Bool {
    guard case .key(let key) = event else { return false }
    switch key {
    case .character, .backspace, .control("u"): return true
    default: return false
    }
  }

  /// Runs the search a deferred keystroke skipped, for the prompt's text as it is now.
  mutating func runPendingSearch() {
    searchIsPending = false
    guard var prompt = state.prompt, case .search(let list) = prompt.purpose else { return }
    refilter(list, prompt: &prompt)
    state.prompt = prompt
    settle()
  }
}
