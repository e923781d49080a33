import LeaklineModel

/// A mouse action at a cell of the screen.
///
/// Only delivered when the program's `wantsMouse` is true; mouse capture is off by default so
/// the terminal's own text selection keeps working for copying citations.
package struct MouseEvent: Hashable, Sendable {
  /// What the mouse did.
  package enum Kind: Hashable, Sendable {
    /// A single click of the primary button.
    case click
    /// A double click of the primary button.
    case doubleClick
    /// The wheel turned up (away from the user).
    case wheelUp
    /// The wheel turned down (toward the user).
    case wheelDown
  }

  /// What the mouse did.
  package var kind: Kind
  /// The screen row, from 0 at the top.
  package var row: Int
  /// The screen column, from 0 at the left.
  package var column: Int

  /// Creates a mouse event of `kind` at `row`, `column`.
  package init(kind: Kind, row: Int, column: Int) {
    self.kind = kind
    self.row = row
    self.column = column
  }
}

/// Something that happened at the terminal, delivered to the program in order.
package enum TerminalEvent: Hashable, Sendable {
  /// A key was pressed.
  case key(Key)
  /// The mouse was used (only when the program wants the mouse).
  case mouse(MouseEvent)
  /// The screen has this size now; always the first event, and again after every resize.
  case resized(Size)
  /// A `TerminalEffect.writeFile` finished: `error` is `nil` on success, otherwise a
  /// one-line human message such as `Cannot write 'x/y.md': the folder 'x' does not exist.`
  case fileWritten(path: String, error: String?)
  /// A `TerminalEffect.appendToNotebook` finished: `error` is `nil` when the store's
  /// append returned (the changes are durable), otherwise why they were not saved.
  case notebookWritten(changes: [NotebookChange], error: String?)
  /// The notebook's store woke (another process or checker changed it): what it read, and
  /// the store's status line (offline, read-only, changes waiting), nil when all is well.
  case notebookRead(
    changes: [NotebookChange], problems: [NotebookProblem], startsOver: Bool, status: String?)
  /// A `TerminalEffect.editText` finished: the text as the editor left it, or nil and why.
  case textEdited(text: String?, error: String?)
  /// A `TerminalEffect.openURL` was performed: `error` is `nil` when the browser program
  /// started, otherwise a one-line message saying why nothing was opened.
  case urlOpened(url: String, error: String?)
}

/// Work the program asks the terminal backend to do, returned from `handle(_:)` as data.
///
/// Effects are plain values so that tests compare them with `==` instead of performing them.
package enum TerminalEffect: Hashable, Sendable {
  /// Restore the terminal and end the run with `status` as the exit status.
  case quit(status: Int32)
  /// Write `contents` to `path` (via a temporary file in the same folder and a rename).
  ///
  /// An existing file is replaced only when `overwrite` is true. The result comes back as
  /// `TerminalEvent.fileWritten(path:error:)`.
  case writeFile(path: String, contents: String, overwrite: Bool)
  /// Append `changes` to the notebook's store (durably, all or none). The result comes
  /// back as `TerminalEvent.notebookWritten(changes:error:)`.
  case appendToNotebook([NotebookChange])
  /// Hand the terminal to the reader's editor on a temporary file holding `text`, then
  /// take it back. The result comes back as `TerminalEvent.textEdited(text:error:)`.
  case editText(String)
  /// Start the user's web browser (`$BROWSER`, else `xdg-open`) on `url`, detached, with
  /// `url` as one argument and no shell. The result comes back as
  /// `TerminalEvent.urlOpened(url:error:)`.
  case openURL(String)
  /// Put `text` on the clipboard by writing the OSC 52 sequence to the terminal.
  case copyToClipboard(String)
}

/// A program the terminal backend can run: it handles events and renders frames.
///
/// The backend sends `.resized` first, then every key, mouse and effect-result event; after
/// each batch of events it calls `render(into:)` with a blank buffer of the current size and
/// draws the whole frame. Everything the program decides happens here, in pure code; the
/// backend performs the effects and decides nothing.
package protocol TerminalProgram {
  /// Updates the program for `event` and returns the effects to perform, in order.
  mutating func handle(_ event: TerminalEvent) -> [TerminalEffect]
  /// Updates the program for events that arrived together (typing ahead, a resize storm)
  /// and returns the effects of all of them, in order. The default hands each to
  /// ``handle(_:)``; a program may skip work a later event in the batch makes stale.
  mutating func handle(batch events: [TerminalEvent]) -> [TerminalEffect]
  /// Draws the current state into `buffer`, a blank buffer of the terminal's size.
  func render(into buffer: inout ScreenBuffer)
  /// Whether the backend should capture the mouse; read after every event.
  var wantsMouse: Bool { get }
}

extension TerminalProgram {
  /// Hands each event to ``handle(_:)`` in order.
  package mutating func handle(batch events: [TerminalEvent]) -> [TerminalEffect] {
    events.flatMap { handle($0) }
  }
}
