import Foundation

/// An advisory `flock` on a lock file beside the notebook, held until ``release()``.
///
/// A separate file, because git or an editor may replace the notebook itself, and a lock
/// on a replaced file protects nothing. `flock` locks belong to the open file, so a lock
/// taken here is never released by some other code closing another descriptor (as POSIX
/// record locks would be).
struct FileLock {
  private var descriptor: Int32 = -1
  /// The `errno` when the lock could not be taken; readers then read without it.
  private(set) var failure: Int32?

  /// Takes the lock, waiting for it. A writer (`exclusive`) creates the lock file; a
  /// reader only locks one that exists (a notebook nobody has written has no writer).
  init(path: String, exclusive: Bool) {
    let flags = exclusive ? O_RDWR | O_CREAT | O_CLOEXEC : O_RDONLY | O_CLOEXEC
    let fd = open(path, flags, 0o644)
    guard fd >= 0 else {
      failure = errno
      return
    }
    while flock(fd, exclusive ? LOCK_EX : LOCK_SH) != 0 {
      if errno == EINTR { continue }
      failure = errno
      close(fd)
      return
    }
    descriptor = fd
  }

  /// Lets the lock go.
  func release() {
    guard descriptor >= 0 else { return }
    _ = flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
