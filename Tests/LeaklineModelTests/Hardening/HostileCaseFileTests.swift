import Foundation
import LeaklineModel
import Testing

/// The committed hostile fixtures (Fixtures/hostile/): each loads cleanly or is refused with
/// a clear message, in bounded time, and nothing printed about it can drive a terminal.
@Suite struct HostileCaseFileTests {
  enum Outcome: Sendable {
    /// Loads without problems.
    case loads
    /// Refused; the first issue's message contains `message` when given, and is placed
    /// at `at` ("line:column") when given.
    case refused(message: String?, at: String?)
  }

  struct Row: Sendable, CustomTestStringConvertible {
    var file: String
    var outcome: Outcome
    var testDescription: String { file }
  }

  static let rows: [Row] = [
    Row(file: "controls-in-every-field.case.json", outcome: .loads),
    Row(file: "bidi-in-every-field.case.json", outcome: .loads),
    Row(
      file: "controls-in-ids.case.json", outcome: .refused(message: "is not a valid id", at: nil)),
    Row(
      file: "controls-in-error-messages.case.json",
      outcome: .refused(message: "Unknown field", at: nil)),
    Row(
      file: "raw-control-in-string.case.json",
      outcome: .refused(message: "A raw control character (U+001B) inside a string", at: "3:17")),
    Row(
      file: "raw-cr-in-string.case.json",
      outcome: .refused(message: "A raw control character (U+000D) inside a string", at: "3:17")),
    Row(
      file: "raw-escape-between-tokens.case.json",
      outcome: .refused(message: "Expected a value but found byte 0x1B", at: "3:12")),
    Row(
      file: "not-utf8-latin1.case.json",
      outcome: .refused(message: "not UTF-8 text (byte 0xED", at: "3:14")),
    Row(
      file: "not-utf8-overlong.case.json",
      outcome: .refused(message: "not UTF-8 text (byte 0xC0", at: "3:17")),
    Row(
      file: "not-utf8-surrogate.case.json",
      outcome: .refused(message: "not UTF-8 text (byte 0xED", at: "3:17")),
    Row(
      file: "not-utf8-utf16.case.json",
      outcome: .refused(message: "not UTF-8 text (byte 0xFF", at: "1:1")),
    Row(
      file: "lone-surrogate-escape.case.json",
      outcome: .refused(message: "half of a surrogate pair", at: "3:17")),
    Row(
      file: "truncated-in-string.case.json",
      outcome: .refused(message: "A string is never closed", at: "3:12")),
    Row(
      file: "truncated-in-escape.case.json",
      outcome: .refused(message: "Incomplete \\u escape", at: "3:17")),
    Row(
      file: "truncated-after-value.case.json",
      outcome: .refused(message: "The file ends inside an array", at: nil)),
    Row(file: "empty.case.json", outcome: .refused(message: "The file is empty", at: nil)),
    Row(
      file: "nul-bytes.case.json",
      outcome: .refused(message: "Expected a value but found byte 0x0", at: "1:1")),
    Row(file: "binary-garbage.case.json", outcome: .refused(message: "not UTF-8 text", at: nil)),
    Row(file: "text-garbage.case.json", outcome: .refused(message: nil, at: "1:1")),
  ]

  @Test(arguments: rows)
  func loadsOrIsRefusedClearly(_ row: Row) throws {
    let bytes = try Hostile.bytes(row.file)
    guard let result = Hostile.load(bytes, name: row.file) else { return }
    switch row.outcome {
    case .loads:
      guard let file = result.loaded(row.file) else { return }
      guard let index = finishes("indexing \(row.file)", { CaseIndex(file) }) else { return }
      _ = finishes("printing \(row.file)") { Hostile.expectEverythingPrintedIsSafe(index) }
    case .refused(let message, let at):
      guard let error = result.refused(row.file), let first = error.issues.first else { return }
      if let message {
        #expect(first.message.contains(message), "first issue: \(first.debugSanitised)")
      }
      if let at {
        #expect(first.location?.description == at, "first issue: \(first.debugSanitised)")
      }
      #expect(first.headline.hasPrefix(row.file + (first.location.map { ":\($0):" } ?? ":")))
      Hostile.expectProblemsPrintSafely(error)
    }
  }

