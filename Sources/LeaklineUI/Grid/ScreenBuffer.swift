/// A fixed-size grid of cells that a whole frame is rendered into.
///
/// Screens draw into a buffer and never touch the terminal; the curses backend copies the
/// buffer to the screen and tests compare `snapshot()` with golden files. Every drawing
/// method clips: text, fills and boxes that fall partly or wholly outside the buffer draw
/// only the part inside, so rendering at any size (including 0×0 and 1×1) never traps.
///
/// Text is laid out by display width (see `DisplayWidth`): a wide character takes two cells
/// and is never split. Overwriting either half of a wide character blanks the other half.
///
/// ```swift
/// var buffer = ScreenBuffer(size: Size(columns: 20, rows: 3))
/// buffer.drawBox(row: 0, column: 0, width: 20, height: 3, title: "Leakline")
/// buffer.write("東京 → García", row: 1, column: 1, maxWidth: 18, style: .selected)
/// print(buffer.snapshot())
/// ```
package struct ScreenBuffer: Hashable, Sendable, CustomStringConvertible {
  /// The buffer's size; never negative.
  package let size: Size
  /// Row-major cells, `size.columns * size.rows` of them.
  private var cells: [Cell]

  /// Creates a blank buffer; negative dimensions are treated as zero.
  package init(size: Size) {
    let columns = max(0, size.columns)
    let rows = max(0, size.rows)
    self.size = Size(columns: columns, rows: rows)
    cells = Array(repeating: .blank, count: columns * rows)
  }

  /// The cell at `row`, `column`; a blank cell for positions outside the buffer.
  package subscript(row row: Int, column column: Int) -> Cell {
    contains(row: row, column: column) ? cells[row * size.columns + column] : .blank
  }

  /// Whether `row`, `column` is inside the buffer.
  package func contains(row: Int, column: Int) -> Bool {
    row >= 0 && row < size.rows && column >= 0 && column < size.columns
  }

  /// Writes `text` on one row from `column`, advancing by display width.
  ///
  /// Writing stops at the buffer's right edge or after `maxWidth` columns, whichever comes
  /// first. A wide character that would straddle that limit is replaced by a space in the
  /// last column, so the grid never holds half a character. Zero-width clusters on their own
  /// are dropped; control characters are shown as `?`. Positions left of column 0 and rows
  /// outside the buffer draw nothing but still count toward the result.
  ///
  /// - Returns: The number of columns advanced, so that `column += buffer.write(…)` lays out
  ///   text end to end.
  @discardableResult
  package mutating func write(
    _ text: String, row: Int, column: Int, maxWidth: Int? = nil, style: Style = .plain
  ) -> Int {
    var limit = size.columns
    if let maxWidth {
      let allowed = max(0, maxWidth)
      limit = column > Int.max - allowed ? limit : min(limit, column + allowed)
    }
    guard column < limit else { return 0 }
    let isVisibleRow = row >= 0 && row < size.rows
    var x = column
    for character in text {
      var width = DisplayWidth.of(character)
      guard width > 0 else { continue }
      var cellText = String(character)
      if DisplayWidth.isControl(character) {
        cellText = "?"
        width = 1
      }
      if x + width > limit {
        if x < limit {  // a wide character with one column left: fill it with a space
          if isVisibleRow && x >= 0 { place(" ", width: 1, style: style, row: row, column: x) }
          x += 1
        }
        break
      }
      if isVisibleRow {
        if x >= 0 {
          place(cellText, width: width, style: style, row: row, column: x)
        } else if x + width > 0 {  // right half of a wide character at the left edge
          place(" ", width: 1, style: style, row: row, column: 0)
        }
      }
      x += width
    }
    return x - column
  }

  /// Fills a rectangle with spaces in `style`, clipped to the buffer.
  ///
  /// Use it to clear a pane or paint a bar before writing text over it.
  package mutating func fill(
    row: Int, column: Int, width: Int, height: Int, style: Style = .plain
  ) {
    let rows = clip(start: row, length: height, to: size.rows)
    let columns = clip(start: column, length: width, to: size.columns)
    for y in rows {
      for x in columns { place(" ", width: 1, style: style, row: y, column: x) }
    }
  }

  /// Changes the style of `width` cells on `row` from `column`, keeping their text.
  ///
  /// Use it to highlight a whole row after writing it, for example the selection. A wide
  /// character cut by either end of the range is restyled whole.
  package mutating func setStyle(_ style: Style, row: Int, column: Int, width: Int) {
    guard row >= 0, row < size.rows else { return }
    var columns = clip(start: column, length: width, to: size.columns)
    guard !columns.isEmpty else { return }
    if self[row: row, column: columns.lowerBound].isContinuation, columns.lowerBound > 0 {
      columns = (columns.lowerBound - 1)..<columns.upperBound
    }
    let end = columns.upperBound
    if end < size.columns, self[row: row, column: end].isContinuation {
      columns = columns.lowerBound..<(end + 1)
    }
    for x in columns { cells[row * size.columns + x].style = style }
  }

  /// Draws a single-line box (`┌─┐│└┘`) with an optional title in its top edge.
  ///
  /// The title is set as `┌─ Title ───┐` and truncated with `…` to fit; it is left out when
  /// the box is narrower than 6 columns. Boxes smaller than 2×2 are not drawn. The inside is
  /// left as it is: fill it first if it may hold old content.
  package mutating func drawBox(
    row: Int, column: Int, width: Int, height: Int, title: String? = nil,
    style: Style = .plain, titleStyle: Style? = nil
  ) {
    guard width >= 2, height >= 2, row < size.rows, column < size.columns else { return }
    // Coordinates so far out that the far edges overflow cannot show anything either.
    guard !row.addingReportingOverflow(height).overflow,
      !column.addingReportingOverflow(width).overflow
    else { return }
    let rule = String(repeating: "─", count: width - 2)
    write("┌" + rule + "┐", row: row, column: column, style: style)
    for y in clip(start: row + 1, length: height - 2, to: size.rows) {
      write("│", row: y, column: column, style: style)
      write("│", row: y, column: column + width - 1, style: style)
    }
    write("└" + rule + "┘", row: row + height - 1, column: column, style: style)
    if let title, !title.isEmpty, width >= 6 {
      let shown = TextLayout.truncate(title, toWidth: width - 5)
      var x = column + 2
      write(" ", row: row, column: x, style: style)
      x += 1
      x += write(shown, row: row, column: x, style: titleStyle ?? style)
      write(" ", row: row, column: x, style: style)
    }
  }

  /// The buffer as text, one string per row.
  ///
  /// Continuation cells are omitted, so a wide character appears once, and trailing spaces
  /// are trimmed.
  package func lines() -> [String] {
    (0..<size.rows).map { row in
      var line = ""
      for column in 0..<size.columns {
        let cell = cells[row * size.columns + column]
        if !cell.isContinuation { line += cell.text }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
  }

  /// The buffer as a golden screen: `lines()`, then the styled runs, if any.
  ///
  /// Rows are joined by newlines and the text ends with one. If any cell is not plain, a
  /// `-- styles --` line follows, then one line per run of equally styled cells, such as
  /// `row 0 col 0-8 bold` (columns inclusive, counting both halves of wide characters). A
  /// highlight that moved or vanished therefore shows up in a review diff as text.
  package func snapshot() -> String {
    guard size.rows > 0 else { return "" }
    var text = lines().joined(separator: "\n") + "\n"
    let runs = styleRuns()
    if !runs.isEmpty {
      text += "-- styles --\n"
      for run in runs { text += run + "\n" }
    }
    return text
  }

  /// The golden-screen text; see `snapshot()`.
  package var description: String { snapshot() }

  /// `row R col A-B <style words>` for every run of non-plain cells, top to bottom.
  private func styleRuns() -> [String] {
    var runs: [String] = []
    for row in 0..<size.rows {
      var column = 0
      while column < size.columns {
        let style = cells[row * size.columns + column].style
        let start = column
        while column < size.columns, cells[row * size.columns + column].style == style {
          column += 1
        }
        if !style.isPlain { runs.append("row \(row) col \(start)-\(column - 1) \(style.words)") }
      }
    }
    return runs
  }

  /// Puts one cluster of `width` (1 or 2) columns at an in-bounds position.
  ///
  /// Blanks the other half of any wide character it partly overwrites, keeping the rule that
  /// a continuation cell always follows its wide character.
  private mutating func place(
    _ text: String, width: Int, style: Style, row: Int, column: Int
  ) {
    vacate(row: row, column: column)
    let index = row * size.columns + column
    cells[index] = Cell(text: text, style: style)
    if width == 2, column + 1 < size.columns {
      vacate(row: row, column: column + 1)
      cells[index + 1] = Cell(text: "", style: style)
    }
  }

  /// Breaks up a wide character that covers `row`, `column`, leaving a space in its other half.
  private mutating func vacate(row: Int, column: Int) {
    let index = row * size.columns + column
    if cells[index].isContinuation {
      if column > 0 { cells[index - 1].text = " " }
    } else if column + 1 < size.columns, cells[index + 1].isContinuation {
      cells[index + 1].text = " "
    }
  }

  /// The part of `start..<start+length` inside `0..<bound`, without overflow.
  private func clip(start: Int, length: Int, to bound: Int) -> Range<Int> {
    guard length > 0, start < bound else { return 0..<0 }
    let lower = max(0, start)
    let upper = start > bound - length ? bound : start + length
    return lower < upper ? lower..<upper : 0..<0
  }
}
