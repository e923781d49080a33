/// Why the terminal could not be set up for the browser.
///
/// Thrown before the terminal is touched, so the caller can print `description` on one line
/// to standard error and exit non-zero with the screen as it was.
package enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Standard input is not a terminal (redirected from a file or a pipe).
  case inputNotATerminal
  /// Standard output is not a terminal (piped or redirected to a file).
  case outputNotATerminal
  /// TERM is unset or empty.
  case terminalTypeMissing
  /// TERM is `dumb`: no cursor addressing, so nothing can be drawn.
  case dumbTerminal
  /// ncurses has no terminfo entry for this TERM value.
  case unknownTerminalType(String)

  /// A one-line message saying what is wrong and how to fix it.
  package var description: String {
    switch self {
    case .inputNotATerminal:
      "Standard input is not a terminal; run the browser in one without redirecting its input."
    case .outputNotATerminal:
      "Standard output is not a terminal (piped or redirected?); "
        + "run the browser without redirecting its output."
    case .terminalTypeMissing:
      "TERM is not set, so the terminal type is unknown; set it, for example TERM=xterm-256color."
    case .dumbTerminal:
      "TERM='dumb' cannot move the cursor; use a full terminal type, for example "
        + "TERM=xterm-256color."
    case .unknownTerminalType(let term):
      "TERM='\(term)' is not a terminal type ncurses knows; try TERM=xterm-256color."
    }
  }
}
