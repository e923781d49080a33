/// One character cell of a `ScreenBuffer`: a grapheme cluster and how to draw it.
///
/// A wide character (CJK, most emoji) occupies two cells: its own, holding the text, and a
/// continuation cell to its right whose `text` is empty. The backend skips continuation cells
/// and golden screens omit them, so a wide character appears exactly once.
package struct Cell: Hashable, Sendable {
  /// The grapheme cluster shown in this cell, `" "` when blank, `""` for a continuation cell.
  package var text: String
  /// How the cell is drawn.
  package var style: Style

  /// Creates a cell showing `text` (one grapheme cluster) in `style`.
  package init(text: String = " ", style: Style = .plain) {
    self.text = text
    self.style = style
  }

  /// A plain space: what every cell of a new buffer holds.
  package static let blank = Cell()

  /// Whether this is the right half of a wide character, with nothing of its own to draw.
  package var isContinuation: Bool { text.isEmpty }
}
