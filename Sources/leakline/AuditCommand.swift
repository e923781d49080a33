import ArgumentParser
import LeaklineModel

/// `leakline audit`: the claims that rest on little, rule by rule, for a fact-checker.
struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "List the claims that rest on little: single sources, guessed URLs, and more.",
    discussion: """
      Every finding names the record's id (what 'leakline show' takes) and why it is listed. \
      The rules, and how to silence an item someone has reviewed (a "reviewed" note on the \
      record), are in docs/audit.md. Exits with status 0 whatever it finds; the last line \
      counts the findings.
      """)

  @OptionGroup var caseOptions: CaseOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let index = try caseOptions.load()
    let report = AuditReport(index: index, audit: CaseAudit(index: index))
    output.json ? Output.text(report.json().render()) : Output.lines(report.lines())
  }
}
