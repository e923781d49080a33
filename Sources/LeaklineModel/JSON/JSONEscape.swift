/// What the escapes in a JSON string stand for, shared by every reader of JSON strings
/// (the strict parser, the fast case-file scanner, the notebook's line reader).
enum JSONEscape {
  /// The value of one hex digit of a `\uXXXX` escape: 0–15 for `0`–`9`, `A`–`F`, `a`–`f`;
  /// nil for any other byte.
  @inline(__always)
  static func hexDigit(_ b: UInt8) -> UInt32? {
    switch b {
    case 0x30...0x39: UInt32(b - 0x30)
    case 0x41...0x46: UInt32(b - 0x41 + 10)
    case 0x61...0x66: UInt32(b - 0x61 + 10)
    default: nil
    }
  }

  /// The byte a one-letter escape (`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`) stands
  /// for; nil for `u` and for letters JSON does not know.
  @inline(__always)
  static func single(_ letter: UInt8) -> UInt8? {
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
    case UInt8(ascii: "b"): 0x08
    case UInt8(ascii: "f"): 0x0C
    case UInt8(ascii: "n"): 0x0A
    case UInt8(ascii: "r"): 0x0D
    case UInt8(ascii: "t"): 0x09
    default: nil
    }
  }
}
