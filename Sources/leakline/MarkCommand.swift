import ArgumentParser
import LeaklineModel

/// `leakline mark ID` and `leakline unmark ID`: flag a record in the reader's notebook.
struct MarkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mark",
    abstract: "Mark an event, a person or unit, or a source in your notebook.",
    discussion: """
      Names a record as 'show' does (an id, a reference number, a name), or as kind:id \
      (event:ID, entity:ID, source:ID). The case file is never changed; the mark goes to \
      the notebook (see 'leakline notes --where' and docs/notes.md).
      """)

  @OptionGroup var caseOptions: CaseOptions
  @OptionGroup var notebookOptions: NotebookOptions

  @Argument(help: "The record: an id, a reference number, a name, or kind:id.")
  var name: [String]

  func run() throws {
    try MarkCommand.run(.mark, name, caseOptions, notebookOptions)
  }

  /// Marks or unmarks, and says what was saved where.
  static func run(
    _ operation: NotebookChange.Operation, _ name: [String], _ caseOptions: CaseOptions,
    _ notebookOptions: NotebookOptions
  ) throws {
    let index = try caseOptions.load()
    let target = try Lookup.target(
      name.joined(separator: " "), in: index, caseName: caseOptions.displayName,
      verb: operation.rawValue)
    var session = try notebookOptions.open(caseOptions, index: index)
    let wasMarked = session.notebook.isMarked(target)
    try session.record(operation, on: target)
    let done = operation == .mark ? "Marked" : "Unmarked"
    let already =
      wasMarked == (operation == .mark) ? " (it already was \(done.lowercased()))" : ""
    Output.text("\(done) \(target.description)\(already). Saved in \(session.store.location).")
  }
}

/// `leakline unmark ID`.
struct UnmarkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unmark", abstract: "Take the mark off a record in your notebook.")

  @OptionGroup var caseOptions: CaseOptions
  @OptionGroup var notebookOptions: NotebookOptions

  @Argument(help: "The record: an id, a reference number, a name, or kind:id.")
  var name: [String]

  func run() throws {
    try MarkCommand.run(.unmark, name, caseOptions, notebookOptions)
  }
}
