import CLibpq
import Foundation
import Glibc

/// One libpq connection, opened without blocking and queried only with bound parameters.
///
/// The team notebook drives it from the browser's one thread: connecting goes step by step
/// (``advance()``), so a server that does not answer never freezes a keystroke, and
/// ``socket`` is the descriptor the browser's `poll()` waits on beside the terminal.
final class PostgresConnection {
  /// How far connecting has got.
  enum Progress: Equatable {
    case connecting
    case ready
    case failed(String)
  }

  private var handle: OpaquePointer?
  private var lastPoll = PGRES_POLLING_WRITING

  /// Starts connecting to `url`, a `postgresql://` URL passed to libpq as it is, so the
  /// URL's own options (sslmode, …) and libpq's environment (PGPASSWORD, PGSERVICE,
  /// ~/.pgpass) apply by libpq's rules. The defaults before it (TCP keepalives, a time
  /// limit on unacknowledged writes) let a dead server be noticed; the URL may override
  /// them. The client encoding after it is fixed: every text Leakline sends is UTF-8.
  init(url: String) {
    let options: [(String, String)] = [
      ("application_name", "leakline"), ("keepalives", "1"), ("keepalives_idle", "10"),
      ("keepalives_interval", "5"), ("keepalives_count", "3"), ("tcp_user_timeout", "10000"),
      ("dbname", url), ("client_encoding", "UTF8"),
    ]
    // Both lists end with NULL, as libpq requires.
    handle = CStrings.withOptional(options.map(\.0) + [nil]) { keywords in
      CStrings.withOptional(options.map(\.1) + [nil]) { values in
        PQconnectStartParams(keywords, values, 1)
      }
    }
    // libpq's default prints the server's notices (NOTICE, WARNING) to standard error,
    // raw: under the browser that would draw on the screen. Leakline has nothing to say
    // about them, so they are dropped.
    if let handle { PQsetNoticeProcessor(handle, { _, _ in }, nil) }
  }

  deinit { PQfinish(handle) }

  /// Why libpq cannot read `url` as connection options, or nil when it can.
  static func parseError(_ url: String) -> String? {
    var error: UnsafeMutablePointer<CChar>?
    guard let options = PQconninfoParse(url, &error) else {
      defer { PQfreemem(error) }
      return error.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) }
        ?? "out of memory"
    }
    PQconninfoFree(options)
    return nil
  }

  /// The descriptor to wait on, or nil when there is none (no connection, or it failed).
  var socket: Int32? {
    guard let handle else { return nil }
    let fd = PQsocket(handle)
    return fd >= 0 ? fd : nil
  }

  /// Whether the connection is up.
  var isReady: Bool { handle != nil && PQstatus(handle) == CONNECTION_OK }

  /// libpq's last error, one line, as libpq wrote it (it may name the host and the user,
  /// never the password; callers still pass it through ``ConnectionURL/scrub(_:url:)``).
  var errorMessage: String {
    guard let handle, let text = PQerrorMessage(handle) else { return "out of memory" }
    return String(cString: text).split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      .joined(separator: "; ")
  }

  /// Takes one step of connecting when the socket is ready for it, waiting at most
  /// `milliseconds` for that.
  func advance(waiting milliseconds: Int32 = 0) -> Progress {
    guard let handle else { return .failed("out of memory") }
    if PQstatus(handle) == CONNECTION_OK { return .ready }
    if PQstatus(handle) == CONNECTION_BAD { return .failed(errorMessage) }
    guard let fd = socket else { return .failed(errorMessage) }
    var entry = pollfd(
      fd: fd, events: Int16(lastPoll == PGRES_POLLING_READING ? POLLIN : POLLOUT), revents: 0)
    guard Glibc.poll(&entry, 1, milliseconds) > 0 else { return .connecting }
    lastPoll = PQconnectPoll(handle)
    switch lastPoll {
    case PGRES_POLLING_OK: return .ready
    case PGRES_POLLING_FAILED: return .failed(errorMessage)
    default: return .connecting
    }
  }

  /// Connects within `deadline` (a monotonic instant), or says why not.
  func finishConnecting(by deadline: ContinuousClock.Instant) -> Progress {
    while true {
      let left = ContinuousClock.now.duration(to: deadline)
      guard left > .zero else { return .failed("no answer from the server in time") }
      let milliseconds = Int32(clamping: left.components.seconds * 1000 + 1)
      let progress = advance(waiting: min(milliseconds, 100))
      if progress != .connecting { return progress }
    }
  }

  /// Runs one statement with its parameters bound (never spliced into the SQL), in text
  /// format; a nil parameter is SQL NULL. No parameter may contain a NUL character
  /// (callers escape it: see ``ChangeRow``).
  @discardableResult
  func execute(_ sql: String, _ parameters: [String?] = []) throws(PostgresFailure) -> [[String?]] {
    guard let handle else { throw PostgresFailure(message: "out of memory", sqlState: nil) }
    let result = CStrings.withOptional(parameters) { values in
      PQexecParams(handle, sql, Int32(parameters.count), nil, values, nil, nil, 0)
    }
    defer { PQclear(result) }
    let status = PQresultStatus(result)
    guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
      let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
      // The server's primary message ("permission denied for table …"), without the
      // query excerpt libpq adds; libpq's own message when the connection broke.
      let primary = PQresultErrorField(result, Int32(UInt8(ascii: "M"))).map { String(cString: $0) }
      let message = (primary?.isEmpty == false ? primary! : errorMessage)
        .trimmingCharacters(in: .whitespacesAndNewlines)
        .replacingOccurrences(of: "\n", with: "; ")
      throw PostgresFailure(message: message, sqlState: state)
    }
    var rows: [[String?]] = []
    let rowCount = PQntuples(result)
    let columnCount = PQnfields(result)
    rows.reserveCapacity(Int(rowCount))
    for row in 0..<rowCount {
      rows.append(
        (0..<columnCount).map { column in
          PQgetisnull(result, row, column) == 1
            ? nil : String(cString: PQgetvalue(result, row, column))
        })
    }
    return rows
  }

  /// The first column of the first row, or nil (no row, or SQL NULL).
  func scalar(_ sql: String, _ parameters: [String?] = []) throws(PostgresFailure) -> String? {
    try execute(sql, parameters).first?.first ?? nil
  }

  /// Reads what the server sent without blocking and returns the notifications in it;
  /// false in `alive` when the connection is gone.
  func notifications() -> (channels: [String], alive: Bool) {
    guard let handle, PQconsumeInput(handle) == 1, PQstatus(handle) == CONNECTION_OK else {
      return ([], false)
    }
    var channels: [String] = []
    while let notice = PQnotifies(handle) {
      channels.append(String(cString: notice.pointee.relname))
      PQfreemem(notice)
    }
    return (channels, true)
  }
}

/// A statement the server refused, or a connection that broke while running it.
struct PostgresFailure: Error {
  /// libpq's message (passed through ``ConnectionURL/scrub(_:url:)`` before anyone sees it).
  var message: String
  /// The SQLSTATE code (`42501` insufficient privilege, `25006` read-only transaction, …);
  /// nil when the connection broke.
  var sqlState: String?

  /// Whether the server said this role may not write.
  var isPermissionDenied: Bool { sqlState == "42501" || sqlState == "25006" }
}

/// C string arrays for libpq's `const char *const *` parameters, freed after the call.
enum CStrings {
  static func withOptional<R>(_ strings: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
    let pointers = strings.map { $0.flatMap { strdup($0) } }
    defer { for pointer in pointers { free(pointer) } }
    return body(pointers.map { $0.map { UnsafePointer($0) } })
  }
}
