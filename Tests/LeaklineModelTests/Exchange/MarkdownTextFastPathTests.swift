import Testing

@testable import LeaklineModel

/// `MarkdownText.escape` and `clean` were rewritten for speed (byte fast path, switches
/// instead of sets, White_Space written out). These tests hold them to the first,
/// straightforward version, kept here as the reference, on every kind of text.
@Suite struct MarkdownTextFastPathTests {
  /// The first version of `clean`: Unicode properties looked up for every scalar.
  static func referenceClean(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !scalars.isEmpty
        continue
      }
      if MarkdownText.isRemoved(scalar) { continue }
      if pendingSpace {
        scalars.append(" ")
        pendingSpace = false
      }
      scalars.append(scalar)
    }
    return String(scalars)
  }

  static let alwaysEscaped: Set<Unicode.Scalar> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "^", "$", "&", "{", "}", "@",
  ]
  static let escapedAtStart: Set<Unicode.Scalar> = ["+", "-", "=", ":", "("]

  /// The first version of `escape`.
  static func referenceEscape(_ text: String) -> String {
    let scalars = Array(referenceClean(text).unicodeScalars)
    var orderedMarker: Int?
    let marker = scalars.prefix {
      $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0)
    }
    let i = marker.count
    if i > 0, i < scalars.count, scalars[i] == "." || scalars[i] == ")",
      i + 1 == scalars.count || scalars[i + 1] == " "
    {
      let isNumber = i <= 9 && marker.allSatisfy { ("0"..."9").contains($0) }
      let isLetter = i == 1 && !isNumber
      let isRoman = marker.allSatisfy { "ivxlcdmIVXLCDM".unicodeScalars.contains($0) }
      if isNumber || isLetter || isRoman { orderedMarker = i }
    }
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

  /// The first version of `mermaidLabel`: the whole text mapped, then collapsed and cut.
  static func referenceMermaidLabel(_ text: String, limit: Int = 60) -> String {
    var out = ""
    for c in referenceClean(text) {
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

  /// The first version of `headingSlug`.
  static func referenceHeadingSlug(_ displayed: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in displayed.lowercased().unicodeScalars {
      if scalar == " " {
        out.append("-")
      } else if scalar == "-"
        || [
          .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter,
          .otherLetter, .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber,
          .letterNumber,
          .otherNumber, .connectorPunctuation,
        ].contains(scalar.properties.generalCategory)
      {
        out.append(scalar)
      }
    }
    return String(out)
  }

  @Test func everyASCIICharacterSlugsAsBefore() {
    let all = String(String.UnicodeScalarView((0..<128).compactMap(Unicode.Scalar.init)))
    #expect(MarkdownText.headingSlug(all) == Self.referenceHeadingSlug(all))
    #expect(
      MarkdownText.headingSlug("Genaro García Luna")
        == Self.referenceHeadingSlug("Genaro García Luna"))
    #expect(MarkdownText.headingSlug("2011 — Allende: Los Zetas") == "2011--allende-los-zetas")
  }

  static let samples: [String] = [
    "", " ", "  ", "plain words", " leading", "trailing ", "two  spaces", "tab\there",
    "line\nbreak", "García Luna", "Genaro\u{A0}García", "ideographic\u{3000}space",
    "em\u{2003}space", "file\u{1C}separator", "next\u{85}line", "*bold* _it_ [link](x)",
    "# heading", "- item", "+ item", "= setext", ": div", "(@) example", "1. one", "2011) year",
    "a. letter", "iv) roman", "mmmmmmmmmmmmmmmm. long roman", "1234567890. too long",
    "12.5 percent",
    "1.", "x)", "x)y", "<script>alert(1)</script> | *x*", "\u{1B}]0;title\u{7}", "\u{9B}2J",
    "\u{202E}override\u{2066}", "\u{FEFF}bom", "e\u{301}[\u{301}]", "$math$ & {attr} @cite ~sub^",
    "喜 emoji 👩‍👩‍👧 mixed", "Latin é í ñ ü", "\u{2028}sep\u{2029}", "\u{1680}ogham",
    "\u{0}\u{7F}\u{80}\u{9F}", "end with newline\n", "\n\n\nleading newlines",
  ]

  @Test(arguments: samples)
  func cleanAndEscapeMatchTheReference(_ text: String) {
    #expect(MarkdownText.clean(text) == Self.referenceClean(text))
    #expect(MarkdownText.escape(text) == Self.referenceEscape(text))
    #expect(MarkdownText.headingSlug(text) == Self.referenceHeadingSlug(text))
    for limit in [1, 5, 12, 60] {
      #expect(
        MarkdownText.mermaidLabel(text, limit: limit)
          == Self.referenceMermaidLabel(text, limit: limit))
    }
  }

  @Test func longTitlesMakeTheSameMermaidLabel() {
    let words = "García Luna: the *briefcases* [3] — 2011 (Allende) ; x\u{301} ¿qué? "
    for n in [1, 2, 7, 30] {
      let text = String(repeating: words, count: n)
      for limit in [1, 10, 59, 60, 80] {
        #expect(
          MarkdownText.mermaidLabel(text, limit: limit)
            == Self.referenceMermaidLabel(text, limit: limit))
      }
    }
  }

  @Test func generatedTextMatchesTheReference() {
    // Deterministic pseudo-random strings over an alphabet of the interesting characters.
    let alphabet: [Unicode.Scalar] =
      Array("aZ09 .)(-+=:#*_[]<>|`~^$&{}@\\\t\n".unicodeScalars) + [
        "\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\u{A0}", "\u{301}", "\u{2003}",
        "\u{2028}",
        "\u{202E}", "\u{3000}", "\u{FEFF}", "é", "喜", "\u{1F469}",
      ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<5000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      var text = String.UnicodeScalarView()
      for _ in 0..<Int(state >> 60) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text.append(alphabet[Int(state >> 33) % alphabet.count])
      }
      let s = String(text)
      #expect(MarkdownText.escape(s) == Self.referenceEscape(s), "\(s.debugDescription)")
      #expect(MarkdownText.clean(s) == Self.referenceClean(s), "\(s.debugDescription)")
      #expect(
        MarkdownText.mermaidLabel(s, limit: 5) == Self.referenceMermaidLabel(s, limit: 5),
        "\(s.debugDescription)")
    }
  }

  @Test func whiteSpaceIsUnicodesWhiteSpaceProperty() {
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if MarkdownText.isWhitespace(scalar) != scalar.properties.isWhitespace {
        Issue.record("U+\(String(value, radix: 16, uppercase: true))")
      }
    }
  }
}
