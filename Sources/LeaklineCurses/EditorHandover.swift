import CNcursesw
import Glibc
import LeaklineModel
import LeaklineUI

/// Ctrl-E in the note prompt: the terminal is handed to the reader's editor on a private
/// temporary file and taken back when it exits. Decides nothing: the text goes back to the
/// program as `.textEdited`.
enum EditorHandover {
  /// Runs `editor` on a file holding `text`; the file's text afterwards, or why not.
  static func edit(_ text: String, with editor: String?) -> TerminalEvent {
    guard let editor, !editor.isEmpty else {
      return .textEdited(text: nil, error: "neither VISUAL nor EDITOR names an editor")
    }
    let folder = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    var template = Array(((folder ?? "/tmp") + "/leakline-note-XXXXXX.txt").utf8CString)
    let descriptor = mkstemps(&template, 4)  // mode 0600: a note may be private
    guard descriptor >= 0 else {
      return .textEdited(
        text: nil, error: "cannot make a temporary file: \(String(cString: strerror(errno)))")
    }
    let path = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    defer { unlink(path) }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
    guard written == bytes.count else {
      return .textEdited(text: nil, error: "cannot write the temporary file \(path)")
    }

    cnc_leave_for_child()
    let status = run(editor, on: path)
    cnc_return_from_child()

    guard status == 0 else {
      return .textEdited(text: nil, error: "the editor '\(editor)' ended with status \(status)")
    }
    let edited = open(path, O_RDONLY | O_CLOEXEC)
    guard edited >= 0 else {
      return .textEdited(text: nil, error: "the editor left no file at \(path)")
    }
    defer { close(edited) }
    // A note is at most 64 KB; read a little more so an over-long one is refused by the
    // notebook's own limit with its own message, never cut silently.
    guard let data = try? BoundedReader.readAll(from: edited, limit: 1 << 20) else {
      return .textEdited(text: nil, error: "cannot read what the editor left in \(path)")
    }
    return .textEdited(text: String(decoding: data, as: UTF8.self), error: nil)
  }

  /// Runs `/bin/sh -c 'EDITOR "$1"' sh PATH` in the foreground and waits for it, while
  /// Ctrl-C and Ctrl-\ belong to the editor; its exit status, or 127 when it cannot start.
  private static func run(_ editor: String, on path: String) -> Int32 {
    let arguments = ["/bin/sh", "-c", editor + " \"$1\"", "sh", path]
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ) == 0 else { return 127 }
    let oldInterrupt = signal(SIGINT, SIG_IGN)
    let oldQuit = signal(SIGQUIT, SIG_IGN)
    defer {
      signal(SIGINT, oldInterrupt)
      signal(SIGQUIT, oldQuit)
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { return 127 }
    }
    let exited = status & 0x7f == 0
    return exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
  }
}
