import Testing

@testable import LeaklineModel

/// The bounded edit distance behind "Did you mean …?" agrees with the textbook one, and a
/// hostile number of long candidates stays within the work budget.
@Suite struct SuggestionBoundTests {
  /// Optimal string alignment distance, the plain full-table way.
  static func reference(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { d[i][0] = i }
    for j in 0...b.count { d[0][j] = j }
    for i in stride(from: 1, through: a.count, by: 1) {
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
        }
      }
    }
    return d[a.count][b.count]
  }

  @Test func boundedDistanceAgreesWithTheFullTable() {
    var rng = HardeningRandom(seed: 42)
    let alphabet: [Unicode.Scalar] = ["a", "b", "c", "é"]
    for _ in 0..<3000 {
      let a = (0..<rng.below(9)).map { _ in alphabet[rng.below(alphabet.count)] }
      let b = (0..<rng.below(9)).map { _ in alphabet[rng.below(alphabet.count)] }
      let exact = Self.reference(a, b)
      #expect(
        Suggestion.distance(a, b) == exact,
        "\(String(String.UnicodeScalarView(a))) / \(String(String.UnicodeScalarView(b)))")
      for bound in 0...9 {
        let bounded = Suggestion.distance(a, b, atMost: bound)
        #expect(bounded == (exact <= bound ? exact : nil), "\(a) / \(b) within \(bound)")
      }
    }
  }

  @Test func aSwapOfNeighboursIsOneEdit() {
    #expect(Suggestion.nearest(to: "palce", in: ["title", "place"]) == "place")
    #expect(Suggestion.nearest(to: "eventz", in: ["events", "entities"]) == "events")
  }

  /// 20,000 candidates of 128 characters, all the word's length: without the band and the
  /// budget this is 20,000 × 128 × 128 cells for every unknown id.
  @Test func manyLongCandidatesStayWithinTheBudget() {
    let word = String(repeating: "q", count: 128)
    let candidates = (0..<20_000).map {
      String(repeating: "x", count: 120) + String($0).leftPadForTest(8)
    }
    let found = finishes("suggesting among 20,000 long ids", within: 10) {
      Suggestion.nearest(to: word, in: candidates)
    }
    #expect(found == .some(nil))
  }
}

/// A small deterministic generator for test tables.
struct HardeningRandom {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

extension String {
  fileprivate func leftPadForTest(_ width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
