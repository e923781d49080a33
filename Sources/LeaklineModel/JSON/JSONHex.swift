/// The value of one hex digit of a `\uXXXX` escape, shared by every reader of JSON
/// strings (the strict parser, the fast case-file scanner, the notebook's line reader).
enum JSONHex {
  /// 0–15 for `0`–`9`, `A`–`F`, `a`–`f`; nil for any other byte.
  @inline(__always)
  static func digit(_ b: UInt8) -> UInt32? {
    switch b {
    case 0x30...0x39: UInt32(b - 0x30)
    case 0x41...0x46: UInt32(b - 0x41 + 10)
    case 0x61...0x66: UInt32(b - 0x61 + 10)
    default: nil
    }
  }
}
