import ArgumentParser
import LeaklineModel

/// `leakline validate FILE`: checks a case file and reports every problem.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a case file; print every problem as file:line:column, with how to fix it.",
    discussion: "Exits with status 0 when the file is valid and 1 when it has problems.")

  @OptionGroup var output: OutputOptions

  @Argument(help: "The case file to check; '-' reads it from standard input.")
  var file: String

  func run() throws {
    let file = CaseInput.name(self.file)
    do {
      let caseFile = try CaseInput.load(self.file)
      if output.json {
        Output.text(
          JSONText.object([
            ("file", .string(file)), ("valid", .bool(true)), ("problems", .array([])),
          ]).render())
      } else {
        Output.text(
          "\(TerminalSafeText.sanitize(file)): valid — \(caseFile.events.count) events, \(caseFile.entities.count) people & units, \(caseFile.sources.count) sources."
        )
      }
    } catch {
      if output.json {
        Output.text(JSONReport.problems(error, file: file).render())
      } else {
        Output.text(TerminalSafeText.sanitize(error.description, keepingNewlines: true))
      }
      throw ExitCode(1)
    }
  }
}
