import Foundation
import LeaklineModel

/// Where the CLI's text goes: the one place the CLI writes to standard output and error.
///
/// The model's reports already make case-file text terminal-safe field by field; this
/// passes every byte through ``TerminalSafeText`` once more (keeping line breaks), so text
/// that reaches a message some other way — a path, an argument echoed back, an error from
/// a library — cannot drive the terminal either.
enum Output {
  /// Writes lines to standard output as they are made, about 64 KB at a time, so that
  /// `leakline list | head` shows its first lines without waiting for a million more
  /// (and stops at once when the reader goes away: SIGPIPE ends the process).
  static func lines(_ lines: some Sequence<String>) {
    var chunk = ""
    chunk.reserveCapacity(chunkBytes + 1024)
    for line in lines {
      chunk += line
      chunk += "\n"
      if chunk.utf8.count >= chunkBytes {
        write(chunk, to: .standardOutput)
        chunk.removeAll(keepingCapacity: true)
      }
    }
    if !chunk.isEmpty { write(chunk, to: .standardOutput) }
  }

  /// How much text ``lines(_:)`` gathers before writing it.
  private static let chunkBytes = 64 * 1024

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
