import ArgumentParser
import Foundation
import LeaklineCurses
import LeaklineModel
import LeaklineUI

/// `leakline` / `leakline browse`: the full-screen browser.
struct BrowseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "browse",
    abstract: "Open the full-screen browser (the default when no subcommand is given).")

  @OptionGroup var caseOptions: CaseOptions
  @OptionGroup var notebookOptions: NotebookOptions

  @Flag(
    help:
      "Let the mouse select rows and scroll. Off by default so the terminal's own text selection works."
  )
  var mouse = false

  @Option(
    name: .customLong("open"),
    help: ArgumentHelp(
      "Start on this record: an id, a reference number or a name, as 'leakline show' takes.",
      valueName: "id"))
  var record: String?

  @Option(
    help: ArgumentHelp("Start with this search applied, as typed after '/'.", valueName: "query"))
  var query: String?

  @Option(
    help: ArgumentHelp("Start on this view: timeline, people or sources.", valueName: "view"))
  var view: String?

  func run() throws {
    let chosen = try view.map(StartView.view)
    let index = try caseOptions.load(
      preparing: true, progress: LoadingProgress.forBrowsing(caseOptions.path))
    let start = StartPoint(
      view: chosen?.list, query: query,
      record: try record.map {
        try StartView.record($0, in: index, caseName: caseOptions.displayName)
      }, opensNotebook: chosen?.notebook ?? false)
    if caseOptions.path == "-" { Self.takeKeysFromTheTerminal() }
    let notebook = try BrowserNotebook.open(
      notebookOptions, caseOptions: caseOptions, index: index)
    let status = try BrowserLauncher.run(
      index: index, caseName: caseOptions.displayName, mouse: mouse, notebook: notebook,
      start: start)
    if status != 0 { throw ExitCode(status) }
  }

  /// Standard input held the case file (`cat case.json | leakline --case -`); keys come
  /// from the terminal instead, as `less` does. Without one, the launcher says so.
  private static func takeKeysFromTheTerminal() {
    guard isatty(STDIN_FILENO) == 0 else { return }
    let terminal = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard terminal >= 0 else { return }
    dup2(terminal, STDIN_FILENO)
    close(terminal)
  }
}
