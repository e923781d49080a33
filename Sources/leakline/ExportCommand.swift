import ArgumentParser
import Foundation
import LeaklineModel

/// `leakline export`: a view of the case file as a Markdown document.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Export the timeline, an event, a dossier, a source or a search as Markdown, a case file, CSV, TimelineJS, FollowTheMoney, CSL-JSON, BibTeX, or a Graphviz or Mermaid graph of people and units.",
    discussion: """
      Selects the view as the other commands do: '--year' and '--person' give the timeline as \
      'list' does (no selector: the whole timeline); '--query' gives search results as 'search' \
      does; '--show' gives an event, a dossier or a source as 'show' does; '--source' gives an \
      article reference and everything citing it as 'sources' does. The document has GitHub \
      footnotes for every source and, for a timeline, a Mermaid picture. See docs/export.md.

      '--format' picks another format for the same view; each says on standard error what \
      it could not carry. See docs/formats.md.

      An existing file is kept unless '--force' is given. Exits with status 1 when nothing \
      matches or the file cannot be written.
      """)

  @OptionGroup var caseOptions: CaseOptions

  @Option(
    help: ArgumentHelp(
      "Export search results for this query (search syntax, e.g. 'person:\"garcia luna\" 2019..2022').",
      valueName: "query"))
  var query: String?

  @Option(
    help: ArgumentHelp("Only events in this year or range (2011, 2019..2022).", valueName: "year"))
  var year: String?

  @Option(
    help: ArgumentHelp(
      "Only events this person or unit takes part in (accents and case do not matter).",
      valueName: "name"))
  var person: String?

  @Option(
    help: ArgumentHelp(
      "Export one event, dossier or source, named as for 'show' (an id, a reference number, a name).",
      valueName: "id-or-name"))
  var show: String?

  @Option(
    help: ArgumentHelp("Export the article's reference N and everything citing it.", valueName: "n")
  )
  var source: Int?

  @Option(
    help: ArgumentHelp(
      "The format: markdown (default), json (a case file), csv, timelinejs, timelinejs-csv (the TimelineJS Google Sheets template), ftm, csl-json, bibtex, dot (Graphviz) or mermaid-graph.",
      valueName: "format"))
  var format: String = ExportFormat.markdown.rawValue

  @Option(
    help: ArgumentHelp(
      "For dot and mermaid-graph with '--show NAME': how many relation steps around it to draw.",
      valueName: "n"))
  var depth: Int = 1

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp("The file to write; '-' writes to standard output.", valueName: "path"))
  var output: String

  @Flag(help: "Replace the file named by '-o' if it exists.")
  var force = false

  @OptionGroup var notebookOptions: NotebookOptions

  @Flag(help: "Leave the reader's notes, marks and labels out of a Markdown export.")
  var noNotes = false

  @Flag(
    help:
      "Add a 'Generated' line with the current date and time (UTC). Without it, the same view always gives the same bytes."
  )
  var stamp = false

  func validate() throws {
    let selectors = [show != nil, source != nil, query != nil || year != nil || person != nil]
      .filter { $0 }.count
    if selectors > 1 {
      throw ValidationError(
        "Choose one view: '--show', '--source', or the filters '--query', '--year' and '--person'.")
    }
    if ExportFormat(rawValue: format) == nil {
      throw ValidationError(
        "'\(format)' is not a format; choose one of "
          + ExportFormat.allCases.map(\.rawValue).joined(separator: ", ") + ".")
    }
    if depth < 0 || depth > 10 {
      throw ValidationError("'--depth \(depth)' is out of range; give 0 to 10 relation steps.")
    }
    if output.isEmpty {
      throw ValidationError("Give a file to write with '-o PATH', or '-o -' for standard output.")
    }
  }

  func run() throws {
    let years = try year.map { text in
      guard let range = SearchQuery.parseYears(text) else {
        throw ValidationError("'\(text)' is not a year or range; write 2011 or 2019..2022.")
      }
      return range
    }
    var parsed: SearchQuery?
    if let query {
      do {
        parsed = try SearchQuery.parse(query)
      } catch {
        throw ValidationError(error.description)
      }
    }
    let index = try caseOptions.load()
    let view = try selectView(index: index, query: parsed, years: years)
    let format = ExportFormat(rawValue: format) ?? .markdown
    var exporter = InteropExporter(index: index, caseName: caseOptions.displayName)
    // The notebook shows in Markdown (unless --no-notes), and answers is:marked & co.
    if format == .markdown && !noNotes || parsed?.usesNotebook == true {
      exporter.markdown.notebook = try notebookOptions.openIfAny(caseOptions, index: index)?
        .notebook
      exporter.markdown.showsNotes = !noNotes
    }
    if exporter.markdown.isEmpty(view), case .timeline(let q) = view, !q.isEmpty {
      Output.error("No events match \(q.description); nothing was written.")
      throw ExitCode(1)
    }
    if exporter.markdown.isEmpty(view), case .searchResults(let q) = view {
      Output.error("Nothing matches \(q.description); nothing was written.")
      throw ExitCode(1)
    }
    let out = exporter.export(view, as: format, stamp: stamp ? Self.now() : nil, depth: depth)
    for warning in out.warnings { Output.error("\(format.rawValue): " + warning) }
    try OutputFile.write(out.text, to: output, force: force, done: "Wrote " + out.contents)
  }

  /// The view the options select; the whole timeline when none is given.
  private func selectView(index: CaseIndex, query: SearchQuery?, years: ClosedRange<Int>?) throws
    -> ExportView
  {
    if let number = source {
      return .source(try Lookup.reference(number, in: index, caseName: caseOptions.displayName))
    }
    if let show {
      switch try Lookup.record(show, in: index, caseName: caseOptions.displayName, verb: "export") {
      case .event(let e): return .event(e)
      case .entity(let e): return .dossier(e)
      case .source(let s): return .source(s)
      }
    }
    var extra: [SearchQuery.Term] = []
    if let years { extra.append(.years(years)) }
    if let person { extra.append(SearchQuery.person(person)) }
    if var query {
      query.required += extra
      return .searchResults(query)
    }
    return .timeline(SearchQuery(required: extra))
  }

  /// The generation stamp: "2026-11-27 16:40 UTC". The only clock read in an export.
  private static func now() -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
    return formatter.string(from: Date())
  }
}
