import ArgumentParser
import LeaklineModel

/// `leakline label ID NAME [--remove]`: add or remove a label on a record.
struct LabelCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "label",
    abstract: "Add a label (checked, needs-2nd-source, wrong, …) to a record, or remove it.",
    discussion: """
      A label is one short word: letters, digits, '-', '_' and '.'. 'leakline notes' lists \
      the labels in use; 'leakline search label:NAME' finds what carries one.
      """)

  @OptionGroup var caseOptions: CaseOptions
  @OptionGroup var notebookOptions: NotebookOptions

  @Argument(help: "The record: an id, a reference number, or kind:id (quote a name with spaces).")
  var name: String

  @Argument(help: "The label, e.g. checked.")
  var label: String

  @Flag(help: "Remove the label instead of adding it.")
  var remove = false

  func validate() throws {
    if let why = NotebookLimits.problem(withLabel: label) {
      throw ValidationError(TerminalSafeText.sanitize(why) + ".")
    }
  }

  func run() throws {
    let index = try caseOptions.load()
    let target = try Lookup.target(
      name, in: index, caseName: caseOptions.displayName, verb: "label")
    var session = try notebookOptions.open(caseOptions, index: index)
    try session.record(remove ? .unlabel : .label, on: target, label: label)
    Output.text(
      "\(remove ? "Removed the label \(label) from" : "Labelled") \(target.description)\(remove ? "" : " \(label)"). Saved in \(session.store.location)."
    )
  }
}
