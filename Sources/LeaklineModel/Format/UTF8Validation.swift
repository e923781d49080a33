/// Finds the first byte that breaks UTF-8, so a Latin-1 file is reported with its place.
enum UTF8Validation {
  /// The offset of the first invalid byte, or nil when all of `bytes` is valid UTF-8.
  static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var minimum: UInt32
      var code: UInt32
      switch b {
      case 0xC2...0xDF:
        length = 2
        minimum = 0x80
        code = UInt32(b & 0x1F)
      case 0xE0...0xEF:
        length = 3
        minimum = 0x800
        code = UInt32(b & 0x0F)
      case 0xF0...0xF4:
        length = 4
        minimum = 0x10000
        code = UInt32(b & 0x07)
      default: return i
      }
      guard i + length <= n else { return i }
      for k in 1..<length {
        let c = bytes[i + k]
        guard c & 0xC0 == 0x80 else { return i }
        code = code << 6 | UInt32(c & 0x3F)
      }
      if code < minimum || code > 0x10FFFF || (0xD800...0xDFFF).contains(code) { return i }
      i += length
      _ = minimum
      minimum = 0
    }
    return nil
  }
}
