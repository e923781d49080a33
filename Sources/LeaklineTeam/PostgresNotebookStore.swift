import Foundation
import LeaklineModel

/// A team's notebook in PostgreSQL: every checker's marks, notes and labels, live.
///
/// One table holds the changes of every case (``NotebookSchema``), each case under its
/// key; a change is inserted once (its id is unique per case) and announced with NOTIFY on
/// the case's channel in the same transaction, so every browser LISTENing on that case
/// wakes on ``wakeDescriptor`` and reads it with ``readNew()`` at once, without polling.
///
/// Offline-safe: when the server is unreachable at start or goes away, changes go to
/// `spool` (a file notebook beside the reader's state) and ``status`` says how many wait;
/// on reconnect every spooled change is sent again with `ON CONFLICT DO NOTHING`, so each
/// arrives exactly once whatever was sent before. Connecting never blocks for longer than
/// the wait given at start: after that, reconnecting goes a step at a time on each call.
public final class PostgresNotebookStore: NotebookStore {
  public let location: String
  /// Which case's changes this store reads and writes: several cases and teams share one
  /// database without mixing.
  public let caseKey: String
  private let url: String
  private let spool: NotebookStore

  private var connection: PostgresConnection?
  private var starting: StartingConnection?
  private var online = false
  private var connectDeadline = ContinuousClock.now
  private var nextAttempt = ContinuousClock.now
  private var retryDelay = Duration.milliseconds(500)
  private var reason: String?
  private var readOnlyReason: String?
  private var channel = ""
  private var lastSeq: Int64 = 0
  private var hasReadAll = false
  /// Whether the caller has had the server's notebook (else only the spool's).
  private var readFromServer = false
  private var catchUpNeeded = false
  private var waiting: Set<String> = []
  private var sentHere: Set<String> = []
  private var pendingProblems: [NotebookProblem] = []

  /// Opens the notebook of case `caseKey` at `url`, waiting up to `connectWait` for the
  /// server; past that it starts offline (see ``status``) and keeps trying.
  ///
  /// - Throws: when `url` is not a connection URL libpq can read (the message never holds
  ///   the password).
  public init(
    url: String, caseKey: String, spool: NotebookStore, connectWait: Duration = .seconds(3)
  ) throws(NotebookError) {
    self.url = url
    self.caseKey = caseKey
    self.spool = spool
    location = ConnectionURL.redacted(url)
    guard ConnectionURL.isPostgres(url), !url.contains("\0"), !caseKey.contains("\0") else {
      throw NotebookError(
        location: location, message: "not a PostgreSQL URL: write postgresql://user@host/dbname")
    }
    if let problem = PostgresConnection.parseError(url) {
      throw NotebookError(
        location: location,
        message: "cannot read this connection URL (\(scrub(problem))); see docs/team.md")
    }
    startConnecting(waiting: connectWait)
    if !online, reason == nil { reason = "still connecting" }
    if !online, let spooled = try? spool.readAll() {
      waiting.formUnion(spooled.changes.map(\.id))
    }
  }

  /// Whether the server is connected now (else changes go to the spool).
  public var isOnline: Bool { online }

  /// Why the store is offline (the server's or libpq's words, password taken out).
  public var offlineReason: String? { online ? nil : reason }

  /// How many changes wait in the spool to be sent.
  public var waitingCount: Int { waiting.count }

  public var isWritable: Bool { readOnlyReason == nil && (online || spool.isWritable) }

  public var status: String? {
    if let readOnlyReason { return "Team notebook read-only: \(readOnlyReason)." }
    if online { return nil }
    let why = reason.map { " (\($0))" } ?? ""
    if waiting.isEmpty {
      return "Team notebook offline\(why): changes are kept locally and sent when it is back."
    }
    let count = waiting.count == 1 ? "1 change waits" : "\(waiting.count) changes wait"
    return "Team notebook offline\(why): \(count) in \(spool.location), sent when it is back."
  }

  public var wakeDescriptor: Int32? { online ? connection?.socket : nil }

  public func readAll() throws(NotebookError) -> NotebookRead {
    advance()
    var problems = takeProblems()
    if online {
      do throws(PostgresFailure) {
        let rows = try connection!.execute(
          "SELECT \(ChangeRow.selectColumns) FROM leakline_notebook_changes "
            + "WHERE case_key = $1 ORDER BY seq", [caseKey])
        hasReadAll = true
        catchUpNeeded = false
        let read = decode(rows)
        readFromServer = true
        return NotebookRead(
          changes: read.changes, problems: problems + read.problems, startsOver: true)
      } catch {
        try handle(error)
      }
    }
    let spooled: NotebookRead
    do { spooled = try spool.readAll() } catch {
      throw NotebookError(
        location: location,
        message: "offline\(reason.map { " (\($0))" } ?? ""), and the local spool cannot be read: "
          + error.description)
    }
    waiting.formUnion(spooled.changes.map(\.id))
    hasReadAll = true
    problems += spooled.problems
    return NotebookRead(changes: spooled.changes, problems: problems, startsOver: true)
  }

