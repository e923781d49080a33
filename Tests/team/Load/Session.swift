import Foundation
import LeaklineModel
import LeaklineTeam

/// `leakline-team-load session URL CASE SPOOL`: one long-lived store, as a browser holds
/// it, driven by commands on standard input, one per line, each answered with one line:
///   note TEXT        append a note; "saved" or the error
///   status           "online|offline writable|read-only waiting N: STATUS"
///   read             readNew(): "new N: TEXT|TEXT…" (the notes' texts)
///   online SECONDS   call readNew() every 100 ms until online: "online" or "offline"
/// Every answer ends with " (N ms)": how long the store took, so a test can show that
/// nothing waits on a server that is down.
struct Session {
  let store: PostgresNotebookStore

  init(url: String, caseKey: String, spoolPath: String) throws(NotebookError) {
    store = try PostgresNotebookStore(
      url: url, caseKey: caseKey, spool: FileNotebookStore(path: spoolPath))
    _ = try store.readAll()
  }

  func run() {
    while let line = readLine() {
      let start = ContinuousClock.now
      let answer = perform(line)
      let elapsed = start.duration(to: .now)
      let milliseconds =
        elapsed.components.seconds * 1000
        + elapsed.components.attoseconds / 1_000_000_000_000_000
      say("\(answer) (\(milliseconds) ms)")
    }
  }

  private func perform(_ line: String) -> String {
    let (command, argument) = split(line)
    switch command {
    case "note":
      let change = NotebookChange(
        id: NotebookChange.newID(), at: NotebookTime(millisecondsSince1970: nowMilliseconds()),
        by: "session", target: NotebookTarget(.event, "e"), operation: .note, text: argument)
      do {
        try store.append([change])
        return "saved"
      } catch { return "error \(error)" }
    case "status":
      return "\(store.isOnline ? "online" : "offline") "
        + "\(store.isWritable ? "writable" : "read-only") waiting \(store.waitingCount): "
        + (store.status ?? "none")
    case "read":
      do {
        let read = try store.readNew()
        return "new \(read.changes.count): "
          + read.changes.map { $0.text ?? "" }.joined(separator: "|")
      } catch { return "error \(error)" }
    case "online":
      let deadline = ContinuousClock.now + .seconds(Int(argument) ?? 10)
      while !store.isOnline, ContinuousClock.now < deadline {
        _ = try? store.readNew()
        if !store.isOnline { usleep(100_000) }
      }
      return store.isOnline ? "online" : "offline"
    default:
      return "unknown command \(command)"
    }
  }

  private func split(_ line: String) -> (String, String) {
    guard let space = line.firstIndex(of: " ") else { return (line, "") }
    return (String(line[..<space]), String(line[line.index(after: space)...]))
  }
}
