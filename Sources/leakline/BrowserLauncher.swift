import LeaklineCurses
import LeaklineModel
import LeaklineUI

/// Starts the browser in the terminal and returns its exit status.
enum BrowserLauncher {
  /// Runs the browser; a terminal that cannot be used (not a tty, TERM unset or dumb) is a
  /// one-line message on standard error and status 2, with the screen untouched.
  static func run(index: CaseIndex, caseName: String, mouse: Bool) throws -> Int32 {
    var browser = Browser(
      index: index, caseName: caseName, mouse: mouse, exporter: MarkdownViewExporter())
    do {
      return try CursesRunner.run(&browser, options: CursesOptions(allowsMouse: mouse))
    } catch {
      // One line, so scripts and people see exactly what is wrong; the CLI's subcommands
      // (leakline list, search, show) are the way to read a case file without a terminal.
      Output.error("leakline: \(error.description)")
      return 2
    }
  }
}

/// Adapts the model's Markdown exporter to the browser's `e` key.
struct MarkdownViewExporter: ViewExporter {
  func markdown(for request: ExportRequest, index: CaseIndex, caseName: String) throws -> String {
    let exporter = MarkdownExporter(index: index, caseName: caseName)
    let empty = SearchQuery(required: [])
    let view: ExportView
    switch request {
    case .timeline(let query): view = .timeline(query ?? empty)
    case .people(let query): view = .searchResults(query ?? empty)
    case .sources(let query): view = .searchResults(query ?? empty)
    case .event(let id):
      guard let event = index.event(id: id) else { throw ExportFailure(message: "The event '\(id)' is not in this case file.") }
      view = .event(event)
    case .dossier(let id):
      guard let entity = index.entity(id: id) else { throw ExportFailure(message: "'\(id)' is not in this case file.") }
      view = .dossier(entity)
    case .source(let id):
      guard let source = index.source(id: id) else { throw ExportFailure(message: "The source '\(id)' is not in this case file.") }
      view = .source(source)
    }
    return exporter.markdown(for: view)
  }
}

/// Why the browser could not export a view.
struct ExportFailure: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
