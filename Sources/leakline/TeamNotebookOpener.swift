import Foundation
import LeaklineModel
import LeaklineTeam

/// Opens a team notebook for `--notes postgresql://…` (or `LEAKLINE_NOTES`): the one place
/// the executable turns a database URL into a ``PostgresNotebookStore``, with its local
/// spool and its case key. The environment is read here, not in the store.
enum TeamNotebookOpener {
  /// Whether `notes` names a database rather than a file.
  static func isTeamNotebook(_ notes: String) -> Bool { ConnectionURL.isPostgres(notes) }

  /// The team notebook at `url` for the case titled `caseTitle`, its spool a file notebook
  /// under `$XDG_DATA_HOME/leakline/notes/` named for the case and the database.
  ///
  /// - Parameter connectWait: how long to wait for the server before opening offline.
  static func open(
    url: String, caseTitle: String, connectWait: Duration = .seconds(3)
  ) throws(NotebookError) -> PostgresNotebookStore {
    let environment = ProcessInfo.processInfo.environment
    let redacted = ConnectionURL.redacted(url)
    guard
      let spool = NotebookLocation.defaultFor(
        casePath: "team notebook \(redacted) case \(caseTitle)", caseFolderIsWritable: false,
        caseTitle: caseTitle, xdgDataHome: environment["XDG_DATA_HOME"],
        home: environment["HOME"])
    else {
      throw NotebookError(
        location: redacted,
        message: "no folder for the local spool of the team notebook: set HOME or XDG_DATA_HOME")
    }
    return try PostgresNotebookStore(
      url: url, caseKey: caseTitle,
      spool: FileNotebookStore(path: spool.path, createsFolder: spool.createsFolder),
      connectWait: connectWait)
  }
}
