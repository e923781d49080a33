import LeaklineModel

/// A row of a top-level list as displayed: a group heading or an item.
package enum ListRow: Hashable, Sendable {
  /// A group heading (a year, "Undated", a kind of entity, a kind of source) and its size.
  case header(String, count: Int)
  /// An item, by its position in the unfiltered list (`CaseIndex.timeline`,
  /// `entitiesByKind` or `sourcesInOrder`).
  case item(Int)
}

/// A run of consecutive items shown under one heading.
package struct ListGroup: Hashable, Sendable {
  /// The heading: a year, "Undated", a kind of entity, a kind of source.
  package var title: String
  /// The index, among the items shown, of the group's first item.
  package var firstItem: Int
  /// How many items the group has; at least one.
  package var count: Int
}

/// A list's display rows for its current items, grouped under headings.
///
/// Made once per filter (and once per case file for an unfiltered list) and kept: it
/// stores the groups, not a row per item, so a list of a million events answers any row,
/// and where any item is, by a binary search over its few dozen groups. Rows are
/// numbered top to bottom: each group's heading, then its items.
package struct ListContent: Sendable {
  /// How many items the list has without a filter.
  package let total: Int
  /// How many items are shown.
  package let count: Int
  /// The groups, top to bottom.
  package let groups: [ListGroup]
  /// The events per year of the items shown (the timeline's strip); `nil` for other lists.
  package let years: YearCounts?
  /// The unfiltered position of each item shown; `nil` when every item shows, in order.
  private let shown: [Int]?
  /// Whether `shown` never decreases, so it can be searched by halves.
  private let isAscending: Bool

  /// Content showing `shown` (every item in order when `nil`) grouped as `groups`;
  /// `isAscending`, when given, says whether `shown` never decreases (else it is checked).
  init(
    total: Int, shown: [Int]?, groups: [ListGroup], years: YearCounts?,
    isAscending: Bool? = nil
  ) {
    self.total = total
    self.shown = shown
    count = shown?.count ?? total
    self.groups = groups
    self.years = years
    self.isAscending =
      isAscending
      ?? shown.map { s in zip(s, s.dropFirst()).allSatisfy { $0 <= $1 } } ?? true
  }

  /// The number of display rows, headings included.
  package var rowCount: Int { count + groups.count }

  /// The unfiltered position of item `item` (an index among the items shown).
  package func position(ofItem item: Int) -> Int { shown?[item] ?? item }

  /// Every unfiltered position shown, in display order.
  ///
  /// Makes an array of `count` numbers for an unfiltered list: for tests and exports, not
  /// for anything done per key or per frame.
  package var positions: [Int] { shown ?? Array(0..<total) }

  /// The display row of item `item`.
  package func row(ofItem item: Int) -> Int { item + group(containingItem: item) + 1 }

  /// What display row `row` (in `0..<rowCount`) shows.
  package func row(at row: Int) -> ListRow {
    let g = group(atRow: row)
    let heading = groups[g].firstItem + g
    if row == heading { return .header(groups[g].title, count: groups[g].count) }
    return .item(position(ofItem: groups[g].firstItem + row - heading - 1))
  }

  /// The item on display row `row`; `nil` for a heading or a row outside the list.
  package func item(atRow row: Int) -> Int? {
    guard row >= 0, row < rowCount else { return nil }
    let g = group(atRow: row)
    let heading = groups[g].firstItem + g
    return row == heading ? nil : groups[g].firstItem + row - heading - 1
  }

  /// Whether display row `row` is a group's heading.
  package func isHeader(row: Int) -> Bool {
    row >= 0 && row < rowCount && item(atRow: row) == nil
  }

  /// The first item on display row `row` or below it.
  package func firstItem(atOrBelowRow row: Int) -> Int? {
    guard count > 0, row < rowCount else { return nil }
    guard row > 0 else { return 0 }
    return item(atRow: row) ?? groups[group(atRow: row)].firstItem
  }

  /// The last item above display row `row`.
  package func lastItem(aboveRow row: Int) -> Int? {
    guard count > 0, row > 0 else { return nil }
    let above = min(row - 1, rowCount - 1)
    if let item = item(atRow: above) { return item }
    let g = group(atRow: above)
    return g > 0 ? groups[g].firstItem - 1 : nil
  }

  /// The first item showing unfiltered position `position`, if it shows.
  package func item(showing position: Int) -> Int? {
    guard let shown else { return position >= 0 && position < total ? position : nil }
    guard isAscending else { return shown.firstIndex(of: position) }
    let item = Self.firstIndex(count: shown.count) { shown[$0] >= position }
    return item < shown.count && shown[item] == position ? item : nil
  }

  /// The first item whose unfiltered position is `position` or later, if any.
  package func firstItem(atOrAfterPosition position: Int) -> Int? {
    guard let shown else { return position < total ? max(0, position) : nil }
    guard isAscending else { return shown.firstIndex { $0 >= position } }
    let item = Self.firstIndex(count: shown.count) { shown[$0] >= position }
    return item < shown.count ? item : nil
  }

  /// The group holding item `item`: the last one starting at or before it.
  private func group(containingItem item: Int) -> Int {
    Self.firstIndex(count: groups.count) { groups[$0].firstItem > item } - 1
  }

  /// The group holding display row `row`: the last one whose heading is at or above it.
  private func group(atRow row: Int) -> Int {
    Self.firstIndex(count: groups.count) { groups[$0].firstItem + $0 > row } - 1
  }

  /// The first index in `0..<count` where `isPast` holds (`count` if none), for a
  /// predicate that holds from some index on.
  static func firstIndex(count: Int, where isPast: (Int) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if isPast(middle) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
