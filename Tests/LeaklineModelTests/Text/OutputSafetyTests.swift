import Foundation
import LeaklineModel
import Testing

@Suite struct TerminalSafeTextTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var safe: String
    /// The result when LF is kept; nil when it is the same as `safe`.
    var keepingNewlines: String?
    var testDescription: String { name }
  }

  static let rows: [Row] = [
    Row(name: "ESC becomes ␛", text: "a\u{1B}[2Jb", safe: "a␛[2Jb"),
    Row(name: "an OSC title sequence is defused", text: "\u{1B}]0;pwned\u{07}", safe: "␛]0;pwned␇"),
    Row(name: "BEL becomes ␇", text: "ding\u{07}", safe: "ding␇"),
    Row(name: "NUL becomes ␀", text: "a\u{00}b", safe: "a␀b"),
    Row(name: "backspace becomes ␈", text: "abc\u{08}\u{08}", safe: "abc␈␈"),
    Row(
      name: "CR becomes ␍, even when newlines are kept", text: "fake\rreal", safe: "fake␍real",
      keepingNewlines: "fake␍real"),
    Row(
      name: "LF becomes ␊ unless newlines are kept", text: "one\ntwo", safe: "one␊two",
      keepingNewlines: "one\ntwo"),
    Row(
      name: "CRLF keeps only the line break", text: "one\r\ntwo", safe: "one␍␊two",
      keepingNewlines: "one␍\ntwo"),
    Row(name: "TAB becomes one space", text: "a\tb", safe: "a b"),
    Row(name: "DEL becomes ␡", text: "a\u{7F}b", safe: "a␡b"),
    Row(name: "the C1 CSI 0x9B is written out", text: "a\u{9B}2Jb", safe: "a\\u{9B}2Jb"),
    Row(name: "the C1 NEL 0x85 is written out", text: "a\u{85}b", safe: "a\\u{85}b"),
    Row(
      name: "right-to-left override U+202E is written out", text: "file\u{202E}txt.exe",
      safe: "file\\u{202E}txt.exe"),
    Row(
      name: "left-to-right isolate U+2066 is written out", text: "\u{2066}x\u{2069}",
      safe: "\\u{2066}x\\u{2069}"),
    Row(name: "Arabic letter mark U+061C is written out", text: "a\u{061C}b", safe: "a\\u{61C}b"),
    Row(
      name: "plain ASCII is untouched", text: "García Luna arrested in Dallas",
      safe: "García Luna arrested in Dallas"),
    Row(
      name: "accents, CJK and emoji are untouched", text: "Cienfuegós 東京 😀 — “quoted”",
      safe: "Cienfuegós 東京 😀 — “quoted”"),
    Row(name: "empty text stays empty", text: "", safe: ""),
  ]

  @Test(arguments: rows)
  func replacesControlsWithVisiblePlaceholders(_ row: Row) {
    #expect(TerminalSafeText.sanitize(row.text) == row.safe)
    #expect(
      TerminalSafeText.sanitize(row.text, keepingNewlines: true)
        == (row.keepingNewlines ?? row.safe))
    #expect(TerminalSafeText.needsSanitizing(row.text) == (row.text != row.safe))
  }

  @Test(arguments: rows)
  func theResultHasNoControlCharactersLeft(_ row: Row) {
    let out = TerminalSafeText.sanitize(row.text)
    let bad = out.unicodeScalars.filter {
      $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
        || [0x061C, 0x200E, 0x200F].contains($0.value)
        || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
    }
    #expect(bad.isEmpty, "left: \(bad.map { String($0.value, radix: 16) })")
  }
}

