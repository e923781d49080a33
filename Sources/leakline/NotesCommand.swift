import ArgumentParser
import Foundation
import LeaklineModel
import LeaklineTeam

/// `leakline notes`: lists a notebook (marks, labels, notes by record, with author and
/// date), and `leakline notes copy` moves one between a file and a team database.
///
/// This is the team notebook's half of the command: `--notes postgresql://…` (or
/// `LEAKLINE_NOTES`) lists a shared notebook; a path lists a file notebook.
struct NotesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notes",
    abstract: "List the reader's notebook: marks, labels and notes, by record.",
    subcommands: [NotesListCommand.self, NotesCopyCommand.self],
    defaultSubcommand: NotesListCommand.self)
}

struct NotesListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List marks, labels and notes by record.")

  @OptionGroup var caseOptions: CaseOptions

  @Option(
    help: ArgumentHelp(
      "The notebook: a .notes.jsonl file or a postgresql:// URL (also LEAKLINE_NOTES).",
      valueName: "file-or-url"))
  var notes: String?

  func run() throws {
    let index = try caseOptions.load()
    let environment = ProcessInfo.processInfo.environment
    guard let notes = notes ?? environment["LEAKLINE_NOTES"], !notes.isEmpty else {
      Output.error("Say which notebook: --notes FILE-OR-URL, or set LEAKLINE_NOTES.")
      throw ExitCode(1)
    }
    let store: NotebookStore
    do throws(NotebookError) {
      store =
        TeamNotebookOpener.isTeamNotebook(notes)
        ? try TeamNotebookOpener.open(url: notes, caseTitle: index.caseFile.title)
        : FileNotebookStore(path: notes)
      let read = try store.readAll()
      for problem in read.problems { Output.error("warning: \(problem)") }
      if let status = store.status { Output.error(status) }
      Output.lines(NotesListing.lines(Notebook(read.changes), location: store.location))
    } catch {
      Output.error(error.description)
      throw ExitCode(1)
    }
  }
}

/// A notebook as text: one block per record, marks and labels first, then notes.
enum NotesListing {
  static func lines(_ notebook: Notebook, location: String) -> [String] {
    var targets = Set(notebook.marks.keys).union(notebook.labels.keys)
    for note in notebook.notesByID.values { targets.insert(note.target) }
    var lines = ["Notebook \(location): \(count(targets.count, "record"))"]
    for target in targets.sorted() {
      lines.append(target.description)
      if let mark = notebook.marks[target] {
        lines.append("  marked by \(mark.by), \(mark.at.text)")
      }
      let labels = notebook.labels(on: target)
      if !labels.isEmpty { lines.append("  labels: \(labels.joined(separator: ", "))") }
      for note in notebook.notes(on: target) {
        let stamp = note.edited ?? note.written
        lines.append("  note by \(stamp.by), \(stamp.at.text):")
        lines += note.text.split(separator: "\n", omittingEmptySubsequences: false).map {
          "    \($0)"
        }
      }
    }
    return lines
  }

  private static func count(_ n: Int, _ noun: String) -> String {
    n == 1 ? "1 \(noun)" : "\(n) \(noun)s"
  }
}
