import Foundation

/// Writes to a pipe, a character device or a socket where it is, as a shell redirection
/// does: opened for writing, never renamed over, never deleted, never truncated.
///
/// There is no temporary file to fall back on: bytes that reached a reader are gone, so a
/// failure says how many arrived. Each write and the close are checked (`/dev/full` says
/// the disk is full), and a reader that goes away is an error (`EPIPE`), not a signal that
/// ends the program: the browser must survive a `cat` that quits early.
enum StreamWriting {
  /// Writes `bytes` to the stream at `path`.
  ///
  /// - Parameter waitingForReader: for a pipe, wait until a program opens it for reading
  ///   (as `echo > pipe` does); without it a pipe nobody reads is ``FileWriteError/Reason/noReader``.
  static func write(
    _ bytes: UnsafeRawBufferPointer, to path: String, kind: FileDestination.StreamKind,
    waitingForReader: Bool, failing fail: (FileWriteError.Reason) -> FileWriteError
  ) throws(FileWriteError) {
    let descriptor = try openForWriting(
      path, kind: kind, waitingForReader: waitingForReader, failing: fail)
    var opened = stat()
    if fstat(descriptor, &opened) == 0, kind != .openDescriptor,
      opened.st_mode & S_IFMT == S_IFREG || opened.st_mode & S_IFMT == S_IFDIR
    {
      // Swapped for a file or folder since it was looked at: leave it alone.
      close(descriptor)
      throw fail(opened.st_mode & S_IFMT == S_IFDIR ? .isFolder : .alreadyExists)
    }
    let outcome = withBrokenPipeAsError { DescriptorWriter.writeAll(bytes, to: descriptor) }
    let closeError = close(descriptor) != 0 ? errno : 0
    if outcome.error != 0 { throw fail(.streamFailed(outcome.error, written: outcome.written)) }
    if closeError != 0, closeError != EINTR {
      throw fail(.streamFailed(closeError, written: outcome.written))
    }
  }

  /// Opens `path` for writing: a Unix socket is connected to, anything else opened.
  private static func openForWriting(
    _ path: String, kind: FileDestination.StreamKind, waitingForReader: Bool,
    failing fail: (FileWriteError.Reason) -> FileWriteError
  ) throws(FileWriteError) -> Int32 {
    if kind == .socket { return try connectToSocket(path, failing: fail) }
    let waits = kind == .pipe && !waitingForReader
    // O_APPEND: a regular file reached through /dev/fd/N is added to, never overwritten.
    let flags = O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC | (waits ? O_NONBLOCK : 0)
    while true {
      let descriptor = open(path, flags)
      if descriptor >= 0 {
        if waits { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK) }
        return descriptor
      }
      switch errno {
      case EINTR: continue
      case ENXIO where kind == .pipe: throw fail(.noReader)
      case let code: throw fail(.system(code))
      }
    }
  }

  /// Connects to the Unix stream socket at `path`.
  private static func connectToSocket(
    _ path: String, failing fail: (FileWriteError.Reason) -> FileWriteError
  ) throws(FileWriteError) -> Int32 {
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    let capacity = MemoryLayout.size(ofValue: address.sun_path)
    guard bytes.count < capacity else { throw fail(.system(ENAMETOOLONG)) }
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      raw.copyBytes(from: bytes)
    }
    let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard descriptor >= 0 else { throw fail(.system(errno)) }
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    guard connected == 0 else {
      let code = errno
      close(descriptor)
      throw fail(.system(code))
    }
    return descriptor
  }

  /// Runs `body` with SIGPIPE held back on this thread, so a write to a pipe whose reader
  /// has gone fails with `EPIPE` instead of ending the process; a SIGPIPE raised meanwhile
  /// is taken off the queue before the mask is put back.
  private static func withBrokenPipeAsError(
    _ body: () -> DescriptorWriter.Outcome
  ) -> DescriptorWriter.Outcome {
    var pipeOnly = sigset_t()
    sigemptyset(&pipeOnly)
    sigaddset(&pipeOnly, SIGPIPE)
    var pending = sigset_t()
    sigpending(&pending)
    let alreadyPending = sigismember(&pending, SIGPIPE) == 1
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &pipeOnly, &previous)
    let outcome = body()
    if outcome.error == EPIPE, !alreadyPending {
      var now = timespec(tv_sec: 0, tv_nsec: 0)
      while sigtimedwait(&pipeOnly, nil, &now) < 0, errno == EINTR {}
    }
    pthread_sigmask(SIG_SETMASK, &previous, nil)
    return outcome
  }
}
