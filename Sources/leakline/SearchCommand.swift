import ArgumentParser
import LeaklineModel

/// `leakline search QUERY…`: events (and people & units) matching a query.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search events, people and units; accents and case do not matter.",
    discussion: """
      Words must all match. A year (2011) or range (2019..2022) filters by date. Fields:
      person: (or who:), year:, kind:, tag:, source: (id or reference number), scope:, status:.
      "Quoted phrases" match as written; -word excludes. See docs/search.md.
      Exits with status 1 when nothing matches.
      """)

  @OptionGroup var caseOptions: CaseOptions
  @OptionGroup var output: OutputOptions

  @Argument(help: "The query, e.g. garcia luna, 2011, person:\"garcia luna\" 2019..2022.")
  var query: [String]

  func validate() throws {
    if query.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
      throw ValidationError("Give something to search for, e.g. 'leakline search garcia luna'.")
    }
  }

  /// Entities whose own names match every word, when there are any; otherwise all matches.
  /// "garcia luna" then lists García Luna, not everyone whose summary mentions him.
  private func preferNames(_ entities: [Entity], _ query: SearchQuery) -> [Entity] {
    let words = query.highlightTerms
    let named = entities.filter { e in
      let names = TextFolding.fold(([e.name] + e.aliases).joined(separator: " | "))
      return words.allSatisfy(names.contains)
    }
    return named.isEmpty ? entities : named
  }

  func run() throws {
    let parsed: SearchQuery
    do {
      parsed = try SearchQuery.parse(query.joined(separator: " "))
    } catch {
      throw ValidationError(error.description)
    }
    let index = try caseOptions.load()
    let events = index.events(matching: parsed)
    let onlyText = parsed.required.allSatisfy {
      switch $0 {
      case .word, .phrase, .person: true
      default: false
      }
    }
    let entities = onlyText ? preferNames(index.entities(matching: parsed), parsed) : []
    if output.json {
      var json = JSONReport.events(events, index: index, query: parsed)
      if case .object(var members) = json {
        members.append(("entities", .array(entities.map(CaseFileJSON.entity))))
        json = .object(members)
      }
      Output.text(json.render())
    } else {
      let report = PlainTextReport(index: index)
      var lines: [String] = []
      if !entities.isEmpty {
        lines.append("People & units")
        lines += entities.map { "  " + report.entityLine($0) }
        lines += ["", "Events (\(events.count))"]
        lines += report.eventLines(events).map { "  " + $0 }
      } else {
        lines = report.eventLines(events)
      }
      if !lines.isEmpty { Output.lines(lines) }
    }
    if events.isEmpty && entities.isEmpty {
      Output.error("Nothing matches \(parsed.description).")
      throw ExitCode(1)
    }
  }
}
