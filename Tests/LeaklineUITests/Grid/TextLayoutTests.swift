import LeaklineUI
import Testing

@Suite struct TextLayoutTests {
  struct TruncateRow: Sendable, CustomTestStringConvertible {
    var text: String
    var width: Int
    var expected: String
    var testDescription: String { "'\(text)' to \(width)" }
  }

  static let truncations: [TruncateRow] = [
    TruncateRow(text: "García Luna", width: 20, expected: "García Luna"),
    TruncateRow(text: "García Luna", width: 11, expected: "García Luna"),
    TruncateRow(text: "García Luna", width: 10, expected: "García Lu…"),
    TruncateRow(text: "García Luna", width: 1, expected: "…"),
    TruncateRow(text: "García Luna", width: 0, expected: ""),
    TruncateRow(text: "García Luna", width: -3, expected: ""),
    TruncateRow(text: "Garci\u{301}a Luna", width: 6, expected: "Garci\u{301}…"),
    TruncateRow(text: "東京都庁", width: 5, expected: "東京…"),
    TruncateRow(text: "東京都庁", width: 6, expected: "東京…"),
    TruncateRow(text: "東京都庁", width: 7, expected: "東京都…"),
    TruncateRow(text: "😀😀😀", width: 4, expected: "😀…"),
    TruncateRow(text: "", width: 3, expected: ""),
  ]

  @Test(arguments: truncations)
  func truncate(_ row: TruncateRow) {
    let result = TextLayout.truncate(row.text, toWidth: row.width)
    #expect(result == row.expected)
    #expect(result.displayWidth <= max(0, row.width))
  }

  @Test func padAddsSpacesByDisplayWidth() {
    #expect(TextLayout.pad("東京", toWidth: 6) == "東京  ")
    #expect(TextLayout.pad("42", toWidth: 5, alignment: .trailing) == "   42")
    #expect(TextLayout.pad("too long", toWidth: 3) == "too long")
    #expect(TextLayout.fit("García Luna", toWidth: 8) == "García …")
    #expect(TextLayout.fit("東京", toWidth: 3) == "東…")
    #expect(TextLayout.fit("東京", toWidth: 2) == "… ")
  }

  struct WrapRow: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var width: Int
    var expected: [String]
    var testDescription: String { name }
  }

  static let wraps: [WrapRow] = [
    WrapRow(name: "fits on one line", text: "García Luna", width: 20, expected: ["García Luna"]),
    WrapRow(
      name: "breaks on spaces", text: "the quick brown fox jumps", width: 10,
      expected: ["the quick", "brown fox", "jumps"]),
    WrapRow(
      name: "word exactly the width", text: "abcde fghij", width: 5, expected: ["abcde", "fghij"]),
    WrapRow(
      name: "long word is hard-broken", text: "see https://example.org/a/long/path now",
      width: 10, expected: ["see", "https://ex", "ample.org/", "a/long/pat", "h now"]),
    WrapRow(
      name: "runs of spaces collapse", text: "  a   b  ", width: 10, expected: ["a b"]),
    WrapRow(
      name: "newlines keep paragraphs and blank lines", text: "one two\n\nthree", width: 20,
      expected: ["one two", "", "three"]),
    WrapRow(name: "CRLF is a newline", text: "a\r\nb", width: 5, expected: ["a", "b"]),
    WrapRow(
      name: "wide characters by width", text: "東京都庁 本庁舎", width: 5,
      expected: ["東京", "都庁", "本庁", "舎"]),
    WrapRow(
      name: "wide character wider than the line", text: "東京", width: 1, expected: ["東", "京"]),
    WrapRow(name: "empty text is one empty line", text: "", width: 5, expected: [""]),
    WrapRow(name: "zero width gives no lines", text: "abc", width: 0, expected: []),
  ]

  @Test(arguments: wraps)
  func wrap(_ row: WrapRow) {
    let lines = TextLayout.wrap(row.text, width: row.width)
    #expect(lines == row.expected)
    if row.width > 1 {
      for line in lines { #expect(line.displayWidth <= row.width, "'\(line)' is too wide") }
    }
  }
}
