import Foundation
import LeaklineModel
import Testing

/// case → CSV → case and case → JSON → case keep every event field the format carries,
/// over the article's case file and a fixture with accents, commas, quotes and newlines.
@Suite struct InteropRoundTripTests {
  static let views: [(String, ExportView)] = [
    ("whole timeline", .wholeTimeline), ("2011", .timeline(years: 2011...2011)),
    ("person garcia", .timeline(person: "garcia")),
  ]

  @Test(arguments: InteropCases.names)
  func jsonRoundTripKeepsEveryRecord(_ name: String) throws {
    let exporter = try InteropCases.exporter(name)
    for (label, view) in Self.views {
      let (subset, _) = exporter.subset(view)
      let out = exporter.export(view, as: .json)
      let back = try CaseFileLoader.load(bytes: Array(out.text.utf8), name: "\(name) \(label)")
      #expect(back.events == subset.events, "\(name) \(label)")
      #expect(back.entities == subset.entities, "\(name) \(label)")
      #expect(back.sources == subset.sources, "\(name) \(label)")
      #expect(back.title == subset.title)
    }
    let whole = try InteropCases.index(name).caseFile
    let back = try CaseFileLoader.load(
      bytes: Array(exporter.export(.wholeTimeline, as: .json).text.utf8), name: name)
    #expect(Set(back.events) == Set(whole.events))
    #expect(Set(back.entities) == Set(whole.entities))
    #expect(Set(back.sources) == Set(whole.sources))
  }

  @Test(arguments: InteropCases.names)
  func csvRoundTripKeepsEveryEventField(_ name: String) throws {
    let exporter = try InteropCases.exporter(name)
    let (original, _) = exporter.subset(.wholeTimeline)
    let csv = exporter.export(.wholeTimeline, as: .csv)
    let imported = try CaseFileImporter.load(
      bytes: Array(csv.text.utf8), name: "\(name).csv", from: .csv)
    let before = CaseIndex(original)
    let after = CaseIndex(imported.caseFile)
    #expect(imported.caseFile.events.count == original.events.count)
    for event in original.events {
      let back = try #require(
        after.event(id: event.id), "event \(event.id) is missing after the round trip")
      #expect(back.when == event.when, "\(event.id)")
      #expect(back.title == event.title, "\(event.id)")
      #expect(back.place == event.place, "\(event.id)")
      #expect(back.kind == event.kind, "\(event.id)")
      #expect(back.scope == event.scope, "\(event.id)")
      #expect(back.status == event.status, "\(event.id)")
      #expect(back.summary == event.summary, "\(event.id)")
      #expect(back.tags == event.tags, "\(event.id)")
      #expect(
        after.actors(of: back).map(\.name) == before.actors(of: event).map(\.name), "\(event.id)")
      #expect(
        after.actors(of: back).map(\.kind) == before.actors(of: event).map(\.kind), "\(event.id)")
      let token = { (s: Source) in s.refs.first.map(String.init) ?? s.id }
      #expect(
        after.sources(back.sources).map(token) == before.sources(event.sources).map(token),
        "\(event.id)")
    }
  }

  @Test func csvExportSaysWhatItLost() throws {
    let out = try InteropCases.exporter("tricky").export(.wholeTimeline, as: .csv)
    #expect(out.warnings.contains { $0.contains("discrepancies") })
    #expect(out.warnings.contains { $0.contains("several reference numbers") })
  }

  @Test func csvQuotesAndProtectsCells() throws {
    let out = try InteropCases.exporter("tricky").export(.wholeTimeline, as: .csv)
    #expect(
      out.text.hasPrefix(
        "id,date,end,precision,approximate,title,place,kind,scope,status,actors,actor_kinds,sources,tags,summary\r\n"
      ))
    #expect(out.text.contains("\"Masacre en Allende, \"\"Coahuila\"\"\""))
    #expect(
      out.text.contains(",\"'+1 year of \"\"guesses\"\"\","),
      "a formula-like cell gets a leading quote")
    #expect(out.text.contains("'=Cártel del Golfo"))
  }
}

/// The CSV reader and writer on their own (RFC 4180).
@Suite struct InteropCSVTableTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var text: String
    var cells: [[String]]
    var testDescription: String { text.debugDescription }
  }

  static let rows: [Row] = [
    Row(text: "a,b\r\n1,2\r\n", cells: [["a", "b"], ["1", "2"]]),
    Row(text: "a,b\n1,2", cells: [["a", "b"], ["1", "2"]]),
    Row(text: "\u{FEFF}a\n\n\"x, \"\"y\"\"\nz\"\n", cells: [["a"], ["x, \"y\"\nz"]]),
    Row(text: "a,,c\n", cells: [["a", "", "c"]]),
    Row(text: "\"\"\n", cells: [[""]].filter { _ in false }),
  ]

  @Test(arguments: rows)
  func parses(_ row: Row) throws {
    #expect(try CSVTable.parse(row.text).map(\.cells) == row.cells)
  }

  @Test func writesWhatItReads() throws {
    let cells = ["plain", "a,b", "say \"hi\"", "two\nlines", "=SUM(A1)", "'quoted", "ñandú"]
    let parsed = try CSVTable.parse(CSVTable.line(cells))
    #expect(parsed.first?.cells.map(CSVTable.unprotect) == cells)
  }

  @Test func reportsAnUnclosedQuote() {
    #expect(throws: CSVTable.SyntaxError.self) { try CSVTable.parse("a\n\"open\n") }
    #expect(throws: CSVTable.SyntaxError.self) { try CSVTable.parse("\"a\"b\n") }
  }

  @Test func numbersRowsAndLines() throws {
    let records = try CSVTable.parse("h\n\"two\nlines\"\nthird\n")
    #expect(records.map(\.row) == [1, 2, 3])
    #expect(records.map(\.line) == [1, 2, 4])
  }
}
