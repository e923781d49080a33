import LeaklineModel

/// The reader's notebook as the browser holds it: the replayed state, who is writing, and
/// what the store says about itself.
///
/// The browser never touches the store: it asks the backend to append changes
/// (`TerminalEffect.appendToNotebook`) and applies them only when the backend says the
/// append returned, so the screen says "saved" only for durable changes. Changes other
/// processes make arrive as `TerminalEvent.notebookRead`.
package struct NotebookSession: Sendable {
  /// The replayed notebook.
  package var notebook: Notebook
  /// Whose name goes on new changes.
  package var author: String
  /// Where the notebook is, safe to print (help and the Notebook view say it).
  package var location: String
  /// Why nothing can be written (a read-only folder or role); nil when the notebook is
  /// writable.
  package var readOnlyReason: String?
  /// The store's status line (offline, changes waiting); nil when all is well.
  package var storeStatus: String?
  /// Lines of the notebook that could not be read, each with where it is.
  package var problems: [NotebookProblem]
  /// Counts changes to the notebook, so pages showing notes are laid out again.
  package private(set) var version = 0
  /// A new change's id and time: random and the clock in the program, fixed in tests.
  let stamp: @Sendable () -> (id: String, at: NotebookTime)

  /// A session on `notebook`.
  ///
  /// - Parameters:
  ///   - stamp: makes each new change's id and time (defaults to a random id and now).
  package init(
    notebook: Notebook, author: String, location: String, readOnlyReason: String? = nil,
    storeStatus: String? = nil, problems: [NotebookProblem] = [],
    stamp: @escaping @Sendable () -> (id: String, at: NotebookTime) = {
      (NotebookChange.newID(), NotebookTime.now())
    }
  ) {
    self.notebook = notebook
    self.author = author
    self.location = location
    self.readOnlyReason = readOnlyReason
    self.storeStatus = storeStatus
    self.problems = problems
    self.stamp = stamp
  }

  /// A new change by the reader.
  func change(
    _ operation: NotebookChange.Operation, on target: NotebookTarget, text: String? = nil,
    label: String? = nil
  ) -> NotebookChange {
    let (id, at) = stamp()
    return NotebookChange(
      id: id, at: at, by: author, target: target, operation: operation, text: text, label: label)
  }

  /// Adds changes the store confirmed or another process made.
  mutating func apply(_ changes: [NotebookChange], startsOver: Bool = false) {
    if startsOver {
      notebook.reset(to: changes)
    } else {
      guard !changes.isEmpty else { return }
      notebook.apply(changes)
    }
    version += 1
  }
}
