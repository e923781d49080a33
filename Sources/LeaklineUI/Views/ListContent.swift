import LeaklineModel

/// A row of a top-level list as displayed: a group heading or an item.
package enum ListRow: Hashable, Sendable {
  /// A group heading (a year, "Undated", a kind of entity, a kind of source) and its size.
  case header(String, count: Int)
  /// An item, by its position in the unfiltered list (`CaseIndex.timeline`,
  /// `entitiesByKind` or `sourcesInOrder`).
  case item(Int)
}

/// A list's display rows for its current items, grouped under headings.
package struct ListContent: Hashable, Sendable {
  /// Headings and items, top to bottom.
  package var rows: [ListRow]
  /// The unfiltered position of each item, in display order.
  package var positions: [Int]
  /// The display row of each item.
  package var itemRows: [Int]
  /// How many items the list has without a filter.
  package var total: Int

  /// Groups `positions` (already in display order) for `kind`.
  package init(_ kind: ListKind, positions: [Int], index: CaseIndex) {
    self.positions = positions
    var rows: [ListRow] = []
    var itemRows: [Int] = []
    var groups: [(title: String, items: [Int])] = []
    func add(_ title: String, _ position: Int) {
      if groups.last?.title == title {
        groups[groups.count - 1].items.append(position)
      } else {
        groups.append((title, [position]))
      }
    }
    switch kind {
    case .timeline:
      total = index.timeline.count
      for p in positions {
        add(index.timeline[p].when.map { String($0.start.year) } ?? "Undated", p)
      }
    case .people:
      total = index.entitiesByKind.count
      for p in positions { add(index.entitiesByKind[p].kind.pluralTitle, p) }
    case .sources:
      total = index.sourcesInOrder.count
      for p in positions {
        add(
          index.sourcesInOrder[p].isArticleReference ? "The article's references" : "Supplementary",
          p)
      }
    }
    for group in groups {
      rows.append(.header(group.title, count: group.items.count))
      for p in group.items {
        itemRows.append(rows.count)
        rows.append(.item(p))
      }
    }
    self.rows = rows
    self.itemRows = itemRows
  }

  /// How many items are shown.
  package var count: Int { positions.count }
}
