import Foundation
import LeaklineModel

/// Where the CLI's text goes: the one place the CLI writes to standard output and error.
///
/// The model's reports already make case-file text terminal-safe field by field; this
/// passes every byte through ``TerminalSafeText`` once more (keeping line breaks), so text
/// that reaches a message some other way — a path, an argument echoed back, an error from
/// a library — cannot drive the terminal either.
///
/// Every write to standard output is checked. A reader that goes away (`leakline list |
/// head -1`) ends the process quietly through SIGPIPE, as for any Unix tool; any other
/// failure (a full disk, `> /dev/full`, an I/O error) is a message on standard error and
/// exit status 1, so a script is never told that a brief it could not save was saved.
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
        standardOutput(TerminalSafeText.sanitize(chunk, keepingNewlines: true))
        chunk.removeAll(keepingCapacity: true)
      }
    }
    if !chunk.isEmpty { standardOutput(TerminalSafeText.sanitize(chunk, keepingNewlines: true)) }
  }

  /// How much text ``lines(_:)`` gathers before writing it.
  private static let chunkBytes = 64 * 1024

  /// Writes text to standard output, adding a final newline when missing.
  static func text(_ text: String) {
    let line = text.hasSuffix("\n") ? text : text + "\n"
    standardOutput(TerminalSafeText.sanitize(line, keepingNewlines: true))
  }

  /// Writes a document Leakline made (an export, an imported case file) to standard output
  /// byte for byte: its format does its own escaping, and a CSV's tabs must stay tabs.
  static func document(_ text: String) {
    standardOutput(text)
  }

  /// Writes a message to standard error.
  static func error(_ message: String) {
    let line = message.hasSuffix("\n") ? message : message + "\n"
    // Nowhere is left to report a failure to write an error message; the exit status says it.
    _ = DescriptorWriter.writeAll(
      TerminalSafeText.sanitize(line, keepingNewlines: true), to: STDERR_FILENO)
  }

  /// Closes standard output and checks that close, as the last step of a command: a file
  /// system that reports a failed write late (NFS, a quota) reports it here.
  static func finish() {
    if close(STDOUT_FILENO) != 0, errno != EBADF, errno != EINTR { failed(errno) }
  }

  private static func standardOutput(_ text: String) {
    let outcome = DescriptorWriter.writeAll(text, to: STDOUT_FILENO)
    if outcome.error != 0 { failed(outcome.error) }
  }

  /// Says why standard output failed and ends the process with status 1.
  private static func failed(_ code: Int32) -> Never {
    if code == EPIPE {  // SIGPIPE was ignored by whoever started us: end as if it was not
      signal(SIGPIPE, SIG_DFL)
      raise(SIGPIPE)
    }
    error(
      "leakline: Cannot write to standard output. " + FileWriteError.words(for: code)
        + " The output is incomplete.")
    exit(1)
  }
}
