import Foundation
import Synchronization

/// Searching events' text without the word index: one pass that folds each event once
/// and looks for every word of the query in it, split over both cores.
///
/// This is what a one-off `leakline search` does: at a million events, a pass takes a
/// fraction of the time building the index would.
enum TextScan {
  /// For each of `needles` (folded words or phrases), the events within `within` whose
  /// folded text contains it; `nil` if `isCancelled` said so.
  static func run(
    _ needles: [String], in timeline: [Event], within: Bitset, splitFrom: Int,
    isCancelled: @escaping @Sendable () -> Bool
  ) -> [Bitset]? {
    let parts = timeline.count >= splitFrom ? 2 : 1
    let results = Mutex<[[Bitset]?]>([[Bitset]?](repeating: nil, count: parts))
    DispatchQueue.concurrentPerform(iterations: parts) { part in
      let range = (timeline.count * part / parts)..<(timeline.count * (part + 1) / parts)
      let found = scan(needles, timeline, range, within, isCancelled)
      results.withLock { $0[part] = found }
    }
    let all = results.withLock { $0 }
    var merged = needles.map { _ in Bitset(capacity: timeline.count) }
    for part in all {
      guard let part else { return nil }
      for k in merged.indices { merged[k].formUnion(part[k]) }
    }
    return merged
  }

  private static func scan(
    _ needles: [String], _ timeline: [Event], _ range: Range<Int>, _ within: Bitset,
    _ isCancelled: @Sendable () -> Bool
  ) -> [Bitset]? {
    var found = needles.map { _ in Bitset(capacity: timeline.count) }
    let bytes = needles.map { Array($0.utf8) }
    let isASCII = bytes.map { $0.allSatisfy { $0 < 0x80 } }
    let mayMatchASCII = needles.map(FoldedNames.mayMatchASCII)
    var buffer = ByteBuffer(capacity: 4096)
    var cancelled = false
    within.forEach(from: range.lowerBound) { i in
      guard i < range.upperBound else { return false }
      if i & 0xFFF == 0, isCancelled() {
        cancelled = true
        return false
      }
      if EventFolding.fold(timeline[i], into: &buffer) {
        for k in needles.indices {
          let hit =
            isASCII[k]
            ? bytes[k].withUnsafeBufferPointer { ByteSearch.contains($0, in: buffer.bytes) }
            : mayMatchASCII[k] && buffer.string().contains(needles[k])
          if hit { found[k].insert(i) }
        }
      } else {
        let text = buffer.string()
        for k in needles.indices
        where FoldedNames.contains(needles[k], bytes[k], isASCII: isASCII[k], in: text) {
          found[k].insert(i)
        }
      }
      return true
    }
    return cancelled ? nil : found
  }
}
