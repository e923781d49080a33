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
    let cleaned = clean(text)
    // Every character escaped is ASCII, and a list marker is ASCII letters and digits, so
    // byte offsets are character offsets wherever it matters: work on bytes.
    let orderedMarker = orderedListMarkerEnd(cleaned)
    var out: [UInt8] = []
    out.reserveCapacity(cleaned.utf8.count + 8)
    for (i, byte) in cleaned.utf8.enumerated() {
      if byte < 0x80 {
        let scalar = Unicode.Scalar(byte)
        if isAlwaysEscaped(scalar) || (i == 0 && isEscapedAtStart(scalar)) || i == orderedMarker {
          out.append(UInt8(ascii: "\\"))
        }
      }
      out.append(byte)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether `scalar` is escaped wherever it appears (a switch, not a set: exports ask
  /// this for every character of a million events).
  ///
  /// CommonMark, GFM and pandoc all read a backslash before ASCII punctuation as "this
  /// character, literally", so over-escaping never changes what is shown.
  /// `\` `` ` `` `*` `_` `[` `]` `<` `>` `|` and `#` are Markdown syntax; `~` is strike-through
  /// and subscript, `^` superscript, `$` math (GitHub and pandoc), `&` entity references,
  /// `{` `}` pandoc attributes, and `@` pandoc citations.
  static func isAlwaysEscaped(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "^", "$", "&", "{", "}", "@": true
    default: false
    }
  }

  /// Whether `scalar` starts a block when it begins a line: list bullets, setext
  /// underlines, pandoc's fenced divs (`:::`) and example lists (`(@)`).
  static func isEscapedAtStart(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "+", "-", "=", ":", "(": true
    default: false
    }
  }

  /// Text with control and bidi characters removed and all white space collapsed to single
  /// spaces, trimmed: what ``escape(_:)`` shows, before escaping.
  ///
  /// Heading anchors are computed from this form, since it is what a renderer displays.
  public static func clean(_ text: String) -> String {
    if isClean(text.utf8) { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if isWhitespace(scalar) {
        pendingSpace = !out.isEmpty
        continue
      }
      if isRemoved(scalar) { continue }
      if pendingSpace {
        out.append(0x20)
        pendingSpace = false
      }
      UTF8.encode(scalar) { out.append($0) }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether ``clean(_:)`` would return `utf8` unchanged, decided from the bytes alone for
  /// the common case: printable text with single spaces between words. Any byte that may
  /// begin a control, white-space or bidi character (ASCII controls; lead bytes C2, D8,
  /// E1, E2, E3, EF) answers "not sure", and the text takes the slow path.
  private static func isClean(_ utf8: String.UTF8View) -> Bool {
    var previous: UInt8 = 0x20  // a leading space is not clean
    for byte in utf8 {
      switch byte {
      case 0x00..<0x20, 0x7F, 0xC2, 0xD8, 0xE1, 0xE2, 0xE3, 0xEF: return false
      case 0x20 where previous == 0x20: return false
      default: previous = byte
      }
    }
    return previous != 0x20
  }

  /// Unicode's White_Space property, written out (it has not changed since Unicode 6.3):
  /// looking the property up for every character is most of an export's time.
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      true
    default: false
    }
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
  private static func orderedListMarkerEnd(_ text: String) -> Int? {
    var scalars = text.unicodeScalars.makeIterator()
    var marker: [Unicode.Scalar] = []
    var afterMarker: Unicode.Scalar?
    while let scalar = scalars.next() {
      guard scalar.isASCII && scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else {
        afterMarker = scalar
        break
      }
      marker.append(scalar)
    }
    let i = marker.count
    guard i > 0, afterMarker == "." || afterMarker == ")" else { return nil }
    let next = scalars.next()
    guard next == nil || next == " " else { return nil }
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
    // Spaces are collapsed as the label is built, and building stops one character past
    // the limit: a title a megabyte long costs no more than a short one.
    var label = ""
    var count = 0
    var pendingSpace = false
    for c in clean(text) {
      let keep =
        c != " "
        && (c.isLetter || c.isNumber || ".,'’()/?!-–—+".contains(c)
          || c.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark })
      guard keep else {
        pendingSpace = !label.isEmpty
        continue
      }
      if pendingSpace {
        label.append(" ")
        count += 1
        pendingSpace = false
      }
      label.append(c)
      count += 1
      if count > limit { break }
    }
    if count > limit {
      label = SearchQuery.collapseSpaces(String(label.prefix(limit - 1))) + "…"
    }
    return label.isEmpty ? "untitled" : label
  }

  /// The anchor GitHub gives a heading with this displayed text (before de-duplication):
  /// lower case, everything but letters, marks, digits, `_`, `-` and spaces removed, spaces
  /// turned into `-`. pandoc's `gfm` reader gives the same.
  public static func headingSlug(_ displayed: String) -> String {
    if displayed.utf8.allSatisfy({ $0 < 0x80 }) { return asciiHeadingSlug(displayed.utf8) }
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

  /// ``headingSlug(_:)`` for ASCII text, byte by byte (the same answers: in ASCII the
  /// word characters are letters, digits and `_`).
  private static func asciiHeadingSlug(_ utf8: String.UTF8View) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count)
    for byte in utf8 {
      switch byte {
      case UInt8(ascii: " "): out.append(UInt8(ascii: "-"))
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): out.append(byte + 0x20)
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "_"), UInt8(ascii: "-"):
        out.append(byte)
      default: break
      }
    }
    return String(decoding: out, as: UTF8.self)
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
