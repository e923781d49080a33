import LeaklineModel

/// What each item of an unfiltered list is grouped by — its year, kind of entity or kind
/// of source — as numbers, read from the case file once.
///
/// Grouping a filter's items then reads numbers instead of records: at a million events
/// the search prompt makes a new `ListContent` for each key typed.
package struct ListGrouping: Sendable {
  /// The list grouped.
  package let kind: ListKind
  /// Each item's group key, by unfiltered position: the year its date starts in (or
  /// `undated`), the kind of entity's place in `Entity.Kind.allCases`, or 0 for the
  /// article's references and 1 for the other sources.
  private let keys: [Int]
  /// The timeline's last year each event touches, by position; empty for other lists.
  private let lastYears: [Int]
  /// Every year any event touches; `nil` when no event has a date.
  private let yearRange: ClosedRange<Int>?

  /// The key of an undated event.
  private static let undated = Int.min

  /// Reads the keys of `kind` from `index`.
  package init(_ kind: ListKind, index: CaseIndex) {
    self.kind = kind
    var keys: [Int] = []
    var lastYears: [Int] = []
    var yearRange: ClosedRange<Int>?
    switch kind {
    case .timeline:
      keys.reserveCapacity(index.timeline.count)
      lastYears.reserveCapacity(index.timeline.count)
      var low = Int.max
      var high = Int.min
      index.timeline.withUnsafeBufferPointer { events in
        for event in events {
          guard let years = event.when?.years else {
            keys.append(Self.undated)
            lastYears.append(Self.undated)
            continue
          }
          keys.append(years.lowerBound)
          lastYears.append(years.upperBound)
          low = min(low, years.lowerBound)
          high = max(high, years.upperBound)
        }
      }
      yearRange = low <= high ? low...high : nil
    case .people:
      let order = Dictionary(
        uniqueKeysWithValues: Entity.Kind.allCases.enumerated().map { ($1, $0) })
      keys = index.entitiesByKind.map { order[$0.kind] ?? 0 }
    case .sources:
      keys = index.sourcesInOrder.map { $0.isArticleReference ? 0 : 1 }
    }
    self.keys = keys
    self.lastYears = lastYears
    self.yearRange = yearRange
  }

  /// The content showing `shown` (unfiltered positions in display order), or every item
  /// in order when `shown` is `nil`: consecutive items with the same key form a group.
  ///
  /// A straight loop over the keys, as a filter of a million events runs it on every key
  /// typed into the search prompt.
  package func content(showing shown: [Int]?) -> ListContent {
    let count = shown?.count ?? keys.count
    var starts: [Int] = []
    var groupKeys: [Int] = []
    var isAscending = true
    keys.withUnsafeBufferPointer { keys in
      guard count > 0 else { return }
      if let shown {
        shown.withUnsafeBufferPointer { shown in
          var previousPosition = shown[0]
          var previous = keys[previousPosition]
          starts.append(0)
          groupKeys.append(previous)
          for item in 1..<shown.count {
            let position = shown[item]
            if position < previousPosition { isAscending = false }
            previousPosition = position
            let key = keys[position]
            if key != previous {
              starts.append(item)
              groupKeys.append(key)
              previous = key
            }
          }
        }
      } else {
        var previous = keys[0]
        starts.append(0)
        groupKeys.append(previous)
        for position in 1..<keys.count {
          let key = keys[position]
          if key != previous {
            starts.append(position)
            groupKeys.append(key)
            previous = key
          }
        }
      }
    }
    var years: YearCounts?
    if kind == .timeline {
      var counter = YearCounts.Counter(years: yearRange)
      keys.withUnsafeBufferPointer { keys in
        lastYears.withUnsafeBufferPointer { lastYears in
          if let shown {
            shown.withUnsafeBufferPointer { shown in
              counter.add(firsts: keys, lasts: lastYears, at: shown, undated: Self.undated)
            }
          } else {
            counter.add(firsts: keys, lasts: lastYears, at: nil, undated: Self.undated)
          }
        }
      }
      years = counter.counts
    }
    let groups = starts.indices.map { g in
      ListGroup(
        title: title(groupKeys[g]), firstItem: starts[g],
        count: (g + 1 < starts.count ? starts[g + 1] : count) - starts[g])
    }
    return ListContent(
      total: keys.count, shown: shown, groups: groups, years: years, isAscending: isAscending)
  }

  /// The heading of the group with key `key`.
  private func title(_ key: Int) -> String {
    switch kind {
    case .timeline: key == Self.undated ? "Undated" : String(key)
    case .people: Entity.Kind.allCases[key].pluralTitle
    case .sources: key == 0 ? "The article's references" : "Supplementary"
    }
  }
}
