/// The events matching a query as a set: how many, and their positions a page at a time,
/// for a browser that shows a count and one screen of rows.
///
/// Counting is a pass over a bit per event, so a million events cost microseconds; only
/// the rows asked for are turned into positions.
public struct EventMatches: Sendable {
  let bits: Bitset
  /// Matches before each 512-position block, for finding the n-th match.
  private let blockRanks: [Int]
  /// How many events match.
  public let count: Int

  init(_ set: Bitset) {
    bits = set
    var ranks: [Int] = []
    ranks.reserveCapacity(bits.words.count / 8 + 1)
    var total = 0
    for (i, word) in bits.words.enumerated() {
      if i & 7 == 0 { ranks.append(total) }
      total += word.nonzeroBitCount
    }
    blockRanks = ranks
    count = total
  }

  /// Whether the event at `position` in ``CaseIndex/timeline`` matches.
  public func contains(position: Int) -> Bool {
    position >= 0 && position < bits.capacity && bits.contains(position)
  }

  /// The timeline positions of matches number `ranks` (the first match is number 0), in
  /// date order; ranks past the end are left out.
  public func positions(_ ranks: Range<Int>) -> [Int] {
    let lower = max(0, ranks.lowerBound)
    let upper = min(count, ranks.upperBound)
    guard lower < upper else { return [] }
    var out: [Int] = []
    out.reserveCapacity(upper - lower)
    var rank = blockRanks[block(containing: lower)]
    bits.forEach(from: block(containing: lower) * 512) { position in
      if rank >= lower { out.append(position) }
      rank += 1
      return rank < upper
    }
    return out
  }

  /// Every matching position, in date order (what ``SearchIndex/eventPositions(matching:in:)``
  /// returns).
  public var allPositions: [Int] { bits.positions() }

  /// The number of matches before timeline position `position`: where a selection on
  /// that event, or the next one after it, sits in the filtered list.
  public func rank(of position: Int) -> Int {
    let p = min(max(0, position), bits.capacity)
    let b = p / 512
    guard b < blockRanks.count else { return count }
    var rank = blockRanks[b]
    bits.forEach(from: b * 512) { q in
      guard q < p else { return false }
      rank += 1
      return true
    }
    return rank
  }

  /// The last block starting at or before the match of `rank`.
  private func block(containing rank: Int) -> Int {
    var lo = 0
    var hi = blockRanks.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) >> 1
      if blockRanks[mid] <= rank { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }
}

extension SearchIndex {
  /// The events matching `query`, as a count and positions read a page at a time; `nil`
  /// when `isCancelled` returned true first (checked between steps of the search, so a
  /// browser can drop a search the next keystroke has made stale).
  ///
  /// Exactly the matches of ``eventPositions(matching:in:)``.
  /// `notebook` answers the notebook words (`is:marked`, …); without it they match nothing.
  public func eventMatches(
    _ query: SearchQuery, notebook: NotebookSearch? = nil,
    isCancelled: @escaping @Sendable () -> Bool = { false }
  ) -> EventMatches? {
    engine.matches(query, notebook: notebook, isCancelled: isCancelled).map(EventMatches.init)
  }

  /// Builds the event search index now (about a second per million events, on both
  /// cores) so that no keystroke waits for it; `progress` gets events done and the total,
  /// from any thread. Without this, the first query with words reads all events' text
  /// and the second builds the index. Safe to call from any thread, more than once.
  public func prepare(progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) {
    engine.prepare(progress: progress)
  }

  /// Forgets the terms of earlier queries (which make a query that extends one faster),
  /// so that a benchmark times every keystroke as if typed for the first time.
  package func forgetRecentQueries() {
    engine.forgetRecentTerms()
  }
}
