import Foundation

/// Writes bytes to an open file descriptor until every one is written or the system refuses.
///
/// `write(2)` may write less than asked (a pipe, a terminal, a signal), may be interrupted,
/// and may say "try again" on a descriptor another program left non-blocking; this handles
/// all three, so a caller only has one answer to check. Shared by the file writer and by the
/// CLI's standard output, so no write anywhere goes unchecked.
public enum DescriptorWriter {
  /// How a write ended.
  public struct Outcome: Hashable, Sendable {
    /// Bytes written before it ended.
    public var written: Int
    /// The `errno` that stopped it; 0 when every byte was written.
    public var error: Int32
  }

  /// Writes every byte of `bytes` to `descriptor`.
  public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Outcome {
    guard let base = bytes.baseAddress else { return Outcome(written: 0, error: 0) }
    var offset = 0
    while offset < bytes.count {
      let result = write(descriptor, base + offset, bytes.count - offset)
      if result >= 0 {
        offset += result
        continue
      }
      let code = errno
      if code == EINTR { continue }
      if code == EAGAIN || code == EWOULDBLOCK {
        var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        _ = poll(&ready, 1, -1)
        continue
      }
      return Outcome(written: offset, error: code)
    }
    return Outcome(written: offset, error: 0)
  }

  /// Writes the UTF-8 of `text` to `descriptor`.
  public static func writeAll(_ text: String, to descriptor: Int32) -> Outcome {
    var text = text
    return text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
  }
}
