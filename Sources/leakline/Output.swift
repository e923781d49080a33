import Foundation
import LeaklineModel

/// Where the CLI's text goes: the one place the CLI writes to standard output and error.
///
/// The model's reports already make case-file text terminal-safe field by field; this
/// passes every byte through ``TerminalSafeText`` once more (keeping line breaks), so text
/// that reaches a message some other way — a path, an argument echoed back, an error from
/// a library — cannot drive the terminal either.
enum Output {
  /// Writes lines to standard output.
  static func lines(_ lines: [String]) {
    write(lines.map { $0 + "\n" }.joined(), to: .standardOutput)
  }

  /// Writes text to standard output, adding a final newline when missing.
  static func text(_ text: String) {
    write(text.hasSuffix("\n") ? text : text + "\n", to: .standardOutput)
  }

  /// Writes a message to standard error.
  static func error(_ message: String) {
    write(message.hasSuffix("\n") ? message : message + "\n", to: .standardError)
  }

  private static func write(_ string: String, to handle: FileHandle) {
    handle.write(Data(TerminalSafeText.sanitize(string, keepingNewlines: true).utf8))
  }
}
