/// Substring search over bytes, eight bytes at a time, in plain Swift.
///
/// glibc's `memmem` is not exported by Swift's `Glibc` module and is slow for the two- and
/// three-byte needles of a query being typed. This compares the needle's first and last
/// bytes against eight positions at once (the "SWAR" form of Muła's SIMD search) and
/// checks the whole needle only where both match.
enum ByteSearch {
  /// The offset of the first occurrence of `needle` in `haystack` at or after `start`.
  static func firstIndex(
    of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>,
    from start: Int = 0
  ) -> Int? {
    let n = needle.count
    let count = haystack.count
    guard n > 0, let h = haystack.baseAddress, let nd = needle.baseAddress, count - start >= n
    else {
      return n == 0 ? start : nil
    }
    let first = UInt64(nd[0]) &* 0x0101_0101_0101_0101
    let last = UInt64(nd[n - 1]) &* 0x0101_0101_0101_0101
    let raw = UnsafeRawPointer(h)
    var i = start
    while i + n - 1 + 8 <= count {
      let a = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ first
      let b = raw.loadUnaligned(fromByteOffset: i + n - 1, as: UInt64.self) ^ last
      var candidates = zeroBytes(a) & zeroBytes(b)
      while candidates != 0 {
        let k = i + candidates.trailingZeroBitCount >> 3
        if n <= 2 || bytesEqual(h + k + 1, nd + 1, n - 2) {
          // The zero-byte test can flag a byte above a real match; confirm the ends.
          if h[k] == nd[0], h[k + n - 1] == nd[n - 1] { return k }
        }
        candidates &= candidates &- 1
      }
      i += 8
    }
    while i + n <= count {
      if h[i] == nd[0], bytesEqual(h + i, nd, n) { return i }
      i += 1
    }
    return nil
  }

  /// Whether `needle` occurs in `haystack`.
  @inline(__always)
  static func contains(
    _ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    firstIndex(of: needle, in: haystack) != nil
  }

  /// 0x80 in each byte of `x` that is zero (and possibly in bytes above one that is).
  @inline(__always)
  static func zeroBytes(_ x: UInt64) -> UInt64 {
    (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
  }
}

/// Strings stored end to end, each followed by a zero byte, so that "which of these
/// contain this?" is one pass over a few megabytes instead of a call per string.
struct SearchableStrings: Sendable {
  private(set) var bytes: [UInt8] = []
  /// Where each string starts in ``bytes``.
  private(set) var starts: [UInt32] = []

  var count: Int { starts.count }

  mutating func append(_ string: UnsafeBufferPointer<UInt8>) {
    starts.append(UInt32(bytes.count))
    bytes.append(contentsOf: string)
    bytes.append(0)
  }

  /// The bytes of string `i`.
  func withString<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    bytes.withUnsafeBufferPointer { b in
      let start = Int(starts[i])
      let end = i + 1 < starts.count ? Int(starts[i + 1]) - 1 : b.count - 1
      return body(UnsafeBufferPointer(rebasing: b[start..<end]))
    }
  }

  /// The indices of the strings containing `needle`, in order; only among `candidates`
  /// when given (for a query that extends an earlier one).
  func indices(containing needle: [UInt8], among candidates: [UInt32]? = nil) -> [UInt32] {
    // A zero byte would match across the separators.
    if needle.contains(0) { return [] }
    return needle.withUnsafeBufferPointer { nd in
      var out: [UInt32] = []
      if let candidates {
        for c in candidates where withString(Int(c), { ByteSearch.contains(nd, in: $0) }) {
          out.append(c)
        }
        return out
      }
      bytes.withUnsafeBufferPointer { b in
        starts.withUnsafeBufferPointer { s in
          var from = 0
          while let hit = ByteSearch.firstIndex(of: nd, in: b, from: from) {
            // The string holding the hit: the last start at or before it.
            var lo = 0
            var hi = s.count - 1
            while lo < hi {
              let mid = (lo + hi + 1) >> 1
              if Int(s[mid]) <= hit { lo = mid } else { hi = mid - 1 }
            }
            out.append(UInt32(lo))
            from = lo + 1 < s.count ? Int(s[lo + 1]) : b.count
          }
        }
      }
      return out
    }
  }
}
