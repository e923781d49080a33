import Foundation

/// Case and accent folding without Foundation for the scripts case files mostly use,
/// byte for byte equal to ``TextFolding/fold(_:)``.
///
/// Foundation's `folding(options:locale:)` costs about 10 µs for a 200-character summary;
/// at a million events that is 12 s of loading. Folding is a per-character mapping for
/// ASCII and the characters listed in ``FoldTable/ranges`` (checked pair by pair in
/// `FastFoldTests`), so this folds each character through a table computed once from
/// ``TextFolding``'s own Foundation path, and hands any other text back to Foundation.
/// Text of ASCII letters without NUL is lower-cased, as ``TextFolding/fold(_:)`` does.
package enum FastFold {
  /// The fold of `text`, or `nil` when it has a character outside the table.
  package static func fold(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { source -> String? in
      if isPlainASCII(source) { return asciiLowercased(source) }
      var failed = false
      let folded = String(unsafeUninitializedCapacity: source.count * 3) { out in
        guard let base = out.baseAddress, let written = fold(source, into: base) else {
          failed = true
          return 0
        }
        return written
      }
      return failed ? nil : folded
    }
  }

  /// Appends the fold of `text`'s UTF-8 to `out` and returns true, or returns false with
  /// `out` unchanged when `text` has a character outside the table.
  static func append(_ text: String, to out: inout ByteBuffer) -> Bool {
    var text = text
    return text.withUTF8 { append($0, to: &out) }
  }

  /// Appends the fold of UTF-8 `source` (one whole string) to `out`; see
  /// ``append(_:to:)-(String,_)``.
  static func append(_ source: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer) -> Bool {
    out.reserve(source.count * 3)
    let start = out.count
    if isPlainASCII(source) {
      let target = out.base + start
      for i in 0..<source.count { target[i] = lowercase(source[i]) }
      out.count += source.count
      return true
    }
    guard let written = fold(source, into: out.base + start) else { return false }
    out.count += written
    return true
  }

  /// Whether every byte is ASCII, eight bytes at a time.
  @inline(__always)
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var i = 0
    var high: UInt64 = 0
    while i + 8 <= bytes.count {
      high |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      i += 8
    }
    while i < bytes.count {
      high |= UInt64(base[i])
      i += 1
    }
    return high & 0x8080_8080_8080_8080 == 0
  }

  /// Whether every byte is ASCII and none is NUL (which folds to "␀").
  @inline(__always)
  static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard isASCII(bytes) else { return false }
    return !bytes.contains(0)
  }

  @inline(__always)
  static func lowercase(_ b: UInt8) -> UInt8 {
    b &- 0x41 < 26 ? b | 0x20 : b
  }

  private static func asciiLowercased(_ source: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: source.count) { out in
      for i in 0..<source.count { out[i] = lowercase(source[i]) }
      return source.count
    }
  }

  /// Folds valid UTF-8 into `out`, which has room for three times the source; returns
  /// the number of bytes written, or `nil` at the first character outside the table.
  private static func fold(
    _ source: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>
  ) -> Int? {
    let table = FoldTable.shared
    var i = 0
    var o = 0
    let n = source.count
    while i < n {
      let b = source[i]
      let scalar: UInt32
      if b < 0x80 {
        if b != 0 {
          out[o] = lowercase(b)
          o += 1
          i += 1
          continue
        }
        scalar = 0
        i += 1
      } else if b < 0xE0 {
        guard i + 1 < n else { return nil }
        scalar = UInt32(b & 0x1F) << 6 | UInt32(source[i + 1] & 0x3F)
        i += 2
      } else if b < 0xF0 {
        guard i + 2 < n else { return nil }
        scalar =
          UInt32(b & 0x0F) << 12 | UInt32(source[i + 1] & 0x3F) << 6 | UInt32(source[i + 2] & 0x3F)
        i += 3
      } else {
        return nil
      }
      guard let entry = table.entry(scalar) else { return nil }
      var packed = entry.bytes
      for _ in 0..<entry.count {
        out[o] = UInt8(truncatingIfNeeded: packed)
        packed >>= 8
        o += 1
      }
    }
    return o
  }
}

/// The folded form of every character ``FastFold`` handles, computed from Foundation.
struct FoldTable: Sendable {
  /// One table entry: up to four folded UTF-8 bytes, lowest first.
  struct Entry: Sendable {
    var bytes: UInt32
    var count: UInt8
  }

  /// The characters folded through the table. Each range was checked, pair by pair, to
  /// fold one character at a time exactly as Foundation folds a whole string; combining
  /// marks (U+0300–U+036F) are not, since they merge with the letter before them. ASCII
  /// other than NUL folds to its lower case, checked in `FastFoldTests`.
  static let ranges: [ClosedRange<UInt32>] = [
    0x0000...0x0000,  // NUL, which folds to "␀"
    0x0080...0x024F,  // Latin-1 Supplement, Latin Extended-A and -B
    0x0400...0x045F,  // Cyrillic
    0x1E00...0x1EFF,  // Latin Extended Additional (Vietnamese and others)
    0x2010...0x206F,  // General Punctuation: dashes, quotes, ellipsis
    0x20A0...0x20BF,  // Currency symbols
  ]

  /// The table, built on first use (about 1,100 Foundation calls).
  static let shared = FoldTable()

  private let low: [Entry?]  // U+0000 ..< U+0460
  private let high: [Entry?]  // U+1E00 ..< U+20C0

  private init() {
    func entries(_ range: Range<UInt32>) -> [Entry?] {
      range.map { value in
        guard FoldTable.ranges.contains(where: { $0.contains(value) }),
          let scalar = Unicode.Scalar(value)
        else { return nil }
        let folded = Array(TextFolding.foldWithFoundation(String(Character(scalar))).utf8)
        guard folded.count <= 4 else { return nil }
        var packed: UInt32 = 0
        for (k, byte) in folded.enumerated() { packed |= UInt32(byte) << (8 * UInt32(k)) }
        return Entry(bytes: packed, count: UInt8(folded.count))
      }
    }
    low = entries(0..<0x460)
    high = entries(0x1E00..<0x20C0)
  }

  @inline(__always)
  func entry(_ scalar: UInt32) -> Entry? {
    if scalar < 0x460 { return low[Int(scalar)] }
    if scalar >= 0x1E00, scalar < 0x20C0 { return high[Int(scalar - 0x1E00)] }
    return nil
  }
}