  @Test func controlsInEveryFieldAreKeptInTheModelAndShownAsPlaceholders() throws {
    let bytes = try Hostile.bytes("controls-in-every-field.case.json")
    guard let file = Hostile.load(bytes, name: "controls")?.loaded("controls-in-every-field") else {
      return
    }
    // The model keeps the data as written; only output replaces the controls.
    #expect(file.title == "Title " + Hostile.controls)
    #expect(file.events[0].discrepancies[0].record == "Record shows " + Hostile.controls)
    let index = CaseIndex(file)
    let report = PlainTextReport(index: index)
    let event = try #require(index.event(id: "event"))
    let person = try #require(index.entity(id: "person"))
    let source = try #require(index.source(id: "ref-1"))
    let shown = Hostile.controlsShown
    let lines = report.eventReport(event) + report.dossier(person) + report.sourceReport(source)
    let text = lines.joined(separator: "\n")
    let labels = [
      "Event", "Place", "kind", "tag", "Event summary", "Article says", "Record shows", "Name",
      "Alias", "Role",
      "Entity summary", "relation type", "Source", "Author", "Publisher", "Note",
    ]
    let missing = labels.filter { !text.contains($0 + " " + shown) }
    #expect(missing.isEmpty, "not shown with their controls as placeholders: \(missing)")
    // A URL cannot hold whitespace, so this one carries the controls without the CR.
    #expect(text.contains("https://example.org/␛]0;pwned␇␛[2J\\u{9B}31m␀␈"))
  }

  @Test func bidiControlsInEveryFieldAreWrittenOut() throws {
    let bytes = try Hostile.bytes("bidi-in-every-field.case.json")
    guard let file = Hostile.load(bytes, name: "bidi")?.loaded("bidi-in-every-field") else {
      return
    }
    let index = CaseIndex(file)
    let event = try #require(index.event(id: "event"))
    let title = PlainTextReport(index: index).eventReport(event)[0]
    #expect(title.hasPrefix("Event \\u{202E}evil\\u{202C} \\u{2066}iso\\u{2069}"))
  }

  @Test func messagesQuotingTheFileSanitiseWhenPrinted() throws {
    let bytes = try Hostile.bytes("controls-in-error-messages.case.json")
    guard let error = Hostile.load(bytes, name: "quoted")?.refused("controls-in-error-messages")
    else { return }
    // The issues quote the file's text as is (a program reading --json gets it exactly)…
    let messages = error.issues.map(\.message)
    #expect(messages.contains { $0.contains(Hostile.controls) })
    // …and every way of printing them makes the controls visible.
    let printed = TerminalSafeText.sanitize(error.description, keepingNewlines: true)
    #expect(printed.contains(Hostile.controlsShown))
    Hostile.expectProblemsPrintSafely(error)
    for expected in [
      "Unknown field", "is not a web address", "Impossible date", "is not a kind", "is not a scope",
      "is not a status", "Unknown entity", "Unknown source",
    ] {
      #expect(messages.contains { $0.contains(expected) }, "no issue says '\(expected)'")
    }
  }

  @Test func invalidIdsAreRefusedWithTheirPlace() throws {
    let bytes = try Hostile.bytes("controls-in-ids.case.json")
    guard let error = Hostile.load(bytes, name: "ids.json")?.refused("controls-in-ids") else {
      return
    }
    let invalid = error.issues.filter { $0.message.hasSuffix("is not a valid id") }
    #expect(invalid.map(\.jsonPath) == ["sources[0].id", "entities[0].id", "events[0].id"])
    #expect(invalid.allSatisfy { $0.location != nil })
    Hostile.expectProblemsPrintSafely(error)
  }
}

extension CaseFileIssue {
  /// The issue as it prints, with controls made visible, for test failure messages.
  var debugSanitised: String { TerminalSafeText.sanitize(description, keepingNewlines: true) }
}