  public func append(_ changes: [NotebookChange]) throws(NotebookError) {
    guard !changes.isEmpty else { return }
    advance()
    if let readOnlyReason {
      throw NotebookError(location: location, message: "read-only: \(readOnlyReason)")
    }
    if online {
      do throws(PostgresFailure) {
        try insert(changes)
        return
      } catch {
        try handle(error, writing: true)
      }
    }
    do { try spool.append(changes) } catch {
      throw NotebookError(
        location: location,
        message: "offline, and the change could not be kept locally: \(error.description)")
    }
    waiting.formUnion(changes.map(\.id))
  }

  public func readNew() throws(NotebookError) -> NotebookRead {
    var problems = takeProblems()
    if online, let connection {
      let (channels, alive) = connection.notifications()
      if !alive {
        goOffline(
          connection.errorMessage.isEmpty
            ? "the server closed the connection" : connection.errorMessage)
      } else if !channels.isEmpty {
        catchUpNeeded = true
      }
    } else {
      advance()
    }
    problems += takeProblems()
    guard online, catchUpNeeded, hasReadAll else { return NotebookRead(problems: problems) }
    do throws(PostgresFailure) {
      let rows = try connection!.execute(
        "SELECT \(ChangeRow.selectColumns) FROM leakline_notebook_changes "
          + "WHERE case_key = $1 AND seq > $2::bigint ORDER BY seq", [caseKey, String(lastSeq)])
      catchUpNeeded = false
      let read = decode(rows)
      // The first rows from the server after starting offline are the whole notebook (the
      // spool's changes now among them): the caller starts over from them.
      let whole = !readFromServer
      readFromServer = true
      return NotebookRead(
        changes: whole ? read.changes : read.changes.filter { !sentHere.contains($0.id) },
        problems: problems + read.problems, startsOver: whole)
    } catch {
      try handle(error)
      return NotebookRead(problems: problems + takeProblems())
    }
  }

  // MARK: - Connecting

  /// Moves connecting on by one step when it is due; never waits.
  private func advance() {
    if online { return }
    if connection == nil, let starting {
      if let started = starting.take() {
        self.starting = nil
        connection = started
      } else {
        if ContinuousClock.now >= connectDeadline { goOffline("no answer in time") }
        return
      }
    }
    if let connection {
      switch connection.advance() {
      case .ready: setUp()
      case .failed(let message): goOffline(message)
      case .connecting:
        if ContinuousClock.now >= connectDeadline { goOffline("no answer from the server in time") }
      }
    } else if ContinuousClock.now >= nextAttempt {
      startConnecting(waiting: .zero)
    }
  }

  /// Starts a connection, and waits up to `wait` for it.
  private func startConnecting(waiting wait: Duration) {
    connection = nil
    let starting = StartingConnection(url: url)
    self.starting = starting
    let deadline = ContinuousClock.now + wait
    connectDeadline = ContinuousClock.now + max(wait, .seconds(5))
    var taken = starting.take()
    while taken == nil, ContinuousClock.now < deadline {
      usleep(5_000)
      taken = starting.take()
    }
    guard let started = taken else { return }  // advance() picks it up
    self.starting = nil
    connection = started
    switch started.finishConnecting(by: deadline) {
    case .ready: setUp()
    case .failed(let message) where wait > .zero: goOffline(message)
    default: advance()
    }
  }

