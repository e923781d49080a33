/// The one place where text from a case file becomes Markdown.
///
/// A case file can come from anyone, and its strings end up in documents that GitHub,
/// pandoc and editors render. Every data string in an export passes through
/// ``escape(_:)``, which makes it plain text in any inline position: it cannot start a
/// heading, list, table row, quote, code block or HTML block, cannot emphasise, link,
/// cite (pandoc's `@key`), open math (`$`) or footnotes (`[^x]`), and cannot carry
/// terminal control characters or bidirectional overrides into the file.
///
/// ```swift
/// MarkdownText.escape("<script>alert(1)</script> | *x*")
/// // \<script\>alert(1)\</script\> \| \*x\*
/// ```
public enum MarkdownText {
  /// Characters escaped wherever they appear.
  ///
  /// CommonMark, GFM and pandoc all read a backslash before ASCII punctuation as "this
  /// character, literally", so over-escaping never changes what is shown.
  /// `\` `` ` `` `*` `_` `[` `]` `<` `>` `|` and `#` are Markdown syntax; `~` is strike-through
  /// and subscript, `^` superscript, `$` math (GitHub and pandoc), `&` entity references,
  /// `{` `}` pandoc attributes, and `@` pandoc citations.
  static let alwaysEscaped: Set<Unicode.Scalar> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "^", "$", "&", "{", "}", "@",
  ]

  /// Characters that start a block when they begin a line: list bullets, setext underlines,
  /// pandoc's fenced divs (`:::`) and example lists (`(@)`).
  static let escapedAtStart: Set<Unicode.Scalar> = ["+", "-", "=", ":", "("]

  /// Makes case-file text safe and literal in any inline Markdown position.
  ///
  /// Control characters (C0, DEL, C1) and bidirectional controls are removed; line breaks,
  /// tabs and runs of spaces become one space, so the text stays on one line and can sit
  /// in a list item, heading, table cell or footnote; Markdown punctuation is escaped with
  /// a backslash; and a start that would open a block (`- `, `+ `, `= `, `1. `, `a) `…) is
  /// escaped too.
  ///
  /// Escaping works on Unicode scalars, not characters: a combining mark after `[` makes
  /// one character of the two, but Markdown parsers still see the `[`.
  public static func escape(_ text: String) -> String {
    let scalars = Array(clean(text).unicodeScalars)
    let orderedMarker = orderedListMarkerEnd(scalars)
    var out = String.UnicodeScalarView()
    for (i, scalar) in scalars.enumerated() {
      if alwaysEscaped.contains(scalar) || (i == 0 && escapedAtStart.contains(scalar))
        || i == orderedMarker
      {
        out.append("\\")
      }
      out.append(scalar)
    }
    return String(out)
  }

  /// Text with control and bidi characters removed and all white space collapsed to single
  /// spaces, trimmed: what ``escape(_:)`` shows, before escaping.
  ///
  /// Heading anchors are computed from this form, since it is what a renderer displays.
  public static func clean(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !scalars.isEmpty
        continue
      }
      if isRemoved(scalar) { continue }
      if pendingSpace {
        scalars.append(" ")
        pendingSpace = false
      }
      scalars.append(scalar)
    }
    return String(scalars)
  }

  /// Whether a scalar is a control or bidi character that exports drop.
  static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    // Arabic letter mark, LRM/RLM, embeddings and overrides, isolates, byte order mark.
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
    default: false
    }
  }

  /// The index of the `.` or `)` that would make the text an ordered list item when it
  /// starts a line, or nil: digits (`1. `, `2011) `), or, for pandoc's fancy lists, one
  /// letter (`a. `) or a roman numeral (`iv) `), followed by a space or the end.
  private static func orderedListMarkerEnd(_ scalars: [Unicode.Scalar]) -> Int? {
    let marker = scalars.prefix {
      $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0)
    }
    let i = marker.count
    guard i > 0, i < scalars.count, scalars[i] == "." || scalars[i] == ")" else { return nil }
    guard i + 1 == scalars.count || scalars[i + 1] == " " else { return nil }
    let isNumber = i <= 9 && marker.allSatisfy { ("0"..."9").contains($0) }
    let isLetter = i == 1 && !isNumber
    let isRoman = marker.allSatisfy { "ivxlcdmIVXLCDM".unicodeScalars.contains($0) }
    return isNumber || isLetter || isRoman ? i : nil
  }

  /// The text Markdown written by hand displays: backslash escapes removed.
  static func unescape(_ markdown: String) -> String {
    var out = ""
    var escaped = false
    for c in markdown {
      if c == "\\" && !escaped {
        escaped = true
        continue
      }
      escaped = false
      out.append(c)
    }
    return out
  }

  /// A URL for a footnote: an autolink `<…>` when it is a plain `http(s)` address, else
  /// escaped text, so a hostile "URL" can neither become raw HTML nor a `javascript:` link.
  public static func url(_ text: String) -> String {
    let trimmed = text.trimmingSpaces
    let lower = trimmed.lowercased()
    let isWeb = lower.hasPrefix("https://") || lower.hasPrefix("http://")
    let isPlain = !trimmed.unicodeScalars.contains {
      $0 == "<" || $0 == ">" || $0.properties.isWhitespace || isRemoved($0)
    }
    let afterScheme = trimmed.drop { $0 != ":" }.dropFirst(3)
    let hasHost = afterScheme.first.map { $0 != "/" } ?? false
    return isWeb && isPlain && hasHost ? "<" + trimmed + ">" : escape(trimmed)
  }

  /// A label for a Mermaid diagram: letters, digits, spaces and a little punctuation only.
  ///
  /// Mermaid reads `:` as a separator, `#…;` as an entity code, `%%` as a comment, and
  /// labels may be drawn as HTML, so everything else becomes a space. Long labels are cut
  /// at `limit` characters with "…" so the picture stays readable.
  public static func mermaidLabel(_ text: String, limit: Int = 60) -> String {
    var out = ""
    for c in clean(text) {
      let keep =
        c.isLetter || c.isNumber || " .,'’()/?!-–—+".contains(c)
        || c.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark }
      out.append(keep ? c : " ")
    }
    var label = SearchQuery.collapseSpaces(out)
    if label.count > limit {
      label = SearchQuery.collapseSpaces(String(label.prefix(limit - 1))) + "…"
    }
    return label.isEmpty ? "untitled" : label
  }

  /// The anchor GitHub gives a heading with this displayed text (before de-duplication):
  /// lower case, everything but letters, marks, digits, `_`, `-` and spaces removed, spaces
  /// turned into `-`. pandoc's `gfm` reader gives the same.
  public static func headingSlug(_ displayed: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in displayed.lowercased().unicodeScalars {
      if scalar == " " {
        out.append("-")
      } else if scalar == "-" || isWordScalar(scalar) {
        out.append(scalar)
      }
    }
    return String(out)
  }

  private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    switch s.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
      .connectorPunctuation:
      true
    default: false
    }
  }

  /// A file-name or identifier part: accents folded away, lower case, ASCII letters and
  /// digits kept, every other run turned into one `-`, cut to `limit` characters.
  public static func fileSlug(_ text: String, limit: Int = 60) -> String {
    var out = ""
    for c in TextFolding.fold(text) {
      if c.isASCII && (c.isLetter || c.isNumber) {
        out.append(c)
      } else if !out.isEmpty && out.last != "-" {
        out.append("-")
      }
    }
    if out.count > limit { out = String(out.prefix(limit)) }
    while out.last == "-" { out.removeLast() }
    return out
  }
}
