/// The size of a terminal or a screen buffer, in character cells.
///
/// The terminal size is state: it reaches the program as `TerminalEvent.resized(_:)` and
/// nothing in the UI layer asks the terminal for it. Negative values are allowed in the type
/// (arithmetic on sizes can overshoot) and are treated as zero wherever a size is used.
package struct Size: Hashable, Sendable, CustomStringConvertible {
  /// The number of columns (cells across).
  package var columns: Int
  /// The number of rows (lines down).
  package var rows: Int

  /// Creates a size of `columns` × `rows` cells.
  package init(columns: Int, rows: Int) {
    self.columns = columns
    self.rows = rows
  }

  /// The empty size, 0×0: what a terminal too small to draw in looks like.
  package static let zero = Size(columns: 0, rows: 0)

  /// The size as `columns`x`rows`, for example `80x24`, as in terminal status lines.
  package var description: String { "\(columns)x\(rows)" }
}
