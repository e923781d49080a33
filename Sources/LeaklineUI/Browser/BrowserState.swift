import LeaklineModel

/// The three top-level lists, each with its own filter and remembered position.
package enum ListKind: String, CaseIterable, Hashable, Sendable {
  case timeline, people, sources

  /// The view that shows this list.
  package var view: ViewKind {
    switch self {
    case .timeline: .timeline
    case .people: .people
    case .sources: .sources
    }
  }

  /// What one of the list's items is called: "event", "entity", "source".
  package var singular: String {
    switch self {
    case .timeline: "event"
    case .people: "entity"
    case .sources: "source"
    }
  }

  /// What the list's items are called in counts: "events", "entities", "sources".
  package var noun: String {
    switch self {
    case .timeline: "events"
    case .people: "entities"
    case .sources: "sources"
    }
  }
}

/// What a page in the history shows.
package enum PageKind: Hashable, Sendable {
  /// A top-level list.
  case list(ListKind)
  /// One event.
  case event(String)
  /// One entity's dossier.
  case dossier(String)
  /// One source and what cites it.
  case source(String)
  /// The reader's notebook.
  case notebook

  /// The kind of view, for commands and help.
  package var view: ViewKind {
    switch self {
    case .list(let list): list.view
    case .event: .event
    case .dossier: .dossier
    case .source: .source
    case .notebook: .notebook
    }
  }

  /// The list, when the page is one.
  package var list: ListKind? {
    if case .list(let list) = self { return list }
    return nil
  }
}

/// The two panes of the timeline.
package enum Pane: Hashable, Sendable {
  case list, detail
}

/// Where a list is: the selected item and the first display row shown.
package struct ListPosition: Hashable, Sendable {
  /// The index of the selected item among the list's (filtered) items.
  package var selection = 0
  /// The first display row (headers included) on screen.
  package var scroll = 0

  /// The top of a list.
  package init(selection: Int = 0, scroll: Int = 0) {
    self.selection = selection
    self.scroll = scroll
  }
}

/// Where a page of text is: its scroll, the selected link and the current search match.
package struct DocumentPosition: Hashable, Sendable {
  /// The first line on screen.
  package var scroll = 0
  /// The selected link's line, if a link is selected.
  package var cursor: Int?
  /// The index of the current search match, after `n` or `N`.
  package var match: Int?

  /// The top of a page, nothing selected.
  package init(scroll: Int = 0, cursor: Int? = nil, match: Int? = nil) {
    self.scroll = scroll
    self.cursor = cursor
    self.match = match
  }
}

/// One entry of the navigation history: what is shown and exactly where the user was.
package struct Page: Hashable, Sendable {
  /// What the page shows.
  package var kind: PageKind
  /// The list position (top-level lists).
  package var list = ListPosition()
  /// The focused pane (the timeline has two).
  package var focus: Pane = .list
  /// The text position (pages, and the timeline's detail pane).
  package var document = DocumentPosition()
  /// The find-in-page search (pages only), as typed.
  package var find = ""

  /// A page at its top.
  package init(_ kind: PageKind) {
    self.kind = kind
  }
}

/// A list's active search: the text as typed, the parsed query, and the matching items.
///
/// Two filters are equal when their text, query and items are; the grouped content is
/// derived from the items and left out of the comparison.
package struct ListFilter: Hashable, Sendable {
  /// The text as typed.
  package var text: String
  /// The parsed query.
  package var query: SearchQuery
  /// The positions, in the unfiltered list, of the items that match.
  package let positions: [Int]
  /// The matching items grouped for display, made once with the filter so frames and
  /// keys never regroup them.
  package let content: ListContent

  /// A filter showing `content`'s items.
  init(text: String, query: SearchQuery, content: ListContent) {
    self.text = text
    self.query = query
    positions = content.positions
    self.content = content
  }

  package static func == (a: ListFilter, b: ListFilter) -> Bool {
    a.text == b.text && a.query == b.query && a.positions == b.positions
  }

  package func hash(into hasher: inout Hasher) {
    hasher.combine(text)
    hasher.combine(query)
    hasher.combine(positions)
  }
}

/// The bottom-line prompt.
package struct Prompt: Hashable, Sendable {
  /// What the prompt is for.
  package enum Purpose: Hashable, Sendable {
    /// Filtering a list, live.
    case search(ListKind)
    /// Finding text in the current page, live.
    case find
    /// Choosing the file to export to.
    case exportPath(ExportRequest)
    /// Writing a note on a record.
    case note(NotebookTarget)
    /// Adding (or, when the record has it, removing) a label.
    case label(NotebookTarget)
    /// Naming the timeline's search, to keep it in the notebook.
    case searchName(query: String)
  }

  /// What the prompt is for.
  package var purpose: Purpose
  /// The text typed so far.
  package var text: String
  /// Why the text does not parse, shown inline.
  package var error: String?
  /// The page and filter as they were when a search prompt opened; Esc restores the page.
  package var pageBefore: Page?
  /// The filter in force when the prompt opened.
  package var filterBefore: ListFilter?
  /// The item last selected while typing, so the selection comes back to it when a
  /// keystroke empties the list and the next one fills it again.
  package var anchor: Int?
}

/// The yes/no question before overwriting a file.
package struct OverwriteQuestion: Hashable, Sendable {
  /// The path that exists.
  package var path: String
  /// What would be written.
  package var contents: String
}

/// A one-line message in the status line until the next key.
package struct StatusMessage: Hashable, Sendable {
  /// The message, terminal-safe.
  package var text: String
  /// Whether it reports a problem (drawn in the warning style).
  package var isWarning: Bool

  /// A message; `isWarning` marks a problem.
  package init(_ text: String, isWarning: Bool = false) {
    self.text = TerminalSafeText.sanitize(text)
    self.isWarning = isWarning
  }
}

/// Everything the browser shows, and nothing about how it is drawn.
///
/// Values only, so a test compares whole states with `==`.
package struct BrowserState: Hashable, Sendable {
  /// The terminal size the screen is laid out for.
  package var size = Size(columns: 80, rows: 24)
  /// The history, oldest first; the last entry is on screen.
  ///
  /// Never empty.
  package var history: [Page] = [Page(.list(.timeline))]
  /// Each list's active search.
  package var filters: [ListKind: ListFilter] = [:]
  /// Where each list was last left, so switching views returns to it.
  package var remembered: [ListKind: Page] = [:]
  /// The bottom-line prompt, when open.
  package var prompt: Prompt?
  /// The overwrite question, when asked.
  package var question: OverwriteQuestion?
  /// The help overlay's scroll, when the overlay is open.
  package var helpScroll: Int?
  /// The one-shot status message.
  package var status: StatusMessage?
  /// Digits typed in Sources, for multi-digit reference numbers.
  package var typedReference = ""
  /// Whether the mouse is captured.
  package var isMouseEnabled = false
  /// The export waiting for the backend's answer.
  package var pendingExport: OverwriteQuestion?
  /// Whether the Notebook view groups records by label rather than listing them by record.
  package var notebookByLabel = false
  /// The note prompt to give back, with its text, if the write now waiting fails.
  package var pendingNote: Prompt?

  /// The page on screen.
  package var page: Page {
    get { history[history.count - 1] }
    set { history[history.count - 1] = newValue }
  }

  /// Where keys go now.
  package var context: CommandContext {
    if question != nil { return .confirm }
    if prompt != nil { return .prompt }
    if helpScroll != nil { return .help }
    return .view(page.kind.view)
  }

  /// The browser's first screen: the timeline at the top.
  package init() {}
}
