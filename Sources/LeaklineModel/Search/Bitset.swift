/// A set of event positions as one bit each: a million events in 122 KiB, so that
/// and-ing two terms or counting hits takes microseconds.
package struct Bitset: Sendable, Equatable {
  /// Bit `i % 64` of word `i / 64` is position `i`.
  private(set) var words: [UInt64]
  /// The number of positions the set ranges over.
  let capacity: Int

  /// An empty set over `0..<capacity`.
  init(capacity: Int) {
    self.capacity = capacity
    words = [UInt64](repeating: 0, count: (capacity + 63) >> 6)
  }

  /// The set of every position in `0..<capacity`.
  static func all(_ capacity: Int) -> Bitset {
    var set = Bitset(capacity: capacity)
    for i in set.words.indices { set.words[i] = ~0 }
    set.clearTail()
    return set
  }

  /// Clears the bits past `capacity` in the last word.
  private mutating func clearTail() {
    let extra = capacity & 63
    if extra != 0, !words.isEmpty { words[words.count - 1] &= (1 << UInt64(extra)) &- 1 }
  }

  @inline(__always)
  func contains(_ i: Int) -> Bool { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }

  @inline(__always)
  mutating func insert(_ i: Int) { words[i >> 6] |= 1 << UInt64(i & 63) }

  /// Adds sorted or unsorted positions, without bounds checks in the loop.
  mutating func insert(contentsOf positions: UnsafeBufferPointer<UInt32>) {
    words.withUnsafeMutableBufferPointer { w in
      for p in positions { w[Int(p >> 6)] |= 1 << UInt64(p & 63) }
    }
  }

  /// The number of positions in the set.
  package var count: Int {
    words.withUnsafeBufferPointer { w in
      var n = 0
      for word in w { n &+= word.nonzeroBitCount }
      return n
    }
  }

  var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

  mutating func formUnion(_ other: Bitset) {
    combine(other) { $0 | $1 }
  }

  mutating func formIntersection(_ other: Bitset) {
    combine(other) { $0 & $1 }
  }

  mutating func subtract(_ other: Bitset) {
    combine(other) { $0 & ~$1 }
  }

  @inline(__always)
  private mutating func combine(_ other: Bitset, _ op: (UInt64, UInt64) -> UInt64) {
    precondition(other.capacity == capacity, "sets of \(capacity) and \(other.capacity) positions")
    other.words.withUnsafeBufferPointer { o in
      words.withUnsafeMutableBufferPointer { w in
        for i in 0..<w.count { w[i] = op(w[i], o[i]) }
      }
    }
  }

  /// Calls `body` with each position in increasing order until it returns false.
  @inline(__always)
  func forEach(from start: Int = 0, _ body: (Int) -> Bool) {
    words.withUnsafeBufferPointer { w in
      guard start < capacity else { return }
      var index = start >> 6
      var word = w[index] & (~0 << UInt64(start & 63))
      while true {
        while word != 0 {
          let bit = word.trailingZeroBitCount
          if !body(index << 6 | bit) { return }
          word &= word &- 1
        }
        index += 1
        if index >= w.count { return }
        word = w[index]
      }
    }
  }

  /// The positions in increasing order.
  package func positions() -> [Int] {
    var out: [Int] = []
    out.reserveCapacity(count)
    forEach {
      out.append($0)
      return true
    }
    return out
  }

  /// Direct access to the words, for loops that build a set.
  mutating func withWords<R>(_ body: (UnsafeMutableBufferPointer<UInt64>) -> R) -> R {
    words.withUnsafeMutableBufferPointer { body($0) }
  }
}
