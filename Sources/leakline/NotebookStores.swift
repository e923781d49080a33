import ArgumentParser
import Foundation
import LeaklineModel

/// The one place a `--notes` value becomes a notebook store: a file path gives a
/// ``FileNotebookStore``; a `postgresql://` or `postgres://` URL a team notebook
/// (``TeamNotebookOpener``: PostgreSQL, with a local spool for when the server is away).
enum NotebookStores {
  /// The store for `value` (`--notes` or `LEAKLINE_NOTES`), or the case's default file;
  /// nil when there is no default place (the case's folder is read-only and HOME unset).
  static func make(
    _ value: String?, casePath: String?, caseTitle: String, environment: [String: String]
  ) throws -> NotebookStore? {
    if let value {
      if TeamNotebookOpener.isTeamNotebook(value) {
        do throws(NotebookError) {
          return try TeamNotebookOpener.open(url: value, caseTitle: caseTitle)
        } catch {
          Output.error(error.description)
          throw ExitCode(1)
        }
      }
      return FileNotebookStore(path: value)
    }
    let absolute = casePath.map { path in
      path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
    let folder = absolute.map { ($0 as NSString).deletingLastPathComponent } ?? ""
    return NotebookLocation.defaultFor(
      casePath: absolute, caseFolderIsWritable: absolute != nil && access(folder, W_OK) == 0,
      caseTitle: caseTitle, xdgDataHome: environment["XDG_DATA_HOME"],
      home: environment["HOME"]
    ).map { FileNotebookStore(path: $0.path, createsFolder: $0.createsFolder) }
  }
}
