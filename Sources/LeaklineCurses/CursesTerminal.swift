import CNcursesw
import Glibc
import LeaklineUI

/// The terminal in curses mode: setup, reading input, the screen size and teardown.
///
/// Creating one checks that both ends are terminals and that TERM names a usable terminal
/// type before anything is written, so a refusal leaves the screen untouched. Setup installs
/// the signal handlers and an `atexit` hook (in `cncursesw.c`), so the terminal is restored on
/// every way out: `restore()`, deinit, `exit()`, SIGINT/SIGTERM/SIGHUP, and crashes.
///
/// Only one terminal may be open at a time; it is used from one thread (ncurses is not
/// thread-safe).
package final class CursesTerminal {
  /// What one read of the input produced.
  package enum Input {
    /// An event for the program.
    case event(TerminalEvent)
    /// Input arrived but means nothing to the program (an unnamed key, a mouse move).
    case ignored
    /// Nothing arrived before the timeout, or a signal interrupted the wait.
    case none
  }

  /// Whether cells are drawn in colour (see `CursesOptions.ColorPolicy`).
  package let usesColor: Bool
  /// Whether the terminal's own default colours can be used (`use_default_colors`).
  package let hasDefaultColors: Bool
  /// Whether mouse reporting is on right now.
  package private(set) var isMouseCaptured = false

  private let window: UnsafeMutablePointer<WINDOW>
  private var isOpen = true

  /// Puts the terminal in curses mode: UTF-8 locale, cbreak, no echo, keypad, alternate
  /// screen, hidden cursor, colours if allowed.
  ///
  /// - Throws: `TerminalError` when standard input or output is not a terminal, or TERM is
  ///   unset, empty, `dumb` or unknown to ncurses; the terminal has not been touched then.
  package init(options: CursesOptions) throws(TerminalError) {
    guard isatty(STDIN_FILENO) == 1 else { throw .inputNotATerminal }
    guard isatty(STDOUT_FILENO) == 1 else { throw .outputNotATerminal }
    guard let term = Self.environment("TERM"), !term.isEmpty else {
      throw .terminalTypeMissing
    }
    guard term != "dumb" else { throw .dumbTerminal }

    // The locale must be UTF-8 before newterm, or ncurses writes accents and CJK as garbage;
    // under LANG=C this falls back to C.UTF-8.
    _ = cnc_setup_locale()
    // Save the termios and install handlers before newterm, so ncurses leaves SIGINT, SIGTERM
    // and SIGTSTP to us (it only installs its own over the default disposition).
    cnc_prepare()
    guard cnc_newterm(term) != nil, let window = cnc_stdscr() else {
      cnc_restore()
      throw .unknownTerminalType(term)
    }
    self.window = window

    cbreak()
    noecho()
    nonl()
    keypad(window, true)
    leaveok(window, true)
    if Self.environment("ESCDELAY") == nil { set_escdelay(Int32(clamping: options.escapeDelay)) }
    curs_set(0)
    cnc_disable_flow_control()

    var usesColor = false
    var hasDefaultColors = false
    let noColor = !(Self.environment("NO_COLOR") ?? "").isEmpty
    let colorAllowed =
      switch options.colors {
      case .automatic: !noColor
      case .always: true
      case .never: false
      }
    if colorAllowed, has_colors(), start_color() == OK {
      usesColor = true
      hasDefaultColors = use_default_colors() == OK
    }
    self.usesColor = usesColor
    self.hasDefaultColors = hasDefaultColors
    cnc_did_start()
  }

  deinit { restore() }

  /// The screen size ncurses currently knows (updated by the time `KEY_RESIZE` is read).
  package var size: Size {
    var rows: Int32 = 0
    var columns: Int32 = 0
    cnc_getmaxyx(window, &rows, &columns)
    return Size(columns: Int(columns), rows: Int(rows))
  }

  /// Waits up to `timeout` milliseconds (0: don't wait) for input and decodes it.
  package func read(timeout: Int) -> Input {
    wtimeout(window, Int32(clamping: max(0, timeout)))
    var code: UInt32 = 0
    let status = cnc_get_wch(window, &code)
    guard status != ERR else { return .none }
    let event = KeyDecoder.event(
      status: status, code: code, size: { self.size },
      mouse: {
        var row: Int32 = 0
        var column: Int32 = 0
        let kind = cnc_get_mouse(&row, &column)
        return KeyDecoder.mouseEvent(kind: kind, row: row, column: column)
      })
    return event.map(Input.event) ?? .ignored
  }

  /// Turns mouse reporting on or off; does nothing if it is already in that state.
  package func captureMouse(_ enabled: Bool) {
    guard isOpen, enabled != isMouseCaptured else { return }
    isMouseCaptured = cnc_set_mouse(enabled ? 1 : 0) == 1
  }

  /// Re-enters curses mode after Ctrl-Z and `fg`; the next frame repaints the whole screen.
  package func resumeAfterSuspend() {
    guard isOpen else { return }
    cnc_resume()
  }

  /// Writes `sequence` (an escape sequence the program composed, such as OSC 52) to the
  /// terminal as it is, between frames; curses has flushed the last frame already.
  package func writeRaw(_ sequence: String) {
    guard isOpen else { return }
    var bytes = Array(sequence.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return  // the terminal is gone; the next read reports it
      }
      bytes = bytes.dropFirst(written)
    }
  }

  /// Whether standard input has hung up (the terminal closed), so reads would return at once.
  package var isInputClosed: Bool { cnc_input_closed() == 1 }

  /// Ends curses mode and restores the terminal exactly as it was found. Idempotent.
  package func restore() {
    guard isOpen else { return }
    isOpen = false
    isMouseCaptured = false
    cnc_restore()
  }

  /// The value of environment variable `name`, or `nil` when unset.
  private static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}
