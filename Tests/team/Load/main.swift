import Foundation
import Glibc
import LeaklineModel
import LeaklineTeam

// Load and latency for a team notebook (Tests/team/team-test.sh):
//
//   leakline-team-load write URL CASE WRITER COUNT
//       appends COUNT notes, one transaction each, as author "writer-WRITER".
//   leakline-team-load watch URL CASE EXPECT SECONDS
//       LISTENs until EXPECT changes by other writers arrived (or SECONDS passed), then
//       prints how many arrived, how many twice, and the time from each change (its `at`)
//       to its arrival: p50, p99, max. Exits 1 when some never arrived or one came twice.
//   leakline-team-load session URL CASE SPOOL
//       one store held open as a browser holds it, its spool the file SPOOL, driven by
//       commands on standard input (see Session.swift).
//   leakline-team-load probe URL CASE
//       prints where the notebook is, whether it is online and writable, and its status,
//       then tries to append one mark and prints what happened.

/// The load tool has no local spool: a writer that cannot reach the server must fail, not
/// keep its changes aside, or the count of rows would not measure the server.
final class NoSpool: NotebookStore {
  let location = "(no spool)"
  let isWritable = false
  let status: String? = nil
  let wakeDescriptor: Int32? = nil
  func readAll() throws(NotebookError) -> NotebookRead { NotebookRead() }
  func readNew() throws(NotebookError) -> NotebookRead { NotebookRead() }
  func append(_ changes: [NotebookChange]) throws(NotebookError) {
    throw NotebookError(location: location, message: "the server is unreachable")
  }
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("leakline-team-load: \(message)\n".utf8))
  exit(1)
}

func nowMilliseconds() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

func open(_ url: String, _ caseKey: String) -> PostgresNotebookStore {
  do {
    let store = try PostgresNotebookStore(
      url: url, caseKey: caseKey, spool: NoSpool(), connectWait: .seconds(10))
    guard store.isOnline else { fail(store.status ?? "offline") }
    return store
  } catch { fail(error.description) }
}

let arguments = Array(CommandLine.arguments.dropFirst())
let usage =
  "usage: write URL CASE WRITER COUNT | watch URL CASE EXPECT SECONDS | session URL CASE SPOOL | probe URL CASE"
guard arguments.count >= 3 else { fail(usage) }
let (mode, url, caseKey) = (arguments[0], arguments[1], arguments[2])
func number(_ index: Int) -> Int {
  guard index < arguments.count, let value = Int(arguments[index]) else { fail(usage) }
  return value
}

func say(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }

switch mode {
case "session":
  guard arguments.count == 4 else { fail(usage) }
  do { try Session(url: url, caseKey: caseKey, spoolPath: arguments[3]).run() } catch {
    fail(error.description)
  }
case "probe":
  do {
    let store = try PostgresNotebookStore(url: url, caseKey: caseKey, spool: NoSpool())
    say("location: \(store.location)")
    say("online: \(store.isOnline), writable: \(store.isWritable)")
    say("status: \(store.status ?? "none")")
    let mark = NotebookChange(
      id: NotebookChange.newID(), at: NotebookTime(millisecondsSince1970: nowMilliseconds()),
      by: "probe",
      target: NotebookTarget(.event, "probe"), operation: .mark)
    do {
      try store.append([mark])
      say("append: saved")
    } catch { say("append: \(error)") }
  } catch { fail(error.description) }
case "write":
  let (number, limit) = (number(3), number(4))
  let store = open(url, caseKey)
  for i in 0..<limit {
    let change = NotebookChange(
      id: NotebookChange.newID(), at: NotebookTime(millisecondsSince1970: nowMilliseconds()),
      by: "writer-\(number)", target: NotebookTarget(.event, "e-\(number)-\(i)"),
      operation: .note, text: "change \(i) of writer \(number)")
    do { try store.append([change]) } catch { fail("writer \(number), change \(i): \(error)") }
    if !store.isOnline { fail("writer \(number) went offline: \(store.status ?? "")") }
  }
case "watch":
  let (number, limit) = (number(3), number(4))
  let store = open(url, caseKey)
  do { _ = try store.readAll() } catch { fail(error.description) }
  say("watching")
  var seen = Set<String>()
  var twice = 0
  var latencies: [Int64] = []
  let deadline = Date().addingTimeInterval(TimeInterval(limit))
  while seen.count < number, Date() < deadline {
    guard let fd = store.wakeDescriptor else { fail(store.status ?? "offline") }
    var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
    _ = poll(&entry, 1, 1000)
    let read: NotebookRead
    do { read = try store.readNew() } catch { fail(error.description) }
    let arrived = nowMilliseconds()
    for change in read.changes {
      if !seen.insert(change.id).inserted { twice += 1 }
      latencies.append(arrived - change.at.millisecondsSince1970)
    }
  }
  latencies.sort()
  func percentile(_ p: Double) -> Int64 {
    latencies.isEmpty ? -1 : latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))]
  }
  say(
    "arrived \(seen.count) of \(number), twice \(twice); latency ms p50 \(percentile(0.5)) "
      + "p99 \(percentile(0.99)) max \(latencies.last ?? -1)")
  exit(seen.count == number && twice == 0 ? 0 : 1)
default:
  fail("unknown mode \(mode)")
}
