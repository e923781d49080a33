import Foundation

/// Where the CLI's text goes. Everything printed from case-file data has already been
/// made terminal-safe by the model's reports; this only writes bytes.
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
    handle.write(Data(string.utf8))
  }
}
