/// The kinds of screen the browser shows; commands say which ones they work in.
package enum ViewKind: String, CaseIterable, Hashable, Sendable {
  /// Every event in date order, with the selected event's detail beside or below it.
  case timeline
  /// People, units, agencies and other entities, grouped by kind.
  case people
  /// The article's numbered references, then supplementary sources.
  case sources
  /// One event on its own page.
  case event
  /// One entity's dossier.
  case dossier
  /// One source and everything that cites it.
  case source
  /// The reader's notebook: marks, notes and labels by record, and saved searches.
  case notebook

  /// The name used in help, docs and the status line.
  package var title: String {
    switch self {
    case .timeline: "Timeline"
    case .people: "People & units"
    case .sources: "Sources"
    case .event: "Event"
    case .dossier: "Dossier"
    case .source: "Source"
    case .notebook: "Notebook"
    }
  }

  /// Whether this view is a list (a top-level view) rather than a page opened from one.
  package var isList: Bool { self == .timeline || self == .people || self == .sources }
}

/// Where a key is pressed.
///
/// In a view, in the help overlay, in a text prompt, or while the browser asks a yes/no
/// question. Each command lists the contexts it works in.
package enum CommandContext: Hashable, Sendable {
  /// Browsing a view.
  case view(ViewKind)
  /// The `?` overlay is open.
  case help
  /// A text prompt (search or export path) has the bottom line; printable keys are typed.
  case prompt
  /// A yes/no question (overwrite a file?) has the bottom line.
  case confirm

  /// Every view.
  package static let views: Set<CommandContext> = Set(ViewKind.allCases.map { .view($0) })
  /// The three top-level lists.
  package static let lists: Set<CommandContext> = [
    .view(.timeline), .view(.people), .view(.sources),
  ]
  /// The views that show an event, entity or source in full (the timeline's detail pane too).
  package static let details: Set<CommandContext> = [
    .view(.timeline), .view(.event), .view(.dossier), .view(.source),
  ]
  /// The views where a source can be under the cursor: its row, its page, or a source link.
  package static let sourceViews: Set<CommandContext> = details.union([.view(.sources)])

  /// All contexts, in the order help and docs list them.
  package static let all: [CommandContext] =
    ViewKind.allCases.map { .view($0) } + [.help, .prompt, .confirm]

  /// The name used in help and docs.
  package var title: String {
    switch self {
    case .view(let view): view.title
    case .help: "Help"
    case .prompt: "Prompt"
    case .confirm: "Question"
    }
  }
}
