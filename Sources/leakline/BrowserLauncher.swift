import Foundation
import LeaklineCurses
import LeaklineModel
import LeaklineUI

/// Starts the browser in the terminal and returns its exit status.
enum BrowserLauncher {
  /// Runs the browser; a terminal that cannot be used (not a tty, TERM unset or dumb) is a
  /// one-line message on standard error and status 2, with the screen untouched.
  /// `start` is where the browser opens; a search in it that does not parse is a message
  /// on standard error and status 1, before the terminal is touched.
  static func run(index: CaseIndex, caseName: String, mouse: Bool, start: StartPoint = StartPoint())
    throws -> Int32
  {
    var browser = Browser(
      index: index, caseName: caseName, mouse: mouse, exporter: MarkdownViewExporter())
    browser.prepare()
    do {
      try browser.start(at: start)
    } catch {
      Output.error("leakline: --query: \(error.description)")
      return 1
    }
    do {
      let options = CursesOptions(
        allowsMouse: mouse, webBrowser: ProcessInfo.processInfo.environment["BROWSER"])
      return try CursesRunner.run(&browser, options: options)
    } catch {
      // One line, so scripts and people see exactly what is wrong; the CLI's subcommands
      // (leakline list, search, show) are the way to read a case file without a terminal.
      Output.error("leakline: \(error.description)")
      return 2
    }
  }
}
