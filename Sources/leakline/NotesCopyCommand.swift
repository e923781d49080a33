import ArgumentParser
import Foundation
import LeaklineModel
import LeaklineTeam

/// `leakline notes copy --from A --to B`: a notebook from a file into a team database, or
/// back, or between two files or two databases.
///
/// Idempotent: only changes the destination does not have (by id) are added, so copying
/// twice adds nothing the second time and two people's notebooks copied into one merge.
/// A database side must be reachable: copying never goes into the offline spool, so
/// "copied" always means "in the destination".
struct NotesCopyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "copy",
    abstract: "Copy a notebook between a file and a team database (either way), idempotently.",
    discussion: """
      A and B are each a notebook file (NAME.notes.jsonl) or a PostgreSQL URL \
      (postgresql://user@host/dbname). A database keeps the changes of many cases: the case \
      is the --case file's title. Changes B already has are skipped, so running the same copy \
      again adds nothing. See docs/team.md.
      """)

  @OptionGroup var caseOptions: CaseOptions

  @Option(help: ArgumentHelp("The notebook to copy from.", valueName: "file-or-url"))
  var from: String

  @Option(help: ArgumentHelp("The notebook to copy into.", valueName: "file-or-url"))
  var to: String

  func run() throws {
    let needsCase = [from, to].contains(where: TeamNotebookOpener.isTeamNotebook)
    let title = needsCase ? try caseOptions.load().caseFile.title : ""
    let source = try open(from, caseTitle: title, writing: false)
    let destination = try open(to, caseTitle: title, writing: true)
    do throws(NotebookError) {
      let read = try source.readAll()
      for problem in read.problems { Output.error("warning: \(problem) (not copied)") }
      var known = Set(try destination.readAll().changes.map(\.id))
      let missing = read.changes.filter { known.insert($0.id).inserted }
      try destination.append(missing)
      let already = read.changes.count - missing.count
      Output.text(
        "Copied \(count(missing.count)) from \(source.location) to \(destination.location)"
          + (already > 0 ? " (\(count(already)) already there)." : "."))
    } catch {
      Output.error(error.description)
      throw ExitCode(1)
    }
  }

  private func count(_ n: Int) -> String { n == 1 ? "1 change" : "\(n) changes" }

  /// A store for one side, or a message and exit status 1.
  private func open(_ text: String, caseTitle: String, writing: Bool) throws -> NotebookStore {
    guard TeamNotebookOpener.isTeamNotebook(text) else {
      if !writing, !FileManager.default.fileExists(atPath: text) {
        Output.error("\(text): no notebook there; check the path given to --from.")
        throw ExitCode(1)
      }
      let store = FileNotebookStore(path: text)
      if writing, !store.isWritable {
        Output.error("\(text): \(store.status ?? "cannot be written"); nothing was copied.")
        throw ExitCode(1)
      }
      return store
    }
    let store: PostgresNotebookStore
    do throws(NotebookError) {
      store = try TeamNotebookOpener.open(
        url: text, caseTitle: caseTitle, connectWait: .seconds(10))
    } catch {
      Output.error(error.description)
      throw ExitCode(1)
    }
    guard store.isOnline else {
      Output.error(
        "\(store.location): cannot reach the database (\(store.offlineReason ?? "no answer")); "
          + "nothing was copied.")
      throw ExitCode(1)
    }
    if writing, !store.isWritable {
      Output.error("\(store.location): \(store.status ?? "read-only"); nothing was copied.")
      throw ExitCode(1)
    }
    return store
  }
}
