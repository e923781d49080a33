import ArgumentParser
import LeaklineModel

/// `leakline facets [--by FIELD] [QUERY…]`: frequency tables over the case or a search.
struct FacetsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "facets",
    abstract: "Count events by actor, kind, tag, status, scope, source, year or month.",
    discussion: """
      Over the whole case, or over the events matching QUERY (the language of 'leakline \
      search'). Each value is shown with its count, its share of the list and the search \
      term that selects it. Without --by, every facet's first 10 values.
      """)

  @OptionGroup var caseOptions: CaseOptions
  @OptionGroup var output: OutputOptions

  @Option(
    name: .customLong("by"),
    help: ArgumentHelp(
      "What to count by: \(FacetField.allCases.map(\.rawValue).joined(separator: ", ")).",
      valueName: "field"))
  var by: FacetField?

  @Argument(
    parsing: .allUnrecognized,
    help: "The events to count, e.g. status:disputed or person:\"garcia luna\"; all by default.")
  var query: [String] = []

  func validate() throws { _ = try parsedQuery() }

  private func parsedQuery() throws -> SearchQuery { try QueryArguments.parse(query) }

  func run() throws {
    let parsed = try parsedQuery()
    let index = try caseOptions.load()
    let fields = by.map { [$0] } ?? FacetField.allCases
    let facets = fields.map { index.facet($0, matching: parsed) }
    if output.json {
      Output.text(
        FacetReport.json(facets, query: parsed, caseTitle: index.caseFile.title).render())
    } else {
      Output.lines(FacetReport.lines(facets, query: parsed, limit: by == nil ? 10 : nil))
    }
  }
}

extension FacetField: ExpressibleByArgument {}
