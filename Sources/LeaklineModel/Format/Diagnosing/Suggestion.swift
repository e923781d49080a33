/// "Did you mean …?" for unknown ids, keys and names.
public enum Suggestion {
  /// The most edit-distance work one ``nearest(to:in:)`` call does, in table cells.
  ///
  /// A suggestion is a courtesy: a hostile file with thousands of long ids must not turn
  /// it into minutes of work. Real files need a few thousand cells per call; when the
  /// budget runs out, the best candidate found so far (if any) is the answer.
  static let maximumWork = 1_000_000

  /// The candidate nearest to `word` by edit distance, if it is close enough to be a typo.
  ///
  /// Close enough means at most a third of the word's length (minimum 1) edits, compared
  /// case-insensitively. Ties keep the first candidate in the order given.
  /// - Complexity: O(n·min(m, d)) per candidate of length m, for a word of length n and
  ///   the distance bound d; at most ``maximumWork`` table cells in all.
  public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
    let w = Array(word.lowercased().unicodeScalars)
    let limit = max(1, w.count / 3)
    var best: (String, Int)?
    var work = 0
    for candidate in candidates {
      // A scalar takes one to four UTF-8 bytes: skip lengths that cannot be near without
      // lowercasing (and so copying) a long candidate.
      let bytes = candidate.utf8.count
      if bytes < w.count - limit || bytes > 4 * (w.count + limit) { continue }
      let c = Array(candidate.lowercased().unicodeScalars)
      // Only a strictly better candidate can replace the best, so search below it.
      let bound = min(limit, (best?.1 ?? Int.max) - 1)
      if bound < 0 { break }
      if abs(c.count - w.count) > bound { continue }
      work += (w.count + 1) * (min(c.count, 2 * bound + 1) + 1)
      if work > maximumWork { break }
      if let d = distance(w, c, atMost: bound) { best = (candidate, d) }
    }
    return best?.0
  }

  /// Edit distance between two scalar arrays: insertions, deletions, substitutions and
  /// swaps of two neighbours ("palce" → "place" is one edit), each counting one.
  ///
  /// This is the optimal-string-alignment distance (a restricted Damerau–Levenshtein).
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    distance(a, b, atMost: max(a.count, b.count)) ?? max(a.count, b.count)
  }

  /// The edit distance of ``distance(_:_:)`` when it is at most `bound`, else nil.
  ///
  /// Computes only the diagonal band of width 2·bound+1 (cells outside it are over the
  /// bound anyway) and stops as soon as a whole row is over the bound.
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost bound: Int) -> Int? {
    let n = a.count
    let m = b.count
    guard bound >= 0, abs(n - m) <= bound else { return nil }
    if n == 0 || m == 0 { return max(n, m) }
    let over = bound + 1
    // Three rows: two back (for swaps), the previous one, and the one being filled.
    var twoBack = [Int](repeating: over, count: m + 1)
    var previous = [Int](repeating: over, count: m + 1)
    var current = [Int](repeating: over, count: m + 1)
    for j in 0...min(m, bound) { previous[j] = j }
    for i in 1...n {
      let lo = max(1, i - bound)
      let hi = min(m, i + bound)
      current[lo - 1] = lo == 1 ? min(i, over) : over
      var rowMinimum = current[lo - 1]
      for j in lo...hi {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, over)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, twoBack[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      // The next row reads one cell past this row's band; it must count as over.
      if hi < m { current[hi + 1] = over }
      if rowMinimum > bound { return nil }
      (twoBack, previous, current) = (previous, current, twoBack)
    }
    return previous[m] <= bound ? previous[m] : nil
  }
}
