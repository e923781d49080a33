import Glibc

/// Hands a web address to the user's browser program, as one argument, never through a shell.
///
/// The program runs detached: in its own session (Ctrl-C in the terminal does not reach it),
/// with standard input, output and error on /dev/null, so nothing it prints lands on the
/// browser's screen. Its exit is collected later by ``reap()``.
package struct URLOpener {
  /// The programs to try, in order: `$BROWSER`'s entries (colon-separated, as the
  /// convention has it), else `xdg-open`.
  let programs: [String]
  /// Whether the programs came from `$BROWSER`, for messages.
  let fromEnvironment: Bool
  /// Children started and not yet reaped.
  private var children: [pid_t] = []

  /// An opener for `browser`, the value of `$BROWSER` (nil or empty when unset).
  package init(browser: String?) {
    let entries = (browser ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
    programs = entries.isEmpty ? ["xdg-open"] : entries
    fromEnvironment = !entries.isEmpty
  }

  /// Starts the first program that exists with `url` as its only argument; returns `nil`
  /// on success or a one-line message saying why nothing was opened.
  package mutating func open(_ url: String) -> String? {
    var lastError: Int32 = ENOENT
    trying: for program in programs {
      switch Self.spawn(program, argument: url) {
      case .success(let pid):
        children.append(pid)
        return nil
      case .failure(let error):
        lastError = error.code
        if error.code != ENOENT && error.code != EACCES { break trying }
      }
    }
    let named = programs.map { "'" + $0 + "'" }.joined(separator: ", ")
    if lastError == ENOENT {
      return fromEnvironment
        ? "Cannot open the URL: $BROWSER names \(named), which was not found."
        : "Cannot open the URL: $BROWSER is not set and xdg-open is not installed."
    }
    return "Cannot open the URL with \(named): \(String(cString: strerror(lastError)))."
  }

  /// Collects the exit of every started program that has finished, so none stays a zombie.
  package mutating func reap() {
    children.removeAll { pid in
      var status: Int32 = 0
      return waitpid(pid, &status, WNOHANG) != 0
    }
  }

  /// glibc's `POSIX_SPAWN_SETSID` (since 2.26), which Swift does not import because glibc
  /// declares it only under `_GNU_SOURCE`.
  private static let spawnSetSID: Int32 = 0x80

  private struct SpawnError: Error { var code: Int32 }

  private static func spawn(_ program: String, argument: String) -> Result<pid_t, SpawnError> {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
      posix_spawn_file_actions_addopen(
        &actions, fd, "/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY, 0)
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // A session of its own, and default signal handling (the browser's own handlers and
    // blocked signals are not inherited).
    var defaults = sigset_t()
    sigfillset(&defaults)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setflags(
      &attributes, Int16(Self.spawnSetSID | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    let argv: [UnsafeMutablePointer<CChar>?] = [strdup(program), strdup(argument), nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let result = posix_spawnp(&pid, program, &actions, &attributes, argv, environ)
    return result == 0 ? .success(pid) : .failure(SpawnError(code: result))
  }
}
