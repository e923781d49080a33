import Foundation

/// Words printed for a person to paste into a POSIX shell.
enum ShellWord {
  /// `word` as one shell word: as it is when it holds only safe characters, else in single
  /// quotes (a quote inside becomes `'\''`).
  static func quoted(_ word: String) -> String {
    let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:/-+=@,%")
    if !word.isEmpty, word.allSatisfy(safe.contains) { return word }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
