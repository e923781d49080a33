/// A rectangle of cells.
package struct Rect: Hashable, Sendable {
  package var row: Int
  package var column: Int
  package var width: Int
  package var height: Int

  /// A rectangle; negative sizes count as empty.
  package init(row: Int, column: Int, width: Int, height: Int) {
    self.row = row
    self.column = column
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// Whether the cell at `row`, `column` is inside.
  package func contains(row: Int, column: Int) -> Bool {
    row >= self.row && row < self.row + height && column >= self.column
      && column < self.column + width
  }
}

/// Where everything goes on a screen of a given size; shared by the reducer (for paging and
/// mouse clicks) and the renderer, so they always agree.
///
/// Row 0 is the title bar, the last row the footer (or prompt), the row above it the status
/// line. Below `minimum` the screen shows one line saying so instead.
package struct BrowserLayout: Hashable, Sendable {
  /// The smallest screen the browser lays out.
  package static let minimum = Size(columns: 40, rows: 12)
  /// The width from which the timeline's detail pane sits beside the list.
  package static let sideBySideWidth = 100

  /// The screen size.
  package let size: Size

  /// Lays out a screen of `size`.
  package init(_ size: Size) {
    self.size = size
  }

  /// Whether the screen is below `minimum`.
  package var isTooSmall: Bool {
    size.columns < Self.minimum.columns || size.rows < Self.minimum.rows
  }

  /// The status line's row.
  package var statusRow: Int { size.rows - 2 }
  /// The footer's row.
  package var footerRow: Int { size.rows - 1 }

  /// The timeline's parts.
  package struct Timeline: Hashable, Sendable {
    /// The per-year strip.
    package var strip: Rect
    /// The list's one-row title.
    package var listTitle: Rect
    /// The event rows.
    package var list: Rect
    /// The detail pane's one-row title.
    package var detailTitle: Rect
    /// The detail text.
    package var detail: Rect
    /// Whether detail is beside the list (else below it).
    package var isSideBySide: Bool
  }

  /// The timeline: strip, then list and detail side by side when wide enough, else stacked.
  package var timeline: Timeline {
    let columns = size.columns
    let strip = Rect(row: 1, column: 0, width: columns, height: 1)
    let bottom = size.rows - 2
    if columns >= Self.sideBySideWidth {
      let listWidth = columns * 11 / 20
      let detailColumn = listWidth + 2
      return Timeline(
        strip: strip,
        listTitle: Rect(row: 2, column: 0, width: listWidth, height: 1),
        list: Rect(row: 3, column: 0, width: listWidth, height: bottom - 3),
        detailTitle: Rect(row: 2, column: detailColumn, width: columns - detailColumn, height: 1),
        detail: Rect(
          row: 3, column: detailColumn, width: columns - detailColumn - 1, height: bottom - 3),
        isSideBySide: true)
    }
    let available = bottom - 2
    let listHeight = max(1, (available - 2) / 2)
    let detailTop = 3 + listHeight + 1
    return Timeline(
      strip: strip,
      listTitle: Rect(row: 2, column: 0, width: columns, height: 1),
      list: Rect(row: 3, column: 0, width: columns, height: listHeight),
      detailTitle: Rect(row: 3 + listHeight, column: 0, width: columns, height: 1),
      detail: Rect(row: detailTop, column: 1, width: columns - 2, height: bottom - detailTop),
      isSideBySide: false)
  }

  /// People and Sources: a title row, then the rows.
  package var listTitle: Rect { Rect(row: 1, column: 0, width: size.columns, height: 1) }
  /// People and Sources: the rows.
  package var list: Rect { Rect(row: 2, column: 0, width: size.columns, height: size.rows - 4) }

  /// An event, dossier or source page.
  package var page: Rect { Rect(row: 1, column: 1, width: size.columns - 2, height: size.rows - 3) }

  /// The rows a list of `kind` shows.
  package func listRect(_ kind: ListKind) -> Rect {
    kind == .timeline ? timeline.list : list
  }

  /// The help overlay's box.
  package var help: Rect { Rect(row: 1, column: 0, width: size.columns, height: size.rows - 3) }
}
