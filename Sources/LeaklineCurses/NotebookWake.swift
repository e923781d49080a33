import Glibc
import LeaklineModel
import LeaklineUI

/// The notebook's part of the event loop: waiting on its store beside the terminal, and
/// turning what the store does into events for the program. Decides nothing.
enum NotebookWake {
  /// Waits up to `timeout` milliseconds until standard input or `descriptor` is readable;
  /// true when `descriptor` is (the store may have changes), false otherwise.
  static func waitForInput(or descriptor: Int32, timeout: Int) -> Bool {
    var fds = [
      pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
      pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
    ]
    let ready = poll(&fds, 2, Int32(clamping: max(0, timeout)))
    return ready > 0 && fds[1].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0
  }

  /// What the store added since it was last read, as an event (a failure is a status).
  static func readNew(_ store: any NotebookStore) -> TerminalEvent {
    do {
      let read = try store.readNew()
      return .notebookRead(
        changes: read.changes, problems: read.problems, startsOver: read.startsOver,
        status: store.status)
    } catch {
      return .notebookRead(changes: [], problems: [], startsOver: false, status: error.description)
    }
  }

  /// Appends `changes` durably and says how it went.
  static func append(_ changes: [NotebookChange], to store: (any NotebookStore)?) -> TerminalEvent {
    guard let store else {
      return .notebookWritten(changes: changes, error: "no notebook is open")
    }
    do {
      try store.append(changes)
      return .notebookWritten(changes: changes, error: nil)
    } catch {
      return .notebookWritten(changes: changes, error: error.message)
    }
  }
}