@Suite struct JSONTextTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var json: String
    var testDescription: String { name }
  }

  static let rows: [Row] = [
    Row(name: "ESC is escaped", text: "\u{1B}[2J", json: #""\u001b[2J""#),
    Row(name: "BEL is escaped", text: "\u{07}", json: #""\u0007""#),
    Row(name: "NUL is escaped", text: "a\u{00}b", json: #""a\u0000b""#),
    Row(name: "CR, LF and TAB use short escapes", text: "a\r\n\tb", json: #""a\r\n\tb""#),
    Row(name: "backspace and form feed use short escapes", text: "\u{08}\u{0C}", json: #""\b\f""#),
    Row(name: "DEL is escaped", text: "\u{7F}", json: #""\u007f""#),
    Row(name: "the C1 CSI 0x9B is escaped", text: "\u{9B}", json: #""\u009b""#),
    Row(
      name: "bidi overrides and isolates are escaped", text: "\u{202E}\u{2066}",
      json: #""\u202e\u2066""#),
    Row(
      name: "line and paragraph separators are escaped", text: "\u{2028}\u{2029}",
      json: #""\u2028\u2029""#),
    Row(
      name: "quotes and backslashes are escaped", text: #"say "hi" \ bye"#,
      json: #""say \"hi\" \\ bye""#),
    Row(
      name: "accents and CJK are written as themselves", text: "García 東京", json: "\"García 東京\""),
    Row(
      name: "slashes are not escaped", text: "https://example.org/a",
      json: #""https://example.org/a""#),
  ]

  @Test(arguments: rows)
  func escapesWhatATerminalWouldObey(_ row: Row) throws {
    let rendered = JSONText.string(row.text).render()
    #expect(rendered == row.json)
    // And it reads back as the same string.
    let back =
      try JSONSerialization.jsonObject(with: Data(rendered.utf8), options: [.fragmentsAllowed])
      as? String
    #expect(back == row.text)
  }

  @Test func objectsKeepTheirMemberOrderAndIndentByTwo() {
    let json = JSONText.object([
      ("b", .int(1)), ("a", .array([.bool(true), .null])), ("c", .object([])), ("d", .array([])),
    ])
    #expect(
      json.render()
        == "{\n  \"b\": 1,\n  \"a\": [\n    true,\n    null\n  ],\n  \"c\": {},\n  \"d\": []\n}")
    #expect(json.render(pretty: false) == #"{"b":1,"a":[true,null],"c":{},"d":[]}"#)
  }

  @Test func aWholeCaseFileRoundTripsThroughTheLoader() throws {
    let index = try Small.index()
    let text = CaseFileJSON.caseFile(index.caseFile).render()
    let again = try CaseFileLoader.load(bytes: Array(text.utf8), name: "round-trip.json")
    #expect(again == index.caseFile)
  }

  @Test func aHostileCaseFileRoundTripsThroughTheLoader() throws {
    let hostile = "\u{1B}]0;title\u{07}\u{1B}[2J\r\u{08}\u{202E}\u{9B}\u{2028}\u{7F}"
    let file = CaseFile(
      title: hostile, summary: hostile, sources: [Source(id: "s", title: hostile, note: hostile)],
      entities: [Entity(id: "p", kind: .person, name: hostile, aliases: [hostile], sources: ["s"])],
      events: [
        Event(
          id: "e", when: nil, title: hostile, place: hostile, actors: ["p"], sources: ["s"],
          tags: [hostile])
      ])
    let text = CaseFileJSON.caseFile(file).render()
    #expect(!text.utf8.contains(0x1B))
    #expect(try CaseFileLoader.load(bytes: Array(text.utf8), name: "hostile.json") == file)
  }
}

@Suite struct SuggestionTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var word: String
    var candidates: [String]
    var nearest: String?
    var testDescription: String {
      "\"\(word)\" → \(nearest.map { "\"\($0)\"" } ?? "no suggestion")"
    }
  }

  static let rows: [Row] = [
    Row(word: "persn", candidates: SearchQuery.fields, nearest: "person"),
    Row(
      word: "sumary", candidates: ["leakline", "title", "summary", "sources"], nearest: "summary"),
    Row(word: "garcia-lunna", candidates: ["cienfuegos", "garcia-luna"], nearest: "garcia-luna"),
    Row(word: "reprot", candidates: ["report"], nearest: "report"),
    Row(word: "PERSON", candidates: ["person"], nearest: "person"),
    Row(word: "x", candidates: ["y", "z"], nearest: "y"),
    Row(word: "colour", candidates: SearchQuery.fields, nearest: nil),
    Row(word: "abc", candidates: [], nearest: nil),
    Row(word: "cienfuegos", candidates: ["garcia-luna", "sinaloa-cartel"], nearest: nil),
    Row(word: "tag", candidates: ["tax", "tap"], nearest: "tax"),
    Row(word: "garcia", candidates: ["garcía"], nearest: "garcía"),
    Row(word: "palce", candidates: ["title", "place", "kind"], nearest: "place"),
    Row(word: "yaer", candidates: SearchQuery.fields, nearest: "year"),
  ]

  @Test(arguments: rows)
  func suggestsOnlyNearTypos(_ row: Row) {
    #expect(Suggestion.nearest(to: row.word, in: row.candidates) == row.nearest)
  }
}
