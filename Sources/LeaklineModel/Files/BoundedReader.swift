import Foundation

/// Reads a stream (standard input, a pipe, a device) to its end, but never more than a
/// limit: `/dev/zero` or a producer that never stops is refused once the limit is passed,
/// instead of hanging or filling memory.
///
/// A stream has no size to check first, so the bytes go into reserved address space as big
/// as the limit; only the pages actually filled take memory, and nothing is copied while
/// reading (no doubling buffer briefly holding one and a half times the input).
public enum BoundedReader {
  /// Why a stream could not be read.
  public enum Failure: Error, Hashable, Sendable {
    /// More than `limit` bytes came; reading stopped there.
    case tooLarge(limit: Int)
    /// The system refused, with this `errno`.
    case system(Int32)
  }

  /// Every byte from `descriptor` until its end.
  ///
  /// - Throws: ``Failure/tooLarge(limit:)`` as soon as byte `limit + 1` arrives.
  public static func readAll(from descriptor: Int32, limit: Int) throws(Failure) -> [UInt8] {
    let capacity = limit + 1
    guard
      let memory = mmap(
        nil, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0),
      memory != MAP_FAILED
    else { throw .system(errno) }
    defer { munmap(memory, capacity) }
    _ = madvise(memory, capacity, MADV_HUGEPAGE)  // fewer page faults for a big input
    var filled = 0
    while filled < capacity {
      let n = read(descriptor, memory + filled, min(capacity - filled, 1 << 20))
      if n > 0 {
        filled += n
        continue
      }
      if n == 0 { break }
      switch errno {
      case EINTR: continue
      case EAGAIN, EWOULDBLOCK:  // a descriptor another program left non-blocking
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&ready, 1, -1)
      case let code: throw .system(code)
      }
    }
    guard filled <= limit else { throw .tooLarge(limit: limit) }
    return [UInt8](UnsafeRawBufferPointer(start: memory, count: filled))
  }
}
