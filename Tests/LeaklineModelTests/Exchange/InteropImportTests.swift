import Foundation
import LeaklineModel
import Testing

/// Bad imports name the row (or JSON path) and field; good ones always validate.
@Suite struct InteropImportTests {
  struct Bad: Sendable, CustomTestStringConvertible {
    var fixture: String
    var format: CaseFileImporter.Format
    var expected: [String]
    var testDescription: String { fixture }
  }

  static let bad: [Bad] = [
    Bad(
      fixture: "bad-date-row-7.csv", format: .csv,
      expected: [":7:", "row 7, field 'date'", "day 30 does not exist in Feb 2011"]),
    Bad(fixture: "missing-column.csv", format: .csv, expected: [":1:1:", "no 'sources' column"]),
    Bad(
      fixture: "wrong-type.csv", format: .csv,
      expected: [
        "row 2, field 'approximate'", "'maybe' is not true or false", "row 3, field 'scope'",
      ]),
    Bad(
      fixture: "bad-year.timeline.json", format: .timelinejs,
      expected: [":3:", "events[1].start_date.year", "boolean"]),
  ]

  @Test(arguments: bad)
  func badImportsSayWhereAndWhat(_ row: Bad) throws {
    let bytes = try TestFiles.bytes("interop/" + row.fixture)
    do {
      _ = try CaseFileImporter.load(bytes: bytes, name: row.fixture, from: row.format)
      Issue.record("\(row.fixture) was imported, but it should be refused")
    } catch {
      for part in row.expected {
        #expect(error.description.contains(part), "\(part) not in:\n\(error.description)")
      }
      #expect(error.issues.allSatisfy { !$0.help.isEmpty })
    }
  }

  struct BadCSV: Sendable, CustomTestStringConvertible {
    var body: String
    var expected: String
    var testDescription: String { expected }
  }

  static let header =
    "id,date,end,precision,approximate,title,place,kind,scope,status,actors,actor_kinds,sources,tags,summary\n"
  static let badCells: [BadCSV] = [
    BadCSV(body: "a,2011,,,,,,,,,,,1,,\n", expected: "row 2, field 'title'"),
    BadCSV(body: "a,2011,,,,T,,,,,,,,,\n", expected: "names no source"),
    BadCSV(body: "a,2011,2010,,,T,,,,,,,1,,\n", expected: "is before the date"),
    BadCSV(body: "a,,2010,,,T,,,,,,,1,,\n", expected: "an end date but no date"),
    BadCSV(body: "a,2011-03,,day,,T,,,,,,,1,,\n", expected: "precision says 'day'"),
    BadCSV(body: "a,2011,,,,T,,,,,X; Y,person,1,,\n", expected: "2 actors but 1 kinds"),
    BadCSV(body: "a,2011,,,,T,,,,,X,wizard,1,,\n", expected: "'wizard' is not a kind"),
    BadCSV(body: "a b,2011,,,,T,,,,,,,1,,\n", expected: "'a b' is not a valid id"),
    BadCSV(
      body: "a,2011,,,,T,,,,,,,1,,\na,2012,,,,U,,,,,,,1,,\n", expected: "used by an earlier row"),
    BadCSV(
      body: "a,2011,,,,T,,,,,,,bad id!,,\n", expected: "neither a reference number nor a source id"),
    BadCSV(body: "a,2011,,,,T,,,,,,,1,,,extra\n", expected: "has 16 cells but the header has 15"),
    BadCSV(body: "a,2011,,,,\"T,,,,,,,1,,\n", expected: "never closed"),
  ]

  @Test(arguments: badCells)
  func eachBadCellIsReported(_ row: BadCSV) {
    do {
      _ = try CaseFileImporter.load(
        bytes: Array((Self.header + row.body).utf8), name: "x.csv", from: .csv)
      Issue.record("imported, but it should be refused")
    } catch {
      #expect(error.description.contains(row.expected), "\(error.description)")
    }
  }

  @Test func aMinimalCSVImportsAndValidates() throws {
    let csv =
      "Date,Title,Sources,Actors\n2011-03,Something happened,6; reuters-x,Ana Núñez; Ana Núñez\n,Undated thing,6,\n"
    let result = try CaseFileImporter.load(
      bytes: Array(csv.utf8), name: "min.csv", from: .csv, title: "Mine")
    #expect(result.caseFile.title == "Mine")
    #expect(result.caseFile.events.map(\.id) == ["something-happened", "undated-thing"])
    #expect(result.caseFile.entities.map(\.name) == ["Ana Núñez"])
    #expect(result.caseFile.sources.map(\.id) == ["ref-6", "reuters-x"])
    #expect(result.warnings.contains { $0.contains("kind 'person'") })
    _ = try CaseFileLoader.load(bytes: Array(result.json.utf8), name: "written")
  }

  @Test func timelineJSRoundTripKeepsDatesTitlesActorsAndSources() throws {
    let exporter = try InteropCases.exporter("tricky")
    let out = exporter.export(.wholeTimeline, as: .timelinejs)
    #expect(out.warnings.contains { $0.contains("undated") && $0.contains("e4") })
    let result = try CaseFileImporter.load(
      bytes: Array(out.text.utf8), name: "t.json", from: .timelinejs)
    let index = try InteropCases.index("tricky")
    let back = CaseIndex(result.caseFile)
    #expect(result.caseFile.events.map(\.id).sorted() == ["e1", "e2", "e3"])
    for event in result.caseFile.events {
      let original = try #require(index.event(id: event.id))
      #expect(event.when == original.when)
      #expect(event.title == original.title)
      #expect(event.place == original.place)
      #expect(back.actors(of: event).map(\.name) == index.actors(of: original).map(\.name))
      #expect(event.sources.count == index.allSources(of: original).count)
    }
    #expect(result.caseFile.title == index.caseFile.title)
  }
}
