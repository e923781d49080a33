import ArgumentParser
import LeaklineModel

/// `leakline search QUERY…`: events (and people & units) matching a query.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search events, people and units; accents and case do not matter.",
    discussion: """
      Words must all match. A year (2011) or range (2019..2022) filters by date. Fields: \
      person: (or who:), year:, kind:, tag:, source: (id or reference number), scope:, status:. \
      "Quoted phrases" match as written; -word excludes. See docs/search.md.

      Exits with status 1 when nothing matches.
      """)

  @OptionGroup var caseOptions: CaseOptions
  @OptionGroup var output: OutputOptions

  @Argument(
    parsing: .allUnrecognized,
    help: "The query, e.g. garcia luna, 2011, person:\"garcia luna\" 2019..2022, -word to exclude.")
  var query: [String]

  func validate() throws {
    if query.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
      throw ValidationError("Give something to search for, e.g. 'leakline search garcia luna'.")
    }
    _ = try parsedQuery()
  }

  private func parsedQuery() throws -> SearchQuery { try QueryArguments.parse(query) }

  func run() throws {
    let parsed = try parsedQuery()
    let index = try caseOptions.load()
    let events = index.events(matching: parsed)
    let entities = index.people(matching: parsed)
    if output.json {
      var json = JSONReport.events(events, index: index, query: parsed)
      if case .object(var members) = json {
        members.append(("entities", .array(entities.map(CaseFileJSON.entity))))
        json = .object(members)
      }
      Output.text(json.render())
    } else {
      let report = PlainTextReport(index: index)
      if !entities.isEmpty {
        let heading = ["People & units"] + entities.map { "  " + report.entityLine($0) }
        Output.lines(heading + ["", "Events (\(events.count))"])
        Output.lines(events.lazy.map { "  " + report.eventLine($0) })
      } else {
        Output.lines(events.lazy.map(report.eventLine))
      }
    }
    if events.isEmpty && entities.isEmpty {
      Output.error("Nothing matches \(parsed.description).")
      throw ExitCode(1)
    }
  }
}
