import ArgumentParser
import LeaklineModel

/// Finding the record a person named on the command line, with the same messages for
/// `show`, `sources` and `export` when the name is ambiguous or unknown.
enum Lookup {
  /// A record found by id, reference number or name.
  enum Record {
    case event(Event)
    case entity(Entity)
    case source(Source)
  }

  /// The record `text` names; otherwise prints the candidates or the nearest names to
  /// standard error and exits with status 1.
  /// - Parameter verb: what the command does with it, for "… show one by its id".
  static func record(_ text: String, in index: CaseIndex, caseName: String, verb: String) throws
    -> Record
  {
    let safe = TerminalSafeText.sanitize(text)
    switch index.resolve(text) {
    case .event(let e): return .event(e)
    case .entity(let e): return .entity(e)
    case .source(let s): return .source(s)
    case .ambiguous(let candidates):
      var lines = ["'\(safe)' matches \(candidates.count) records; \(verb) one by its id:"]
      lines += candidates.map {
        "  " + TerminalSafeText.sanitize($0.id) + "  (" + $0.kind + ")  "
          + TerminalSafeText.sanitize($0.label)
      }
      Output.error(lines.joined(separator: "\n"))
      throw ExitCode(1)
    case .notFound(let suggestions):
      var message = "Nothing in \(TerminalSafeText.sanitize(caseName)) is called '\(safe)'."
      if !suggestions.isEmpty {
        message +=
          " Did you mean "
          + suggestions.map { "'" + TerminalSafeText.sanitize($0) + "'" }.joined(separator: " or ")
          + "?"
      }
      message += "\nTry 'leakline search \(safe)' to search all text."
      Output.error(message)
      throw ExitCode(1)
    }
  }

  /// The source standing for the article's reference `number`; otherwise lists the known
  /// numbers on standard error and exits with status 1.
  static func reference(_ number: Int, in index: CaseIndex, caseName: String) throws -> Source {
    if let source = index.source(ref: number) { return source }
    let known = index.sourcesInOrder.flatMap(\.refs).sorted()
    let list =
      known.isEmpty
      ? "This case file has no numbered references."
      : "Known references: " + known.map { "[\($0)]" }.joined(separator: " ") + "."
    Output.error(
      "There is no reference [\(number)] in \(TerminalSafeText.sanitize(caseName)). \(list)")
    throw ExitCode(1)
  }
}
