/// How a cell is drawn: attributes and optional colours.
///
/// Screens use the semantic presets (`.selected`, `.header`, …) rather than spelling out
/// attributes, so the look is decided in one place. The terminal backend maps colours to
/// colour pairs; when colours are off (NO_COLOR, or a terminal without colours) it keeps only
/// the attributes, which is why every preset that must stay visible carries an attribute and
/// not just a colour (the selection is reverse video).
package struct Style: Hashable, Sendable {
  /// One of the eight basic terminal colours; `nil` in a `Style` means the terminal's default.
  package enum Color: String, Hashable, Sendable, CaseIterable {
    /// ANSI colour 0.
    case black
    /// ANSI colour 1.
    case red
    /// ANSI colour 2.
    case green
    /// ANSI colour 3.
    case yellow
    /// ANSI colour 4.
    case blue
    /// ANSI colour 5.
    case magenta
    /// ANSI colour 6.
    case cyan
    /// ANSI colour 7.
    case white
  }

  /// Bold (or bright) text.
  package var bold: Bool
  /// Reverse video: foreground and background swapped.
  package var reverse: Bool
  /// Underlined text.
  package var underline: Bool
  /// Dim (faint) text.
  package var dim: Bool
  /// The text colour, or `nil` for the terminal's default.
  package var foreground: Color?
  /// The background colour, or `nil` for the terminal's default.
  package var background: Color?

  /// Creates a style; every attribute defaults to off and both colours to the terminal's.
  package init(
    bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false,
    foreground: Color? = nil, background: Color? = nil
  ) {
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
    self.dim = dim
    self.foreground = foreground
    self.background = background
  }

  /// No attributes and default colours: what a blank cell has.
  package static let plain = Style()
  /// The highlighted row or item; reverse video, so it stays visible without colour.
  package static let selected = Style(reverse: true)
  /// Title bars and column headings.
  package static let header = Style(bold: true, foreground: .white, background: .blue)
  /// Secondary text: dates, counts, hints.
  package static let muted = Style(dim: true)
  /// Text that should catch the eye, such as search matches or key names in a footer.
  package static let accent = Style(bold: true, foreground: .cyan)
  /// Problems the user should notice: failed exports, disputed facts.
  package static let warning = Style(bold: true, foreground: .red)

  /// Whether this is the plain style (no attributes, default colours).
  package var isPlain: Bool { self == .plain }

  /// This style with `other`'s attributes added and `other`'s colours taking precedence.
  ///
  /// Lets a screen combine a role with a state, for example `.accent.merging(.selected)` for
  /// a search match on the selected row.
  package func merging(_ other: Style) -> Style {
    Style(
      bold: bold || other.bold, reverse: reverse || other.reverse,
      underline: underline || other.underline, dim: dim || other.dim,
      foreground: other.foreground ?? foreground, background: other.background ?? background)
  }

  /// The style as words for golden screens, for example `bold fg=white bg=blue`.
  ///
  /// Attributes come first in a fixed order, then colours; the plain style is `plain`.
  package var words: String {
    var parts: [String] = []
    if bold { parts.append("bold") }
    if dim { parts.append("dim") }
    if underline { parts.append("underline") }
    if reverse { parts.append("reverse") }
    if let foreground { parts.append("fg=\(foreground.rawValue)") }
    if let background { parts.append("bg=\(background.rawValue)") }
    return parts.isEmpty ? "plain" : parts.joined(separator: " ")
  }
}
