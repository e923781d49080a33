/// Choices the caller makes about how the terminal is driven.
///
/// Defaults follow the house conventions: colours unless NO_COLOR is set, mouse only when the
/// program asks for it, a 25 ms Escape delay. The environment (TERM, NO_COLOR, ESCDELAY) is
/// still read by `CursesTerminal`; these options only narrow what it may do.
package struct CursesOptions: Hashable, Sendable {
  /// When to use colour.
  package enum ColorPolicy: Hashable, Sendable {
    /// Colour when the terminal has it and NO_COLOR is unset or empty (no-color.org).
    case automatic
    /// Colour whenever the terminal has it, even with NO_COLOR set.
    case always
    /// Never: attributes only (bold, reverse, underline, dim).
    case never
  }

  /// When to use colour; `.automatic` by default.
  package var colors: ColorPolicy
  /// Whether the mouse may be captured at all. When true, it is captured only while the
  /// program's `wantsMouse` is true, because capturing disables the terminal's own selection.
  package var allowsMouse: Bool
  /// How long to wait after Escape for the rest of an escape sequence, in milliseconds; used
  /// only when the ESCDELAY environment variable is not set.
  package var escapeDelay: Int
  /// The longest the loop blocks waiting for input before checking signal flags, in
  /// milliseconds. Signals normally interrupt the wait at once; this bounds the worst case.
  package var pollInterval: Int
  /// The reader's editor command (`$VISUAL`, else `$EDITOR`), for a note written with
  /// Ctrl-E; nil when none is set.
  package var editor: String?

  /// The value of `$BROWSER` (read by the caller): the program(s) that open web addresses,
  /// colon-separated; `nil` or empty means `xdg-open`.
  package var webBrowser: String?

  /// Creates options; the defaults suit the browser.
  package init(
    colors: ColorPolicy = .automatic, allowsMouse: Bool = true, escapeDelay: Int = 25,
    pollInterval: Int = 100, editor: String? = nil, webBrowser: String? = nil
  ) {
    self.editor = editor
    self.webBrowser = webBrowser
    self.colors = colors
    self.allowsMouse = allowsMouse
    self.escapeDelay = escapeDelay
    self.pollInterval = pollInterval
  }
}
