/// One problem found in a case file: what is wrong, where, and how to fix it.
///
/// The loader collects every issue it can find in one pass instead of stopping at the
/// first, so a person editing a file by hand fixes them all in one go.
public struct CaseFileIssue: Hashable, Sendable, CustomStringConvertible {
  /// The file's name as given by the user (or the built-in name).
  public var file: String
  /// Line and column in the file, when the problem has a place in it.
  public var location: SourceLocation?
  /// The JSON path of the value at fault, e.g. `events[3].date`; empty for the whole file.
  public var jsonPath: String
  /// The id of the source, entity or event the value belongs to, when it has one.
  public var id: String?
  /// What is wrong, as a sentence.
  public var message: String
  /// How to fix it, as a sentence.
  public var help: String

  public init(
    file: String, location: SourceLocation?, jsonPath: String, id: String?, message: String,
    help: String
  ) {
    self.file = file
    self.location = location
    self.jsonPath = jsonPath
    self.id = id
    self.message = message
    self.help = help
  }

  /// `file:line:column: message` — the place first, in the form editors and terminals
  /// turn into links.
  ///
  /// Messages quote the file's own text (ids, values, the path), so every part passes
  /// through ``TerminalSafeText`` here: a hostile file cannot reach the terminal through
  /// its error messages either.
  public var headline: String {
    var place = TerminalSafeText.sanitize(file)
    if let location { place += ":\(location.line):\(location.column)" }
    var context = ""
    if !jsonPath.isEmpty {
      context = " (at \(jsonPath)" + (id.map { ", id '\($0)'" } ?? "") + ")"
    }
    return TerminalSafeText.sanitize("\(place): \(message)\(context)")
  }

  /// The headline, then the fix on an indented line; safe to print on a terminal.
  public var description: String { headline + "\n  fix: " + TerminalSafeText.sanitize(help) }
}

/// A case file that could not be loaded, with every problem found.
public struct CaseFileError: Error, Sendable, CustomStringConvertible {
  public var issues: [CaseFileIssue]

  public init(issues: [CaseFileIssue]) { self.issues = issues }

  /// Every issue, then a count, as `leakline validate` prints them.
  public var description: String {
    let body = issues.map(\.description).joined(separator: "\n")
    let n = issues.count
    let file = TerminalSafeText.sanitize(issues.first?.file ?? "the case file")
    return body + "\n\(n) problem\(n == 1 ? "" : "s") in \(file)."
  }
}
