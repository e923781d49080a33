import Foundation

/// The OSC 52 escape sequence, which asks the terminal to put text on the system clipboard.
///
/// It travels in the terminal's own output stream, so it works over ssh and inside tmux
/// (with `set-clipboard on`), where no clipboard program on this machine could reach the
/// user's clipboard.
///
/// ```swift
/// ClipboardSequence.osc52("https://example.org")
/// // "\u{1B}]52;c;aHR0cHM6Ly9leGFtcGxlLm9yZw==\u{07}"
/// ```
public enum ClipboardSequence {
  /// The sequence that copies `text`. The text is made terminal-safe first, so what is
  /// pasted never carries control characters from a case file; base64 then keeps every
  /// byte of it out of the terminal's parser.
  public static func osc52(_ text: String) -> String {
    let safe = TerminalSafeText.sanitize(text, keepingNewlines: true)
    return "\u{1B}]52;c;" + Data(safe.utf8).base64EncodedString() + "\u{07}"
  }
}
