import ArgumentParser
import Foundation

/// The `leakline` command: the browser by default, and a scriptable CLI over the same model.
@main
struct Leakline: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "leakline",
    abstract: "Browse investigative case files: timelines, people and units, and their sources.",
    discussion: """
      With no subcommand, opens the full-screen browser on the article's case file (built in), \
      or on --case FILE. The subcommands print text for people, or JSON with --json. \
      '--case FILE' may come before or after the subcommand, as with 'git -C'.
      """,
    version: "0.1.0",
    subcommands: [
      BrowseCommand.self, ListCommand.self, SearchCommand.self, ShowCommand.self,
      SourcesCommand.self, AuditCommand.self, ValidateCommand.self, ExportCommand.self,
      ImportCommand.self, InitCommand.self, MarkCommand.self, UnmarkCommand.self,
      NoteCommand.self, LabelCommand.self, NotesCommand.self, FacetsCommand.self,
    ],
    defaultSubcommand: BrowseCommand.self
  )

  /// Runs the command line, first moving a leading `--case FILE` after the subcommand so
  /// both orders work.
  static func main() {
    // A file over 'ulimit -f' is a write error (EFBIG) with a message, not a silent death.
    signal(SIGXFSZ, SIG_IGN)
    let arguments = GlobalArguments.reorder(Array(CommandLine.arguments.dropFirst()))
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      Output.finish()
    } catch {
      // ArgumentParser's messages echo what was typed; print them through `Output`, which
      // makes them terminal-safe, instead of letting the library write them raw.
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if !message.isEmpty {
        if code == .success { Output.text(message) } else { Output.error(message) }
      }
      Output.finish()
      Foundation.exit(code.rawValue)
    }
  }
}
