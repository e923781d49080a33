/// Everything a user can ask the browser to do, with its keys and where it applies.
///
/// This is the browser's one table of keys. Key dispatch (`command(for:in:)`), the `?`
/// help overlay, the footer hints and `docs/keys.md` are all generated from it, so they
/// cannot drift apart. Order matters: when two commands share a key in a context, the
/// earlier one wins (digits type reference numbers in Sources before they switch views),
/// and help shows only the keys that really reach each command.
///
/// ```swift
/// Command.command(for: .character("j"), in: .view(.timeline))  // .moveDown
/// Command.moveDown.title                                        // "Next row or link"
/// ```
package enum Command: CaseIterable, Hashable, Sendable {
  case moveDown
  case moveUp
  case pageDown
  case pageUp
  case first
  case last
  case nextPane
  case previousPane
  case previousYear
  case nextYear
  case jumpToReference
  case open
  case back
  case showTimeline
  case showPeople
  case showSources
  case showNotebook
  case search
  case nextMatch
  case previousMatch
  case export
  case mark
  case note
  case label
  case saveSearch
  case groupNotebook
  case openSource
  case copySourceURL
  case copyCitation
  case help
  case quit
  case acceptInput
  case cancelInput
  case deleteBackward
  case clearInput
  case completeInput
  case editInEditor
  case confirm
  case decline

  /// Groups of commands, in the order the help overlay and docs show them.
  package enum Section: String, CaseIterable, Hashable, Sendable {
    case moving = "Moving"
    case opening = "Opening and going back"
    case searching = "Search and export"
    case notebook = "Your notebook"
    case sources = "Sources: open and copy"
    case typing = "In a prompt"
    case other = "Other"
  }

  /// What the command does, as a short sentence fragment for help and docs.
  package var title: String {
    switch self {
    case .moveDown: "Next row; in a page, next link (or scroll)"
    case .moveUp: "Previous row; in a page, previous link (or scroll)"
    case .pageDown: "Page down"
    case .pageUp: "Page up"
    case .first: "First row, or top of the page"
    case .last: "Last row, or end of the page"
    case .nextPane: "Switch between list and detail"
    case .previousPane: "Switch between detail and list"
    case .previousYear: "Previous year with events"
    case .nextYear: "Next year with events"
    case .jumpToReference: "Jump to the article's reference number"
    case .open: "Open the selected event, entity, source or link"
    case .back: "Go back to exactly where you were; close help"
    case .showTimeline: "Timeline"
    case .showPeople: "People & units"
    case .showSources: "Sources"
    case .showNotebook: "Notebook"
    case .search: "Search: filter the list (find in a page)"
    case .nextMatch: "Next match in the detail text"
    case .previousMatch: "Previous match in the detail text"
    case .export: "Export this view to Markdown"
    case .mark: "Mark or unmark the selected record"
    case .note: "Write a note on the selected record"
    case .label: "Add or remove a label (Tab completes)"
    case .saveSearch: "Save the timeline's search under a name"
    case .groupNotebook: "Notebook by record or by label"
    case .openSource: "Open the source's URL in your web browser ($BROWSER, else xdg-open)"
    case .copySourceURL: "Copy the source's URL to the clipboard (OSC 52)"
    case .copyCitation: "Copy the source's citation to the clipboard (OSC 52)"
    case .help: "Show or hide this help"
    case .quit: "Quit"
    case .acceptInput: "Keep the search, or write the export"
    case .cancelInput: "Cancel; a search is cleared"
    case .deleteBackward: "Delete the last character"
    case .clearInput: "Clear the prompt"
    case .completeInput: "Complete a label from those already used"
    case .editInEditor: "Write the note in your editor ($VISUAL or $EDITOR)"
    case .confirm: "Yes (overwrite the file)"
    case .decline: "No"
    }
  }

  /// The keys bound to the command, in the order help shows them.
  package var keys: [Key] {
    switch self {
    case .moveDown: [.down, .character("j")]
    case .moveUp: [.up, .character("k")]
    case .pageDown: [.pageDown, .character(" ")]
    case .pageUp: [.pageUp]
    case .first: [.character("g"), .home]
    case .last: [.character("G"), .end]
    case .nextPane: [.tab]
    case .previousPane: [.backTab]
    case .previousYear: [.character("[")]
    case .nextYear: [.character("]")]
    case .jumpToReference: (0...9).map { .character(Character(String($0))) }
    case .open: [.enter]
    case .back: [.escape, .backspace]
    case .showTimeline: [.character("1"), .character("t")]
    case .showPeople: [.character("2"), .character("p")]
    case .showSources: [.character("3"), .character("s")]
    case .showNotebook: [.character("4"), .character("b")]
    case .search: [.character("/")]
    case .nextMatch: [.character("n")]
    case .previousMatch: [.character("N")]
    case .export: [.character("e")]
    case .mark: [.character("m")]
    case .note: [.character("c")]
    case .label: [.character("l")]
    case .saveSearch: [.character("S")]
    case .groupNotebook: [.character("v")]
    case .openSource: [.character("o")]
    case .copySourceURL: [.character("y")]
    case .copyCitation: [.character("Y")]
    case .help: [.character("?")]
    case .quit: [.character("q"), .control("c")]
    case .acceptInput: [.enter]
    case .cancelInput: [.escape]
    case .deleteBackward: [.backspace]
    case .clearInput: [.control("u")]
    case .completeInput: [.tab]
    case .editInEditor: [.control("e")]
    case .confirm: [.character("y")]
    case .decline: [.character("n"), .escape]
    }
  }

  /// Where the command works.
  package var contexts: Set<CommandContext> {
    switch self {
    case .moveDown, .moveUp, .pageDown, .pageUp, .first, .last:
      CommandContext.views.union([.help])
    case .nextPane, .previousPane, .previousYear, .nextYear: [.view(.timeline)]
    case .jumpToReference: [.view(.sources)]
    case .open, .showTimeline, .showPeople, .showSources, .showNotebook, .search, .mark, .note,
      .label:
      CommandContext.views
    case .export: CommandContext.views.subtracting([.view(.notebook)])
    case .saveSearch: [.view(.timeline)]
    case .groupNotebook: [.view(.notebook)]
    case .back, .help: CommandContext.views.union([.help])
    case .nextMatch, .previousMatch: CommandContext.details
    case .openSource, .copySourceURL, .copyCitation: CommandContext.sourceViews
    case .quit: CommandContext.views.union([.help, .prompt, .confirm])
    case .acceptInput, .cancelInput, .deleteBackward, .clearInput, .completeInput, .editInEditor:
      [.prompt]
    case .confirm, .decline: [.confirm]
    }
  }

  /// The help section the command is listed under.
  package var section: Section {
    switch self {
    case .moveDown, .moveUp, .pageDown, .pageUp, .first, .last, .nextPane, .previousPane,
      .previousYear, .nextYear, .jumpToReference:
      .moving
    case .open, .back, .showTimeline, .showPeople, .showSources, .showNotebook: .opening
    case .openSource, .copySourceURL, .copyCitation: .sources
    case .search, .nextMatch, .previousMatch, .export: .searching
    case .mark, .note, .label, .saveSearch, .groupNotebook: .notebook
    case .acceptInput, .cancelInput, .deleteBackward, .clearInput, .completeInput, .editInEditor,
      .confirm, .decline:
      .typing
    case .help, .quit: .other
    }
  }

  /// The word shown after the key in the footer, or `nil` when the footer leaves it out.
  ///
  /// Commands that come in pairs (up/down, previous/next year) put the hint on the second
  /// one and show both keys, as `k/j move`.
  package var hint: String? {
    switch self {
    case .moveDown: "move"
    case .nextYear: "year"
    case .open: "open"
    case .back: "back"
    case .nextPane: "pane"
    case .jumpToReference: "ref"
    case .search: "search"
    case .previousMatch: "match"
    case .export: "export"
    case .mark: "mark"
    case .note: "note"
    case .label: "label"
    case .groupNotebook: "by label"
    case .help: "help"
    case .quit: "quit"
    case .acceptInput: "keep"
    case .cancelInput: "cancel"
    case .confirm: "overwrite"
    case .decline: "keep the file"
    default: nil
    }
  }

  /// The command whose keys the footer shows in front of this one's, as `[/]` for years.
  package var hintPartner: Command? {
    switch self {
    case .moveDown: .moveUp
    case .nextYear: .previousYear
    case .previousMatch: .nextMatch
    default: nil
    }
  }

  /// The footer's order of hints; commands not listed here have no hint.
  package static let footerOrder: [Command] = [
    .acceptInput, .cancelInput, .completeInput, .confirm, .decline, .moveDown,
    .open, .back, .nextPane, .nextYear, .jumpToReference, .search, .previousMatch, .export,
    .groupNotebook, .mark, .note, .label, .help, .quit,
  ]
}
