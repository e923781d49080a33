import LeaklineModel
import LeaklineUI
import Testing

@Suite struct DisplayWidthTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var width: Int
    var testDescription: String { name }
  }

  static let strings: [Row] = [
    Row(name: "empty", text: "", width: 0),
    Row(name: "ASCII", text: "Leakline 2019", width: 13),
    Row(name: "precomposed accent", text: "García", width: 6),
    Row(name: "decomposed accent (NFD)", text: "Garci\u{301}a", width: 6),
    Row(name: "em dash", text: "a — b", width: 5),
    Row(name: "CJK", text: "東京", width: 4),
    Row(name: "hiragana and katakana", text: "ひらカタ", width: 8),
    Row(name: "Hangul syllables", text: "한국", width: 4),
    Row(name: "decomposed Hangul (NFD)", text: "\u{1112}\u{1161}\u{11AB}", width: 2),
    Row(name: "fullwidth forms", text: "ＡＢ", width: 4),
    Row(name: "halfwidth katakana", text: "ｶﾀ", width: 2),
    Row(name: "emoji presentation", text: "😀", width: 2),
    Row(name: "emoji with VS16", text: "❤\u{FE0F}", width: 2),
    Row(name: "text-style symbol", text: "❤", width: 1),
    Row(name: "ZWJ family sequence", text: "👨\u{200D}👩\u{200D}👧", width: 2),
    Row(name: "skin tone modifier", text: "👍🏽", width: 2),
    Row(name: "flag (regional indicators)", text: "🇲🇽", width: 2),
    Row(name: "keycap", text: "1\u{FE0F}\u{20E3}", width: 2),
    Row(name: "zero-width space", text: "a\u{200B}b", width: 2),
    Row(name: "lone combining mark", text: "\u{301}", width: 0),
    Row(name: "control characters count as placeholders", text: "a\tb\u{7}", width: 4),
    Row(name: "mixed", text: "東京 — García 😀", width: 16),
  ]

  @Test(arguments: strings)
  func stringWidth(_ row: Row) {
    #expect(DisplayWidth.of(row.text) == row.width)
    #expect(row.text.displayWidth == row.width)
  }

  @Test func clusterWidthIsCappedAtTwo() {
    let family: Character = "👨\u{200D}👩\u{200D}👧\u{200D}👦"
    #expect(family.displayWidth == 2)
    let stacked: Character = "e\u{301}\u{302}\u{303}"
    #expect(stacked.displayWidth == 1)
  }

  @Test(arguments: [
    (UInt32(0x41), 1), (0x301, 0), (0x200D, 0), (0xFE0F, 0), (0x3000, 2), (0x303F, 1),
    (0xAC00, 2), (0xFF01, 2), (0xFF61, 1), (0x1F600, 2), (0x20000, 2), (0x0A, 1),
  ])
  func scalarWidth(_ value: UInt32, _ width: Int) throws {
    let scalar = try #require(Unicode.Scalar(value))
    #expect(DisplayWidth.of(scalar) == width)
  }

  @Test func controlCharactersAreDetected() {
    #expect(DisplayWidth.isControl("\n"))
    #expect(DisplayWidth.isControl("\r\n"))
    #expect(DisplayWidth.isControl("\u{1B}"))
    #expect(!DisplayWidth.isControl("a"))
    #expect(!DisplayWidth.isControl("東"))
  }
}

/// Dates are sized by `DateSpan.displayLength`, a character count: that is their width
/// only while every character a date can show is one column wide.
@Suite struct DateWidthTests {
  @Test func everyCharacterOfADateIsOneColumn() {
    let alphabet = "0123456789 .–" + CaseDate.monthNames.joined() + "c" + "undated"
    for character in alphabet {
      #expect(DisplayWidth.of(String(character)) == 1, "\(character)")
    }
  }
}
