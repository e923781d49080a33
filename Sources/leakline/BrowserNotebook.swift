import ArgumentParser
import Foundation
import LeaklineModel
import LeaklineUI

/// The reader's notebook as the browser opens it: the store (which the event loop waits
/// on and appends to), the browser's session, and the file where the reading place is kept.
struct BrowserNotebook {
  let store: NotebookStore
  let session: LeaklineUI.NotebookSession
  /// `NAME.notes.state.json` beside the notebook: the view, selection and searches; never
  /// in the case file.
  let placePath: String

  /// Opens the notebook `options` name for the loaded case; nil when there is no place for
  /// one (the browser then runs without, and says so when `m`, `c` or `l` is pressed).
  static func open(
    _ options: NotebookOptions, caseOptions: CaseOptions, index: CaseIndex
  ) throws -> BrowserNotebook? {
    guard let opened = try options.openIfAny(caseOptions, index: index) else {
      Output.error(
        "leakline: no place for your notebook (the case's folder cannot be written and HOME is not set); --notes PATH chooses one."
      )
      return nil
    }
    let store = opened.store
    let readOnly = store.isWritable ? nil : (store.status ?? "the notebook cannot be written")
    let session = LeaklineUI.NotebookSession(
      notebook: opened.notebook, author: opened.author, location: store.location,
      readOnlyReason: readOnly, storeStatus: store.isWritable ? store.status : nil,
      problems: opened.problems)
    var placePath = store.location
    if placePath.hasSuffix(".jsonl") { placePath.removeLast(".jsonl".count) }
    return BrowserNotebook(store: store, session: session, placePath: placePath + ".state.json")
  }

  /// The place kept for this case, if any (a missing or unreadable file is no place).
  func readingPlace() -> ReadingPlace? {
    guard let data = FileManager.default.contents(atPath: placePath) else { return nil }
    return try? JSONDecoder().decode(ReadingPlace.self, from: data)
  }

  /// Keeps `place` for next time, through the atomic writer; says why on failure.
  ///
  /// Only once the reader has a notebook file: opening a case and reading it leaves no
  /// file beside someone's case file (a fixture in a repository, a shared folder).
  func keep(_ place: ReadingPlace) {
    guard FileManager.default.fileExists(atPath: store.location) || readingPlace() != nil
    else { return }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    guard let data = try? encoder.encode(place), let text = String(data: data, encoding: .utf8)
    else { return }
    do {
      try FileWriter.write(text + "\n", to: placePath, overwrite: true)
    } catch {
      Output.error("leakline: your place in the case file was not kept: \(error.description)")
    }
  }
}
