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
      "Quoted phrases" match as written; -word excludes. Your notebook: is:marked, has:note,       has:label, note:WORD, label:NAME, by:AUTHOR; '@NAME' runs a saved search. See       docs/search.md.

      Exits with status 1 when nothing matches.
      """)

  @OptionGroup var caseOptions: CaseOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var notebookOptions: NotebookOptions

  @Argument(
    parsing: .allUnrecognized,
    help: "The query, e.g. garcia luna, 2011, person:\"garcia luna\" 2019..2022, -word to exclude.")
  var query: [String]

  func validate() throws {
    if query.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
      throw ValidationError("Give something to search for, e.g. 'leakline search garcia luna'.")
    }
    if savedSearchName == nil { _ = try parsedQuery() }
  }

  /// `NAME` when the query is `@NAME`, a saved search.
  private var savedSearchName: String? {
    let text = query.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    guard text.hasPrefix("@"), !text.contains(" ") else { return nil }
    return String(text.dropFirst())
  }

  /// The query words parsed (or a saved search's query), or a usage error that says how to
  /// fix them.
  private func parsedQuery(_ text: String? = nil) throws -> SearchQuery {
    try QueryArguments.parse(text.map { [$0] } ?? query)
  }

  func run() throws {
    let index = try caseOptions.load()
    var parsed = savedSearchName == nil ? try parsedQuery() : SearchQuery(required: [])
    var notebook: NotebookSearch?
    if let name = savedSearchName {
      let session = try notebookOptions.open(caseOptions, index: index)
      guard let saved = session.notebook.savedSearches[name] else {
        let names = session.notebook.savedSearches.keys.sorted().map { "@" + $0 }
        Output.error(
          "There is no saved search '\(name)' in \(session.store.location). "
            + (names.isEmpty
              ? "Save one in the browser with S."
              : "Saved searches: \(names.joined(separator: " "))."))
        throw ExitCode(1)
      }
      parsed = try parsedQuery(saved.query)
      notebook = session.search(in: index)
    } else if parsed.usesNotebook {
      notebook = try notebookOptions.open(caseOptions, index: index).search(in: index)
    }
    let events = index.events(matching: parsed, notebook: notebook)
    let entities = index.people(matching: parsed, notebook: notebook)
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
