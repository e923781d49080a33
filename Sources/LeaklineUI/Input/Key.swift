/// A key the user pressed, decoded from the terminal's input.
///
/// The backend turns raw terminal input into these; the program maps them to commands. Keys
/// are values, so a test presses a key by sending `.key(.down)`, with no terminal involved.
/// `description` is the name shown in help and footers, for example `↑`, `PgUp`, `Ctrl-C`.
package enum Key: Hashable, Sendable, CustomStringConvertible {
  /// A printable character, as typed (`j`, `J`, `/`, `é`, a space).
  case character(Character)
  /// The up arrow.
  case up
  /// The down arrow.
  case down
  /// The left arrow.
  case left
  /// The right arrow.
  case right
  /// Page Up.
  case pageUp
  /// Page Down.
  case pageDown
  /// Home.
  case home
  /// End.
  case end
  /// Enter or Return.
  case enter
  /// Escape, on its own (not as the start of an escape sequence).
  case escape
  /// Backspace (the key that deletes to the left).
  case backspace
  /// Delete (forward delete).
  case delete
  /// Tab.
  case tab
  /// Shift-Tab.
  case backTab
  /// Control with a letter, given as the lower-case letter: `.control("c")` is Ctrl-C.
  ///
  /// Ctrl-C, Ctrl-Z and Ctrl-\ normally reach the program as signals, not keys; Ctrl-I,
  /// Ctrl-M and Ctrl-H arrive as `.tab`, `.enter` and `.backspace`.
  case control(Character)
  /// A function key: `.function(1)` is F1.
  case function(Int)

  /// The key's name for help text: `j`, `Space`, `↑`, `PgUp`, `Enter`, `Ctrl-C`, `Shift-Tab`, `F1`.
  package var description: String {
    switch self {
    case .character(" "): "Space"
    case .character(let character): String(character)
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .enter: "Enter"
    case .escape: "Esc"
    case .backspace: "Backspace"
    case .delete: "Del"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .control(let letter): "Ctrl-" + letter.uppercased()
    case .function(let number): "F\(number)"
    }
  }
}
