import Foundation
import LeaklineCurses
import LeaklineModel
import LeaklineUI

/// Starts the browser in the terminal and returns its exit status.
enum BrowserLauncher {
  /// Runs the browser; a terminal that cannot be used (not a tty, TERM unset or dumb) is a
  /// one-line message on standard error and status 2, with the screen untouched.
  ///
  /// `start` is where the browser opens; a search in it that does not parse is a message
  /// on standard error and status 1, before the terminal is touched. With a notebook, the
  /// reader's place is restored before the first frame (unless `start` names a place) and
  /// kept when the browser ends.
  static func run(
    index: CaseIndex, caseName: String, mouse: Bool, notebook: BrowserNotebook? = nil,
    start: StartPoint = StartPoint()
  ) throws -> Int32 {
    var browser = Browser(
      index: index, caseName: caseName, mouse: mouse, exporter: MarkdownViewExporter(),
      notebook: notebook?.session)
    browser.prepare()
    if start.isEmpty, let place = notebook?.readingPlace() { browser.restore(place) }
    do {
      if !start.isEmpty { try browser.start(at: start) }
    } catch {
      Output.error("leakline: --query: \(error.description)")
      return 1
    }
    do {
      let options = CursesOptions(
        allowsMouse: mouse, editor: editor(),
        webBrowser: ProcessInfo.processInfo.environment["BROWSER"])
      let status = try CursesRunner.run(&browser, options: options, notebook: notebook?.store)
      notebook?.keep(browser.readingPlace)
      return status
    } catch {
      // One line, so scripts and people see exactly what is wrong; the CLI's subcommands
      // (leakline list, search, show) are the way to read a case file without a terminal.
      Output.error("leakline: \(error.description)")
      return 2
    }
  }

  /// The reader's editor for Ctrl-E: `$VISUAL`, else `$EDITOR`, else `vi`.
  private static func editor() -> String {
    let environment = ProcessInfo.processInfo.environment
    for name in ["VISUAL", "EDITOR"] {
      if let value = environment[name], !value.isEmpty { return value }
    }
    return "vi"
  }
}