  /// Migrates, LISTENs, learns whether this role may write, and sends the spool.
  private func setUp() {
    guard let connection else { return }
    do throws(PostgresFailure) {
      try NotebookSchema.migrate(connection)
      let name = try connection.scalar("SELECT 'leakline_' || left(md5($1), 24)", [caseKey]) ?? ""
      guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
        goOffline("unexpected channel name from the server")
        return
      }
      channel = name
      try connection.execute("LISTEN \(channel)")
      let rights = try connection.execute(
        "SELECT current_user, has_table_privilege('leakline_notebook_changes', 'INSERT'), "
          + "current_setting('transaction_read_only')")
      let user = rights.first?[0] ?? "?"
      if rights.first?[2] == "on" {
        readOnlyReason =
          "the server accepts no writes (a read-only standby, or "
          + "default_transaction_read_only); marks and notes cannot be saved here"
      } else if rights.first?[1] != "t" {
        readOnlyReason =
          "role \"\(user)\" may read this notebook but not add to it; marks and "
          + "notes cannot be saved (ask the notebook's owner for INSERT rights)"
      } else {
        readOnlyReason = nil
      }
      online = true
      reason = nil
      retryDelay = .milliseconds(500)
      catchUpNeeded = hasReadAll
      if readOnlyReason == nil { try sendSpool() }
    } catch {
      if error.isPermissionDenied {
        goOffline(
          "this role may not create or read the notebook's tables (\(error.message)); "
            + "see docs/team.md, 'Setting up'")
      } else {
        goOffline(error.message)
      }
    }
  }

  /// Sends every change in the spool; those the server has already are skipped there.
  private func sendSpool() throws(PostgresFailure) {
    let spooled: NotebookRead
    do { spooled = try spool.readAll() } catch {
      pendingProblems.append(
        NotebookProblem(location: spool.location, line: nil, message: error.message))
      return
    }
    pendingProblems += spooled.problems
    if !spooled.changes.isEmpty { try insert(spooled.changes) }
    waiting.removeAll()
  }

  private func goOffline(_ message: String) {
    online = false
    connection = nil
    starting = nil
    reason = scrub(message)
    nextAttempt = ContinuousClock.now + retryDelay
    retryDelay = min(retryDelay * 2, .seconds(5))
  }

  /// A failed statement: a broken connection sends the store offline; anything else is
  /// the server refusing, which is thrown (and a refusal to write makes the store read-only).
  private func handle(_ failure: PostgresFailure, writing: Bool = false) throws(NotebookError) {
    if failure.isPermissionDenied, writing {
      readOnlyReason = "the server refused a change (\(scrub(failure.message)))"
      throw NotebookError(location: location, message: "read-only: \(readOnlyReason!)")
    }
    if connection?.isReady == true {
      let advice =
        failure.isPermissionDenied
        ? " (ask the notebook's owner to GRANT SELECT on leakline_notebook_changes; docs/team.md)"
        : ""
      throw NotebookError(location: location, message: scrub(failure.message) + advice)
    }
    goOffline(failure.message)
  }

  // MARK: - Rows

  /// Inserts `changes` in one transaction, each at most once, and wakes the case's readers.
  /// The case's advisory lock makes sequence numbers visible in commit order, so a reader
  /// asking for `seq > last` never skips a change committed late.
  private func insert(_ changes: [NotebookChange]) throws(PostgresFailure) {
    guard let connection else { throw PostgresFailure(message: "not connected", sqlState: nil) }
    try connection.execute("BEGIN")
    do throws(PostgresFailure) {
      try connection.execute("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [caseKey])
      var last: Int64 = 0
      for start in stride(from: 0, to: changes.count, by: Self.rowsPerInsert) {
        let batch = changes[start..<min(start + Self.rowsPerInsert, changes.count)]
        var parameters: [String?] = []
        var rows: [String] = []
        for change in batch {
          let n = parameters.count
          rows.append(
            "($\(n + 1), $\(n + 2), $\(n + 3)::integer, 'epoch'::timestamptz + $\(n + 4)::bigint "
              + "* interval '1 millisecond', $\(n + 5), $\(n + 6), $\(n + 7), $\(n + 8), "
              + "$\(n + 9), $\(n + 10), $\(n + 11)::boolean)")
          parameters += ChangeRow.parameters(for: change, caseKey: caseKey)
        }
        let inserted = try connection.execute(
          "INSERT INTO leakline_notebook_changes (\(ChangeRow.insertColumns)) VALUES "
            + rows.joined(separator: ", ")
            + " ON CONFLICT (case_key, id) DO NOTHING RETURNING seq", parameters)
        last = max(
          last, inserted.compactMap { $0.first ?? nil }.compactMap { Int64($0) }.max() ?? 0)
      }
      if last > 0 { try connection.execute("SELECT pg_notify($1, $2)", [channel, String(last)]) }
      try connection.execute("COMMIT")
    } catch {
      _ = try? connection.execute("ROLLBACK")
      throw error
    }
    sentHere.formUnion(changes.map(\.id))
  }

  private static let rowsPerInsert = 200

  private func decode(_ rows: [[String?]]) -> NotebookRead {
    var read = NotebookRead()
    for row in rows {
      let (seq, result) = ChangeRow.change(from: row)
      lastSeq = max(lastSeq, seq)
      switch result {
      case .success(let change): read.changes.append(change)
      case .failure(let problem):
        read.problems.append(
          NotebookProblem(
            location: location, line: nil,
            message: "change \(problem.id ?? "?") (row \(seq)): \(problem.message); skipped"))
      }
    }
    return read
  }

  private func takeProblems() -> [NotebookProblem] {
    defer { pendingProblems.removeAll() }
    return pendingProblems
  }

  private func scrub(_ message: String) -> String { ConnectionURL.scrub(message, url: url) }
}

/// A connection being started on a thread of its own: libpq looks the host name up inside
/// `PQconnectStart`, which can take as long as the resolver does (seconds, on a broken
/// network), and the browser's thread must not wait for that. The store takes the
/// connection once it is started and drives it from its own thread from then on.
private final class StartingConnection: @unchecked Sendable {
  private let lock = NSLock()
  private var started: PostgresConnection?

  init(url: String) {
    Thread.detachNewThread { [self] in
      let connection = PostgresConnection(url: url)
      lock.withLock { started = connection }
    }
  }

  /// The started connection (handed over once), or nil while libpq is still at it.
  func take() -> PostgresConnection? {
    lock.withLock {
      defer { started = nil }
      return started
    }
  }
}
