/// How many listed events touch each year, and how many are undated: what the timeline's
/// year strip draws.
///
/// Counted once with the list's content (once per filter), so drawing the strip looks up
/// the few dozen years it shows instead of walking every listed event each frame.
package struct YearCounts: Hashable, Sendable {
  /// The years with at least one event, ascending.
  private let yearList: [Int]
  /// The number of events touching each year of `yearList`.
  private let countList: [Int]
  /// How many listed events have no date.
  package let undated: Int

  /// Counts made by a `Counter`.
  private init(years: [Int], counts: [Int], undated: Int) {
    yearList = years
    countList = counts
    self.undated = undated
  }

  /// No events at all.
  package static let none = Counter(years: nil).counts

  /// The earliest year with an event.
  package var first: Int? { yearList.first }
  /// The latest year with an event.
  package var last: Int? { yearList.last }
  /// The most events any one year has; 1 when there are none.
  package var top: Int { countList.max() ?? 1 }

  /// How many listed events touch `year`.
  package func count(in year: Int) -> Int {
    let i = ListContent.firstIndex(count: yearList.count) { yearList[$0] >= year }
    return i < yearList.count && yearList[i] == year ? countList[i] : 0
  }

  /// Adds events up year by year: in an array when the case file's years span a sane
  /// range (every real one), in a dictionary otherwise.
  struct Counter {
    private let base: Int
    private var dense: [Int]
    private var sparse: [Int: Int] = [:]
    private var undated = 0

    /// A counter for events whose years all lie in `years` (`nil`: no dated events).
    init(years: ClosedRange<Int>?) {
      let span = years.map { $0.upperBound - $0.lowerBound + 1 } ?? 0
      let isDense = span > 0 && span <= 1 << 16
      base = years?.lowerBound ?? 0
      dense = Array(repeating: 0, count: isDense ? span : 0)
    }

    /// Counts one event touching `first...last`, or an undated one when `first` is `nil`.
    mutating func add(_ first: Int?, _ last: Int) {
      guard let first else {
        undated += 1
        return
      }
      if dense.isEmpty {
        for year in first...max(first, last) { sparse[year, default: 0] += 1 }
      } else {
        for year in first...max(first, last) { dense[year - base] += 1 }
      }
    }

    /// Counts the events at `positions` (every event when `nil`): event `p` touches
    /// `firsts[p]...lasts[p]`, or is undated when `firsts[p]` is `undated`. The same as
    /// `add(_:_:)` for each in turn, without a loop per event over the years it spans.
    mutating func add(
      firsts: UnsafeBufferPointer<Int>, lasts: UnsafeBufferPointer<Int>,
      at positions: UnsafeBufferPointer<Int>?, undated marker: Int
    ) {
      let total = positions?.count ?? firsts.count
      guard !dense.isEmpty else {
        for i in 0..<total {
          let p = positions?[i] ?? i
          let first = firsts[p]
          add(first == marker ? nil : first, lasts[p])
        }
        return
      }
      // A difference array: +1 where an event's years start, -1 just past where they end.
      var steps = [Int](repeating: 0, count: dense.count + 1)
      var undatedFound = 0
      let base = self.base
      steps.withUnsafeMutableBufferPointer { steps in
        for i in 0..<total {
          let p = positions.map { $0[i] } ?? i
          let first = firsts[p]
          if first == marker {
            undatedFound &+= 1
            continue
          }
          let start = first &- base
          let last = lasts[p]
          steps[start] &+= 1
          steps[(last > first ? last &- base : start) &+ 1] &-= 1
        }
      }
      undated += undatedFound
      var running = 0
      dense.withUnsafeMutableBufferPointer { dense in
        for year in 0..<dense.count {
          running &+= steps[year]
          dense[year] &+= running
        }
      }
    }

    /// The counts.
    var counts: YearCounts {
      var years: [Int] = []
      var counts: [Int] = []
      if dense.isEmpty {
        for year in sparse.keys.sorted() {
          years.append(year)
          counts.append(sparse[year] ?? 0)
        }
      } else {
        for (offset, count) in dense.enumerated() where count > 0 {
          years.append(base + offset)
          counts.append(count)
        }
      }
      return YearCounts(years: years, counts: counts, undated: undated)
    }
  }
}
