import ArgumentParser
import LeaklineModel

/// `leakline sources [N]`: the article's references, or one and everything citing it.
struct SourcesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sources",
    abstract:
      "List the article's references and the supplementary sources, or show reference N and what cites it."
  )

  @OptionGroup var caseOptions: CaseOptions
  @OptionGroup var output: OutputOptions

  @Argument(help: "An article reference number, e.g. 9.")
  var number: Int?

  func run() throws {
    let index = try caseOptions.load()
    let report = PlainTextReport(index: index)
    guard let number else {
      if output.json {
        Output.text(
          JSONText.object([("sources", .array(index.sourcesInOrder.map(CaseFileJSON.source)))])
            .render())
      } else {
        Output.lines(report.sourcesList())
      }
      return
    }
    let source = try Lookup.reference(number, in: index, caseName: caseOptions.displayName)
    output.json
      ? Output.text(JSONReport.source(source, index: index).render())
      : Output.lines(report.sourceReport(source))
  }
}
