/// Fitting text into columns: truncation, padding and word wrapping, all by display width.
///
/// Screens lay text out with these before writing it into a `ScreenBuffer`, so a long title
/// ends in `…` instead of being cut mid-word by the pane edge, and a citation wraps on spaces.
/// Widths are display columns (see `DisplayWidth`), never character counts.
package enum TextLayout {
  /// Where `pad` puts the text inside the padded width.
  package enum Alignment: Hashable, Sendable {
    /// Text first, spaces after.
    case leading
    /// Spaces first, text after (numbers in columns).
    case trailing
  }

  /// The ellipsis that marks truncated text; one column wide.
  package static let ellipsis = "…"

  /// `text` cut to at most `width` columns, ending in `…` when anything was cut.
  ///
  /// The result is never wider than `width` and may be one column narrower when a wide
  /// character had to go to make room for the ellipsis. A width of 0 or less gives `""`.
  package static func truncate(_ text: String, toWidth width: Int) -> String {
    guard width > 0 else { return "" }
    if DisplayWidth.of(text) <= width { return text }
    var result = ""
    var used = 0
    for character in text {
      let characterWidth = DisplayWidth.of(character)
      if used + characterWidth > width - 1 { break }
      result.append(character)
      used += characterWidth
    }
    return result + ellipsis
  }

  /// `text` followed (or preceded) by spaces to make it `width` columns wide.
  ///
  /// Text already as wide or wider is returned unchanged; combine with `truncate` (or use
  /// `fit`) for an exact width.
  package static func pad(
    _ text: String, toWidth width: Int, alignment: Alignment = .leading
  ) -> String {
    let missing = width - DisplayWidth.of(text)
    guard missing > 0 else { return text }
    let spaces = String(repeating: " ", count: missing)
    return alignment == .leading ? text + spaces : spaces + text
  }

  /// `text` truncated and padded to exactly `width` columns: one cell of a table.
  package static func fit(
    _ text: String, toWidth width: Int, alignment: Alignment = .leading
  ) -> String {
    pad(truncate(text, toWidth: width), toWidth: width, alignment: alignment)
  }

  /// `text` broken into lines of at most `width` columns.
  ///
  /// Lines break at spaces (runs of spaces collapse to one, and none starts or ends a line).
  /// A word wider than `width` is broken hard across lines. Each newline in `text` starts a
  /// new paragraph, and an empty paragraph gives an empty line, so blank lines survive. A
  /// single character wider than `width` (a CJK character at width 1) gets a line of its own.
  /// A width of 0 or less gives no lines.
  package static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      lines += wrapParagraph(paragraph, width: width)
    }
    return lines
  }

  private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in paragraph.split(separator: " ") {
      let wordWidth = DisplayWidth.of(word)
      if !line.isEmpty && lineWidth + 1 + wordWidth <= width {
        line += " " + word
        lineWidth += 1 + wordWidth
        continue
      }
      if !line.isEmpty {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      if wordWidth <= width {
        line = String(word)
        lineWidth = wordWidth
        continue
      }
      // Hard-break a word longer than the line; its last piece may take following words.
      for character in word {
        let characterWidth = DisplayWidth.of(character)
        if !line.isEmpty && lineWidth + characterWidth > width {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        line.append(character)
        lineWidth += characterWidth
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}
