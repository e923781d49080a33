import LeaklineModel
import Testing

@Suite struct NotebookLineTests {
  @Test func writesTheDocumentedLine() {
    let c = change(
      .note, id: "0123456789abcdef0123456789abcdef", at: 1_765_154_607_123, by: "ana",
      text: "Two sources disagree")
    let line = String(decoding: NotebookLine.encode(c), as: UTF8.self)
    #expect(
      line
        == #"{"v":1,"id":"0123456789abcdef0123456789abcdef","at":"2025-12-08T00:43:27.123Z","by":"ana","target":"event:allende-massacre","op":"note","text":"Two sources disagree"}"#
        + "\n")
  }

  static let hostileTexts: [String] = [
    "plain", "", "line one\nline two\r\nthree", "tab\there", "NUL \u{0} inside",
    "\u{1B}[2J\u{1B}]0;pwned\u{07} escape sequences", "quote \" backslash \\ slash /",
    "\u{9B}31m C1 control", "bidi \u{202E}reversed\u{202C} \u{2066}isolate\u{2069}",
    "line separator \u{2028} paragraph \u{2029}", "emoji 🇲🇽 and é and 漢字", "\u{7F} DEL",
    "\\u0041 not an escape", String(repeating: "x", count: 65_536),
  ]

  @Test(arguments: hostileTexts) func roundTripsTextVerbatim(_ text: String) throws {
    for op in [NotebookChange.Operation.note, .editNote, .saveSearch] {
      let c = change(op, by: "Ana \u{1B}[31m", text: text, label: "checked", note: "n1")
      let bytes = NotebookLine.encode(c)
      #expect(bytes.last == 0x0A)
      #expect(bytes.dropLast().allSatisfy { $0 >= 0x20 }, "one line, no raw control bytes")
      let back = try NotebookLine.decode(bytes.dropLast())
      #expect(back == c)
      #expect(Array(back.text?.utf8 ?? "".utf8) == Array(text.utf8))
    }
  }

  struct BadLine: Sendable, CustomTestStringConvertible {
    var line: String
    var message: String
    var testDescription: String { line.isEmpty ? "(empty)" : line }
  }

  static let badLines: [BadLine] = [
    BadLine(line: "", message: "empty"),
    BadLine(line: "[1,2]", message: "JSON object"),
    BadLine(line: "{}", message: "empty object"),
    BadLine(
      line:
        #"{"v":1,"id":"a","at":"2025-12-08T00:43:27.123Z","by":"ana","target":"event:x","op":"no"#,
      message: "never closed"),
    BadLine(
      line:
        #"{"v":2,"id":"a","at":"2025-12-08T00:43:27.123Z","by":"ana","target":"event:x","op":"mark"}"#,
      message: "format version 2"),
    BadLine(
      line: #"{"v":1,"id":"a","at":"yesterday","by":"ana","target":"event:x","op":"mark"}"#,
      message: "\"at\" is not a UTC time"),
    BadLine(
      line:
        #"{"v":1,"id":"a","at":"2025-02-30T00:43:27.123Z","by":"ana","target":"event:x","op":"mark"}"#,
      message: "\"at\" is not a UTC time"),
    BadLine(
      line:
        #"{"v":1,"id":"a","at":"2025-12-08T00:43:27.123Z","by":"ana","target":"thing:x","op":"mark"}"#,
      message: "is not kind:id"),
    BadLine(
      line:
        #"{"v":1,"id":"a","at":"2025-12-08T00:43:27.123Z","by":"ana","target":"event:x","op":"star"}"#,
      message: "unknown \"op\" \"star\""),
    BadLine(
      line: #"{"v":1,"at":"2025-12-08T00:43:27.123Z","by":"ana","target":"event:x","op":"mark"}"#,
      message: "no \"id\""),
    BadLine(
      line:
        #"{"v":1,"id":"a","at":"2025-12-08T00:43:27.123Z","by":"ana","target":"event:x","op":"mark"} x"#,
      message: "after the end"),
    BadLine(line: "\u{0}\u{0}\u{0}\u{0}", message: "JSON object"),
    BadLine(
      line:
        "{\"v\":1,\"id\":\"a\",\"at\":\"2025-12-08T00:43:27.123Z\",\"by\":\"a\u{1}\",\"target\":\"event:x\",\"op\":\"mark\"}",
      message: "raw control character"),
    BadLine(
      line:
        #"{"v":1,"id":"a","at":"2025-12-08T00:43:27.123Z","by":"\ud800","target":"event:x","op":"mark"}"#,
      message: "surrogate"),
  ]

  @Test(arguments: badLines) func reportsWhatIsWrong(_ row: BadLine) {
    #expect(throws: NotebookLineError.self) { try NotebookLine.decode(Array(row.line.utf8)) }
    do {
      _ = try NotebookLine.decode(Array(row.line.utf8))
    } catch {
      #expect(error.message.contains(row.message), "\(error.message)")
    }
  }

  @Test func acceptsMembersInAnyOrderAndSkipsUnknownOnes() throws {
    let line =
      #"{"op":"label","future":{"a":[1,2.5e3,true,null,"x"]},"label":"checked","target":"entity:garcia-luna","by":"ana","at":"2025-12-08T00:43:27Z","id":"abc","v":1}"#
    let c = try NotebookLine.decode(Array(line.utf8))
    #expect(c.operation == .label)
    #expect(c.label == "checked")
    #expect(c.target == NotebookTarget(.entity, "garcia-luna"))
    #expect(c.at.millisecondsSince1970 == 1_765_154_607_000)
  }

  @Test(arguments: [
    (Int64(0), "1970-01-01T00:00:00.000Z"), (1_765_154_607_123, "2025-12-08T00:43:27.123Z"),
    (951_782_400_000, "2000-02-29T00:00:00.000Z"), (-1, "1969-12-31T23:59:59.999Z"),
    (253_402_300_799_999, "9999-12-31T23:59:59.999Z"),
  ])
  func writesAndReadsTimes(_ ms: Int64, _ text: String) {
    let t = NotebookTime(millisecondsSince1970: ms)
    #expect(t.text == text)
    #expect(NotebookTime(text: text) == t)
  }
}
