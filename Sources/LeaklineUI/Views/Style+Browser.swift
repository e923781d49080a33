import LeaklineModel

extension Style {
  /// A search match in text: the accent, underlined so it shows without colour too.
  package static let searchMatch = Style.accent.merging(Style(underline: true))
  /// The selected row of a pane that does not have the focus: reverse and dim.
  package static let unfocusedSelection = Style.selected.merging(.muted)
}

extension ScreenBuffer {
  /// Writes text that came from a case file, sanitized first; see `TerminalSafeText`.
  ///
  /// Every string the browser draws goes through here or through `Span`, so no control
  /// character or bidi override from a case file reaches the terminal.
  @discardableResult
  package mutating func put(
    _ text: String, row: Int, column: Int, maxWidth: Int? = nil, style: Style = .plain
  ) -> Int {
    write(
      TerminalSafeText.sanitize(text), row: row, column: column, maxWidth: maxWidth, style: style)
  }

  /// Writes spans end to end from `column`, stopping at `maxWidth` columns.
  @discardableResult
  package mutating func put(_ spans: [Span], row: Int, column: Int, maxWidth: Int) -> Int {
    var used = 0
    for span in spans where used < maxWidth {
      used += write(
        span.text, row: row, column: column + used, maxWidth: maxWidth - used, style: span.style)
    }
    return used
  }

  /// Restyles the columns of `ranges` (relative to `column`) within `maxWidth`.
  package mutating func highlight(
    _ ranges: [Range<Int>], row: Int, column: Int, maxWidth: Int, style: Style
  ) {
    for range in ranges where range.lowerBound < maxWidth {
      setStyle(
        style, row: row, column: column + range.lowerBound,
        width: min(range.upperBound, maxWidth) - range.lowerBound)
    }
  }
}
