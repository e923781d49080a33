import ArgumentParser
import Foundation
import LeaklineModel

/// `--notes PATH` and `--as NAME`, shared by every command that reads or writes the
/// reader's notebook, and the opening that goes with them.
struct NotebookOptions: ParsableArguments {
  @Option(
    name: .customLong("notes"),
    help: ArgumentHelp(
      "The notebook file (default: NAME.notes.jsonl beside the case file, else under ~/.local/share/leakline/notes). Also LEAKLINE_NOTES.",
      valueName: "path"))
  var notes: String?

  @Option(
    name: .customLong("as"),
    help: ArgumentHelp(
      "Your name on the changes you make (default: LEAKLINE_AUTHOR, else your login name).",
      valueName: "name"))
  var author: String?

  /// The notebook for the loaded case: its store, read, and the state it replays to.
  func open(_ caseOptions: CaseOptions, index: CaseIndex, reportProblems: Bool = true) throws
    -> NotebookSession
  {
    guard let session = try openIfAny(caseOptions, index: index, reportProblems: reportProblems)
    else {
      Output.error(
        "No place for the notebook: the case file's folder cannot be written and HOME is not set. Give one with --notes PATH."
      )
      throw ExitCode(1)
    }
    return session
  }

  /// The notebook, or nil when none was named and there is no default place for one
  /// (an export then goes without notes).
  func openIfAny(_ caseOptions: CaseOptions, index: CaseIndex, reportProblems: Bool = true)
    throws -> NotebookSession?
  {
    let environment = ProcessInfo.processInfo.environment
    guard
      let store = try NotebookStores.make(
        notes ?? environment["LEAKLINE_NOTES"].flatMap { $0.isEmpty ? nil : $0 },
        casePath: caseOptions.path, caseTitle: index.caseFile.title, environment: environment)
    else { return nil }
    let read: NotebookRead
    do {
      read = try store.readAll()
    } catch {
      Output.error(error.description)
      throw ExitCode(1)
    }
    if reportProblems {
      for problem in read.problems { Output.error("warning: " + problem.description) }
    }
    return NotebookSession(
      store: store, notebook: Notebook(read.changes), problems: read.problems,
      author: author ?? Self.defaultAuthor(environment))
  }

  /// `LEAKLINE_AUTHOR`, else the login name, else `USER`, else "reader".
  private static func defaultAuthor(_ environment: [String: String]) -> String {
    if let name = environment["LEAKLINE_AUTHOR"], !name.isEmpty { return name }
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
      let login = String(cString: name)
      if !login.isEmpty { return login }
    }
    return environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "reader"
  }
}

/// An open notebook: where it is, what it says, and who is writing.
struct NotebookSession {
  let store: NotebookStore
  var notebook: Notebook
  let problems: [NotebookProblem]
  let author: String

  /// Saves one change made now, and applies it; prints why and exits 1 when it cannot be
  /// saved.
  mutating func record(
    _ operation: NotebookChange.Operation, on target: NotebookTarget, text: String? = nil,
    label: String? = nil, noteID: String? = nil
  ) throws {
    let change = NotebookChange(
      id: NotebookChange.newID(), at: .now(), by: author, target: target, operation: operation,
      text: text, label: label, noteID: noteID)
    do {
      try store.append([change])
    } catch {
      Output.error(error.description)
      if let status = store.status { Output.error(status) }
      throw ExitCode(1)
    }
    // Saved, but perhaps not where asked: a team notebook whose server is away keeps the
    // change in its local spool, and says so.
    if let status = store.status { Output.error(status) }
    notebook.apply([change])
  }

  /// The notebook as searches see it.
  func search(in index: CaseIndex) -> NotebookSearch { NotebookSearch(notebook, in: index) }
}
