/// Where a notebook's changes are kept: a JSON Lines file, or a team's PostgreSQL table.
///
/// The browser and the CLI work with any store the same way: read every change once,
/// append new ones (durably: a store returns from ``append(_:)`` only when the changes
/// would survive a crash, a `kill -9` or a lost connection, because the screen then says
/// "saved"), and pick up other writers' changes when ``wakeDescriptor`` becomes readable.
/// A store is used from one thread.
public protocol NotebookStore: AnyObject {
  /// Where the notebook is, safe to print: a path, or a database URL with any password
  /// taken out.
  var location: String { get }

  /// Whether changes can be written; false for a read-only folder or database role, where
  /// the browser goes on read-only and says why in ``status``.
  var isWritable: Bool { get }

  /// A line for the status bar when something is not as it should be (offline, read-only,
  /// changes waiting to be sent); nil when all is well.
  var status: String? { get }

  /// Every change in the store, in the order stored, and what could not be read (a torn
  /// last line, an invalid line), each with where it is. Reading never fails on a bad
  /// change: it is reported and skipped.
  func readAll() throws(NotebookError) -> NotebookRead

  /// Stores `changes` durably, all or none; when this returns they survive a crash.
  func append(_ changes: [NotebookChange]) throws(NotebookError)

  /// A file descriptor that becomes readable when another process may have added changes
  /// (an inotify descriptor, a database socket), for the browser's event loop to wait on
  /// beside the terminal; nil when the store cannot be watched this way.
  var wakeDescriptor: Int32? { get }

  /// Changes other writers added since the last ``readAll()`` or ``readNew()``, without
  /// blocking; call it when ``wakeDescriptor`` is readable (or now and then).
  func readNew() throws(NotebookError) -> NotebookRead
}

/// What reading a notebook found.
public struct NotebookRead: Sendable {
  public var changes: [NotebookChange]
  public var problems: [NotebookProblem]
  /// Whether these changes are the whole notebook rather than what was added: true for
  /// ``NotebookStore/readAll()``, and for ``NotebookStore/readNew()`` when the notebook
  /// was replaced (a `git checkout`, an editor's save), so the caller rebuilds its state.
  public var startsOver: Bool

  public init(
    changes: [NotebookChange] = [], problems: [NotebookProblem] = [], startsOver: Bool = false
  ) {
    self.changes = changes
    self.problems = problems
    self.startsOver = startsOver
  }
}

/// A change that could not be read, and where: kept in the store, skipped in the replay.
public struct NotebookProblem: Hashable, Sendable, CustomStringConvertible {
  /// The notebook's ``NotebookStore/location``.
  public var location: String
  /// The line of a file notebook (1-based); nil for a database.
  public var line: Int?
  /// What is wrong and what happens to it, for a person.
  public var message: String

  public init(location: String, line: Int?, message: String) {
    self.location = location
    self.line = line
    self.message = message
  }

  public var description: String {
    "\(location)\(line.map { ":\($0)" } ?? ""): \(message)"
  }
}

/// Why a notebook could not be read or written, in words a person can act on.
public struct NotebookError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The notebook's ``NotebookStore/location``.
  public var location: String
  /// What went wrong and how to fix it.
  public var message: String

  public init(location: String, message: String) {
    self.location = location
    self.message = message
  }

  public var description: String { "\(location): \(message)" }
}
