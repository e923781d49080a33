import Foundation
import LeaklineModel
import Testing

/// Case files too big or too deep to commit, generated here: each loads (and prints) or is
/// refused within ``Hostile/hangLimit``, in bounded memory, without a crash.
@Suite struct HugeCaseFileTests {
  @Test func aHundredThousandCharacterTitleLoadsAndPrintsSafely() throws {
    let title =
      String(
        String(repeating: "Долгий заголовок 東京 ", count: 6000).prefix(
          100_000 - Hostile.controls.count)) + Hostile.controls
    #expect(title.count == 100_000)
    let bytes = GeneratedCase(title: title).bytes
    guard let file = Hostile.load(bytes, name: "huge-title")?.loaded("a 100,000-character title")
    else { return }
    #expect(file.events[0].title == title)
    let index = CaseIndex(file)
    _ = finishes("printing a 100,000-character title") {
      Hostile.expectEverythingPrintedIsSafe(index)
    }
  }

  @Test func aOneMegabyteSummaryWrapsToTheReportWidth() throws {
    var summary = ""
    var n = 0
    while summary.utf8.count < 1 << 20 {
      n += 1
      summary +=
        n % 97 == 0 ? "end of paragraph \(n)\n" : n % 89 == 0 ? Hostile.controls + " " : "word\(n) "
    }
    let bytes = GeneratedCase(summary: summary).bytes
    guard let file = Hostile.load(bytes, name: "huge-summary")?.loaded("a 1 MB summary") else {
      return
    }
    let index = CaseIndex(file)
    let event = try #require(index.timeline.first)
    guard
      let lines = finishes(
        "reporting a 1 MB summary", { PlainTextReport(index: index, width: 80).eventReport(event) })
    else { return }
    #expect(lines.count > 10_000)
    #expect(
      lines.allSatisfy { $0.count <= 80 },
      "a line is wider than 80: \(lines.first { $0.count > 80 }?.prefix(100) ?? "")")
    for line in lines { Hostile.expectTerminalSafe(line, "a summary line") }
    #expect(lines.contains { $0.contains(Hostile.controlsShown) })
  }

  @Test func tenThousandActorsOnOneEvent() throws {
    let ids = (0..<10_000).map { "actor-\($0)" }
    let bytes = GeneratedCase(entityIDs: ids, actors: ids).bytes
    guard let file = Hostile.load(bytes, name: "many-actors")?.loaded("10,000 actors on one event")
    else { return }
    guard let index = finishes("indexing 10,000 actors", { CaseIndex(file) }) else { return }
    let event = try #require(index.timeline.first)
    #expect(index.actors(of: event).count == 10_000)
    let report = PlainTextReport(index: index)
    guard
      let lines = finishes(
        "reporting 10,000 actors",
        { report.eventReport(event) + report.dossier(index.entitiesByKind[0]) })
    else { return }
    for line in lines { Hostile.expectTerminalSafe(line, "an event-report line") }
    let json = JSONReport.event(event, index: index).render()
    Hostile.expectTerminalSafe(json, allowingNewlines: true, "the event's JSON")
    let query = try SearchQuery.parse("person:\"actor 9999\"")
    #expect(finishes("searching 10,000 actors", { index.events(matching: query).count }) == 1)
  }

  /// Every unknown reference asks for a "did you mean"; with many ids that must not turn
  /// into ids × references edit distances.
  @Test func tenThousandUnknownActorsAmongTenThousandEntities() throws {
    let ids = (0..<10_000).map { "entity-\(String($0 * 7919 % 100_000).leftPad(5))" }
    let unknown = (0..<10_000).map { "ghost-\(String($0 * 104_729 % 100_000).leftPad(5))" }
    let bytes = GeneratedCase(entityIDs: ids, actors: unknown).bytes
    guard let error = Hostile.load(bytes, name: "ghosts.json")?.refused("10,000 unknown actors")
    else { return }
    #expect(error.issues.count == 10_000)
    #expect(error.issues.allSatisfy { $0.message.hasPrefix("Unknown entity 'ghost-") })
    _ = finishes("printing 10,000 problems") { Hostile.expectProblemsPrintSafely(error) }
  }

  /// Nesting, named for the test report (the text itself is too long to print).
  struct Nesting: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var text: String
  }

  static let deepNesting = [
    Nesting(testDescription: "200,000 open arrays", text: String(repeating: "[", count: 200_000)),
    Nesting(
      testDescription: "200,000 open objects", text: String(repeating: "{\"a\":", count: 200_000)),
    Nesting(
      testDescription: "200,000 closed arrays",
      text: String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)),
    Nesting(
      testDescription: "200,000 mixed, one a line",
      text: String(repeating: "[{\"a\":\n", count: 100_000)),
  ]

  @Test(arguments: deepNesting)
  func twoHundredThousandDeepNestingIsRefused(_ nesting: Nesting) throws {
    guard
      let error = Hostile.load(Array(nesting.text.utf8), name: "deep.json")?.refused(
        nesting.testDescription)
    else { return }
    #expect(error.issues.count == 1)
    #expect(
      error.issues.first?.message.hasSuffix("Nesting is deeper than 256 levels") == true,
      "\(error.issues.first?.message ?? "")")
    #expect(error.issues.first?.location != nil)
  }

  @Test func deepNestingInsideAValidCaseIsRefused() throws {
    let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
    var text = String(decoding: GeneratedCase().bytes, as: UTF8.self)
    text = text.replacingOccurrences(
      of: "\"leakline\": 1,", with: "\"leakline\": 1, \"x-deep\": \(deep),")
    guard
      let error = Hostile.load(Array(text.utf8), name: "deep.json")?.refused(
        "deep nesting in x-deep")
    else { return }
    #expect(error.issues.first?.message.hasSuffix("Nesting is deeper than 256 levels") == true)
  }

  /// A minified file puts everything on one line; placing each of its problems must not
  /// rescan the line from the start (problems × line length).
  @Test func twoHundredThousandProblemsOnOneLine() throws {
    let text =
      "{\"leakline\":1,\"title\":\"t\",\"sources\":["
      + Array(repeating: "1", count: 200_000).joined(separator: ",")
      + "],\"entities\":[],\"events\":[]}"
    guard
      let error = Hostile.load(Array(text.utf8), name: "minified.json")?.refused(
        "200,000 bad sources")
    else { return }
    #expect(error.issues.count == 200_000)
    #expect(error.issues.last?.location == SourceLocation(line: 1, column: 38 + 2 * 199_999))
  }

  /// One character of 300,000 combining marks in alternating classes (U+0301 above, U+0316
  /// below). Swift compares such a character by sorting its marks, in quadratic time: the
  /// report's word wrap alone took minutes until `TerminalSafeText` broke up long runs.
  @Test func threeHundredThousandCombiningMarks() throws {
    let marks = String(
      String.UnicodeScalarView((0..<300_000).map { $0 % 2 == 0 ? "\u{0301}" : "\u{0316}" }))
    let bytes = GeneratedCase(
      title: "e" + marks, summary: "a" + marks + " b", entityIDs: ["x"], entityName: "n" + marks
    ).bytes
    guard let file = Hostile.load(bytes, name: "zalgo")?.loaded("300,000 combining marks") else {
      return
    }
    guard let index = finishes("indexing 300,000 combining marks", { CaseIndex(file) }) else {
      return
    }
    _ = finishes("searching 300,000 combining marks") {
      index.events(matching: SearchQuery(required: [.word("e")])).count
    }
    let event = try #require(index.timeline.first)
    guard
      let lines = finishes(
        "reporting 300,000 combining marks", { PlainTextReport(index: index).eventReport(event) })
    else { return }
    for line in lines { Hostile.expectTerminalSafe(line, "a report line") }
  }

  /// A huge invalid id is quoted in its message; the message must stay a message.
  @Test func aOneMegabyteIdIsRefused() throws {
    let id = String(repeating: "x", count: 1 << 20)
    let bytes = GeneratedCase(eventID: id).bytes
    guard let error = Hostile.load(bytes, name: "huge-id.json")?.refused("a 1 MB id") else {
      return
    }
    #expect(error.issues.first?.message.hasSuffix("is not a valid id") == true)
  }
}

