import Foundation
import Synchronization

extension TextIndex {
  /// The index of one range of the timeline: built on its own core, then merged.
  struct Part: Sendable {
    let range: Range<Int>
    /// Tokens in order of first appearance.
    var tokens = SearchableStrings()
    /// Token `t`'s events are `postings[starts[t]..<starts[t + 1]]`, in order.
    var starts: [UInt32] = []
    var postings: [UInt32] = []
    /// For each ASCII byte, the events of the range whose text has it.
    var byteSets = [Bitset?](repeating: nil, count: 128)
    var otherPositions: [UInt32] = []
    var otherTexts: [String] = []
  }

  /// Indexes `timeline[range]` (positions are timeline positions).
  static func buildPart(
    _ timeline: [Event], _ range: Range<Int>, progress: (@Sendable (Int) -> Void)?
  ) -> Part {
    var builder = PartBuilder(range: range, capacity: timeline.count)
    timeline.withUnsafeBufferPointer { events in
      for i in range {
        if (i - range.lowerBound) & 0x3FFF == 0 { progress?(i - range.lowerBound) }
        builder.add(events[i], at: i)
      }
    }
    return builder.finish()
  }

  /// The state of indexing one part, as a value with mutating methods (closures that
  /// capture mutable locals would have their accesses checked at run time).
  private struct PartBuilder: ~Copyable {
    var part: Part
    var numbering = StringNumbering(capacity: 4096)
    var pool = PostingPool()
    var buffer = ByteBuffer(capacity: 4096)
    let capacity: Int

    init(range: Range<Int>, capacity: Int) {
      part = Part(range: range)
      self.capacity = capacity
    }

    mutating func add(_ event: Event, at i: Int) {
      guard EventFolding.fold(event, into: &buffer) else {
        part.otherPositions.append(UInt32(i))
        part.otherTexts.append(buffer.string())
        return
      }
      // Keys are read 16 bytes at a time; make sure that stays inside the buffer.
      buffer.reserve(16)
      let count = buffer.count
      let base = buffer.base
      let readableEnd = buffer.capacity
      var low: UInt64 = 0
      var high: UInt64 = 0
      var tokenStart = -1
      for k in 0..<count {
        let b = base[k]
        let bit: UInt64 = 1 << UInt64(b & 63)
        let select = UInt64(b >> 6 & 1)
        low |= bit & (select &- 1)
        high |= bit & (0 &- select)
        if TextIndex.isTokenByte(b) {
          if tokenStart < 0 { tokenStart = k }
        } else if tokenStart >= 0 {
          addToken(base + tokenStart, k - tokenStart, readable: readableEnd - tokenStart, event: i)
          tokenStart = -1
        }
      }
      if tokenStart >= 0 {
        addToken(
          base + tokenStart, count - tokenStart, readable: readableEnd - tokenStart, event: i)
      }
      for (half, mask) in [(0, low), (64, high)] {
        var m = mask
        while m != 0 {
          let b = half + m.trailingZeroBitCount
          m &= m &- 1
          if part.byteSets[b] == nil { part.byteSets[b] = Bitset(capacity: capacity) }
          part.byteSets[b]?.insert(i)
        }
      }
    }

    @inline(__always)
    private mutating func addToken(_ p: UnsafePointer<UInt8>, _ n: Int, readable: Int, event: Int) {
      let (t, isNew) = numbering.number(p, n, readable: readable)
      if isNew {
        part.tokens.append(UnsafeBufferPointer(start: p, count: n))
        pool.addList()
      }
      pool.append(UInt32(event), to: Int(t))
    }

    consuming func finish() -> Part {
      (part.starts, part.postings) = pool.lists()
      return part
    }
  }

  /// Builds the index on both cores: each indexes half of the timeline (the second
  /// half's positions all follow the first's, so lists merge by appending).
  /// `progress` gets the number of events done, from either core.
  static func build(timeline: [Event], splitFrom: Int, progress: (@Sendable (Int) -> Void)?)
    -> [Part]
  {
    let parts = timeline.count >= splitFrom ? 2 : 1
    let results = Mutex<[Part?]>([Part?](repeating: nil, count: parts))
    let done = Mutex<[Int]>([Int](repeating: 0, count: parts))
    DispatchQueue.concurrentPerform(iterations: parts) { k in
      let range = (timeline.count * k / parts)..<(timeline.count * (k + 1) / parts)
      let built = buildPart(timeline, range) { n in
        let total = done.withLock { d in
          d[k] = n
          return d.reduce(0, +)
        }
        progress?(total)
      }
      results.withLock { $0[k] = built }
    }
    return results.withLock { $0.compactMap { $0 } }
  }
}

/// Posting lists that grow without one array per token: blocks of 4, 8, 16 … 1,024
/// positions in one pool, each block starting with the index of the next.
struct PostingPool {
  private var pool: [UInt32] = [0]
  private var head: [UInt32] = []
  private var tail: [UInt32] = []
  /// Positions in the tail block, and the tail block's size.
  private var fill: [UInt16] = []
  private var size: [UInt16] = []
  private var last: [Int32] = []
  private var counts: [UInt32] = []

  mutating func addList() {
    let block = newBlock(4)
    head.append(block)
    tail.append(block)
    fill.append(0)
    size.append(4)
    last.append(-1)
    counts.append(0)
  }

  private mutating func newBlock(_ n: Int) -> UInt32 {
    let start = pool.count
    pool.append(contentsOf: repeatElement(0, count: n + 1))
    return UInt32(start)
  }

  /// Adds `event` to list `t` unless it is already the last one there.
  @inline(__always)
  mutating func append(_ event: UInt32, to t: Int) {
    guard last[t] != Int32(bitPattern: event) else { return }
    last[t] = Int32(bitPattern: event)
    counts[t] += 1
    if fill[t] == size[t] {
      let n = min(Int(size[t]) * 2, 1024)
      let block = newBlock(n)
      pool[Int(tail[t])] = block
      tail[t] = block
      fill[t] = 0
      size[t] = UInt16(n)
    }
    pool[Int(tail[t]) + 1 + Int(fill[t])] = event
    fill[t] += 1
  }

  /// The lists end to end, with where each starts.
  func lists() -> (starts: [UInt32], postings: [UInt32]) {
    var starts = [UInt32](repeating: 0, count: head.count + 1)
    var total = 0
    for t in head.indices {
      starts[t] = UInt32(total)
      total += Int(counts[t])
    }
    starts[head.count] = UInt32(total)
    var postings = [UInt32](repeating: 0, count: total)
    postings.withUnsafeMutableBufferPointer { out in
      pool.withUnsafeBufferPointer { p in
        for t in head.indices {
          var o = Int(starts[t])
          var block = Int(head[t])
          var n = 4
          var left = Int(counts[t])
          while left > 0 {
            let take = min(n, left)
            for k in 0..<take { out[o + k] = p[block + 1 + k] }
            o += take
            left -= take
            block = Int(p[block])
            n = min(n * 2, 1024)
          }
        }
      }
    }
    return (starts, postings)
  }
}
