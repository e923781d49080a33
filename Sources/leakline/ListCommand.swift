import ArgumentParser
import LeaklineModel

/// `leakline list`: the timeline, one event a line.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "Print the timeline, one event a line, dated as precisely as known.")

  @OptionGroup var caseOptions: CaseOptions
  @OptionGroup var output: OutputOptions

  @Option(
    help: ArgumentHelp("Only events in this year or range (2011, 2019..2022).", valueName: "year"))
  var year: String?

  @Option(
    help: ArgumentHelp(
      "Only events this person or unit takes part in (accents and case do not matter).",
      valueName: "name"))
  var person: String?

  func validate() throws {
    if let year, SearchQuery.parseYears(year) == nil {
      throw ValidationError(
        "'\(TerminalSafeText.sanitize(year))' is not a year or range; write 2011 or 2019..2022.")
    }
  }

  func run() throws {
    var terms: [SearchQuery.Term] = []
    if let year, let range = SearchQuery.parseYears(year) { terms.append(.years(range)) }
    if let person { terms.append(SearchQuery.person(person)) }
    let index = try caseOptions.load()
    let query = SearchQuery(required: terms, excluded: [], text: "")
    let events = index.events(matching: query)
    if output.json {
      Output.text(
        JSONReport.events(events, index: index, query: query.isEmpty ? nil : query).render())
    } else {
      Output.lines(events.lazy.map(PlainTextReport(index: index).eventLine))
    }
    if events.isEmpty && !query.isEmpty {
      Output.error("No events match \(query.description).")
      throw ExitCode(1)
    }
  }
}
