/// "Did you mean …?" for unknown ids, keys and names.
public enum Suggestion {
  /// The candidate nearest to `word` by edit distance, if it is close enough to be a typo.
  ///
  /// Close enough means at most a third of the word's length (minimum 1) edits, compared
  /// case-insensitively. Ties keep the first candidate in the order given.
  /// - Complexity: O(n·m·k) for k candidates of length m and a word of length n.
  public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
    let w = Array(word.lowercased().unicodeScalars)
    let limit = max(1, w.count / 3)
    var best: (String, Int)?
    for candidate in candidates {
      let c = Array(candidate.lowercased().unicodeScalars)
      if abs(c.count - w.count) > limit { continue }
      let d = distance(w, c)
      if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
    }
    return best?.0
  }

  /// Levenshtein distance between two scalar arrays.
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