/// A valid case file built in code: one source `s`, optional entities, one event `e`.
struct GeneratedCase {
  var title = "Generated event"
  var summary: String?
  var entityIDs: [String] = []
  var entityName = "Entity"
  var actors: [String] = []
  var eventID = "e"

  var bytes: [UInt8] {
    func q(_ s: String) -> String { JSONText.string(s).render() }
    let entities = entityIDs.map { id in
      "{\"id\": \(q(id)), \"kind\": \"person\", \"name\": \(q(entityName + " " + id.replacingOccurrences(of: "-", with: " "))), \"sources\": [\"s\"]}"
    }
    var event =
      "{\"id\": \(q(eventID)), \"date\": \"2011-03-18\", \"title\": \(q(title)), \"sources\": [\"s\"]"
    if let summary { event += ", \"summary\": \(q(summary))" }
    if !actors.isEmpty { event += ", \"actors\": [" + actors.map(q).joined(separator: ",") + "]" }
    event += "}"
    let text = """
      {"leakline": 1, "title": "Generated",
       "sources": [{"id": "s", "title": "Source"}],
       "entities": [\(entities.joined(separator: ",\n"))],
       "events": [\(event)]}

      """
    return Array(text.utf8)
  }
}

extension String {
  fileprivate func leftPad(_ width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
