import Foundation
import LeaklineModel
import Testing

/// TimelineJS as its users have it: the Google Sheets template, links as sources, the
/// title slide, display dates, years a case file cannot hold, slides without a headline.
@Suite struct TimelineJSImportTests {
  static func sheet(from format: CaseFileImporter.Format = .timelinejs) throws
    -> CaseFileImporter.Result
  {
    let name = "harbour-template.timeline.csv"
    return try CaseFileImporter.load(
      bytes: try TestFiles.bytes("interop/" + name), name: name, from: format)
  }

  @Test func theTemplateImportsWithDatesDisplayDatesGroupsAndLinks() throws {
    let result = try Self.sheet()
    let file = result.caseFile
    let index = CaseIndex(file)
    #expect(file.title == "Harbour ledger (a made-up timeline)")
    #expect(file.summary == "Written for Leakline's tests; every name and place is invented.")
    #expect(
      file.events.map(\.title) == [
        "Warehouse built", "Inspections", "Ledger seized", "Quay at dawn", "Ship renamed",
      ])
    let byTitle = Dictionary(uniqueKeysWithValues: file.events.map { ($0.title, $0) })

    let warehouse = try #require(byTitle["Warehouse built"])
    #expect(warehouse.when == DateSpan(start: try CaseDate(parsing: "1980"), isApproximate: true))
    #expect(
      warehouse.summary
        == "The warehouse opened on the north quay, as the harbour gazette reported.")
    #expect(warehouse.tags == ["Construction"])
    let gazette = try #require(index.sources(warehouse.sources).first)
    #expect(warehouse.sources.count == 1)
    #expect(gazette.title == "the harbour gazette")
    #expect(gazette.url == "https://example.org/news/warehouse")
    #expect(gazette.note?.contains("Found as a link in the text of harbour-template") == true)

    let inspections = try #require(byTitle["Inspections"])
    #expect(
      inspections.when
        == DateSpan(start: try CaseDate(parsing: "1985-06"), end: try CaseDate(parsing: "1985-08")))
    #expect(inspections.summary?.hasSuffix("\nDate in the timeline: Summer 1985") == true)
    #expect(
      index.sources(inspections.sources).map(\.title) == [
        "first report", "second report", "example.net",
      ])

    let seized = try #require(byTitle["Ledger seized"])
    #expect(
      seized.when
        == DateSpan(
          start: try CaseDate(parsing: "1987-03-18"), end: try CaseDate(parsing: "1987-03-20")))
    #expect(seized.summary == "Write to the desk (mailto:desk@example.org).")
    #expect(index.sources(seized.sources).map(\.url) == [nil], "a mailto: link is no source")

    let quay = try #require(byTitle["Quay at dawn"])
    #expect(quay.when == DateSpan(start: try CaseDate(parsing: "1990-01")))
    #expect(byTitle["Ship renamed"]?.scope == .context, "a group naming a scope sets it")

    for expected in [
      "title slide's text was kept as the case summary", "1 era was left out", "\"Audit years\"",
      "2 slides' media were left out", "1 slide's background was left out",
      "1 slide's time of day was left out", "1 display date says more",
      "row 6 → \"Quay at dawn\"", "4 links in the slides' text became sources",
      "1 link is not a web address", "mailto:desk@example.org",
      "3 slides' groups became their events' tags",
    ] {
      #expect(
        result.warnings.contains { $0.contains(expected) }, "\(expected) in \(result.warnings)")
    }
  }

  @Test func csvRecognisesTheTemplateHeader() throws {
    let asCSV = try Self.sheet(from: .csv)
    #expect(asCSV.warnings.first?.contains("Knight Lab's TimelineJS template") == true)
    #expect(asCSV.caseFile == (try Self.sheet()).caseFile)
  }

  @Test func threeLinksMakeThreeSourcesAndNoPlaceholder() throws {
    let html =
      "<p>See <a href=\"https://a.example/x\">the first</a>, <a href=\"https://b.example/y\">the second</a> and <a href=\"http://c.example/z\">the third</a>.</p>"
    let json = """
      {"events": [{"start_date": {"year": 2010}, "text": {"headline": "Three links", "text": \(try jsonString(html))}}]}
      """
    let result = try CaseFileImporter.load(
      bytes: Array(json.utf8), name: "t.json", from: .timelinejs)
    let event = try #require(result.caseFile.events.first)
    let sources = CaseIndex(result.caseFile).sources(event.sources)
    #expect(sources.map(\.title) == ["the first", "the second", "the third"])
    #expect(
      sources.map(\.url) == ["https://a.example/x", "https://b.example/y", "http://c.example/z"])
    #expect(result.caseFile.sources.count == 3, "no placeholder source for the file")
    #expect(event.summary == "See the first, the second and the third.")
  }

  @Test func tagsThatNeverCloseAreText() throws {
    let html =
      "<a href=\"https://x.example/\">x</a>"
      + String(repeating: "<a href=\"https://y.example/\">", count: 20_000)
      + String(repeating: "<p class=\"kind\">", count: 20_000)
    let json = """
      {"events": [{"start_date": {"year": 2010}, "text": {"headline": "Hostile", "text": \(try jsonString(html))}}]}
      """
    let result = try CaseFileImporter.load(
      bytes: Array(json.utf8), name: "h.json", from: .timelinejs)
    let event = try #require(result.caseFile.events.first)
    #expect(CaseIndex(result.caseFile).sources(event.sources).map(\.url) == ["https://x.example/"])
    #expect(event.kind == nil)
  }

  @Test func aSlideWithoutLinksCitesTheTimelineItself() throws {
    let json = #"{"events": [{"start_date": {"year": 2010}, "text": {"headline": "Plain"}}]}"#
    let result = try CaseFileImporter.load(
      bytes: Array(json.utf8), name: "p.json", from: .timelinejs)
    #expect(result.caseFile.sources.map(\.title) == ["TimelineJS file p.json"])
  }

  @Test func badYearsFailTheImportNamingEverySlide() throws {
    let name = "bce-and-blank.timeline.json"
    let bytes = try TestFiles.bytes("interop/" + name)
    do {
      _ = try CaseFileImporter.load(bytes: bytes, name: name, from: .timelinejs)
      Issue.record("imported, but years -44 and -13800000000 should be refused")
    } catch {
      #expect(error.issues.map(\.jsonPath) == ["events[1].start_date", "events[2].start_date"])
      #expect(error.description.contains("The year -44 is outside the years a case file holds"))
      #expect(error.description.contains("-13800000000"))
      #expect(error.description.contains("--skip-invalid"))
    }
  }

  @Test func skipInvalidImportsTheRestAndNamesEachSkippedSlide() throws {
    let name = "bce-and-blank.timeline.json"
    let result = try CaseFileImporter.load(
      bytes: try TestFiles.bytes("interop/" + name), name: name, from: .timelinejs,
      skipInvalid: true)
    let file = result.caseFile
    #expect(file.title == "Deep time (a made-up timeline)")
    #expect(file.summary == "Written for Leakline's tests.")
    #expect(file.events.map(\.title) == ["Plant opened", "Untitled slide 4", "Morning meeting"])
    #expect(file.events.first?.when?.isApproximate == true, "start_date.display_date c. 1980")
    #expect(file.events.first?.summary == nil, "c. 1980 says no more than the date")
    let meeting = try #require(file.events.last)
    #expect(meeting.summary?.hasSuffix("Date in the timeline: Summer 2004") == true)
    #expect(CaseIndex(file).sources(meeting.sources).map(\.title) == ["one", "two", "three"])
    let skipped = result.warnings.filter { $0.hasPrefix("skipped ") }
    #expect(skipped.count == 2)
    #expect(
      skipped.first?.hasPrefix("skipped events[1] (\"Ides of March\"): line 6: The year -44")
        == true)
    #expect(skipped.last?.contains("events[2] (\"Big bang\")") == true)
    #expect(result.warnings.contains("2 slides were skipped (--skip-invalid); 3 imported."))
    #expect(result.warnings.contains { $0.contains("events[3] → \"Untitled slide 4\"") })
    #expect(
      result.warnings.contains { $0.hasPrefix("1 slide's time of day was left out") },
      "\"hour\": \"\" is no time; \"hour\": 9 is")
    #expect(
      result.warnings.contains { $0.contains("1 era was left out") && $0.contains("Early years") })
    #expect(
      result.warnings.contains { $0.hasPrefix("1 slide's media was left out") },
      "an all-empty media object is no media; events[3]'s is")
  }

  struct Bad: Sendable, CustomTestStringConvertible {
    var sheet: String
    var expected: String
    var testDescription: String { expected }
  }

  static let header =
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"
  static let badRows: [Bad] = [
    Bad(sheet: header + ",,,,,,,,,No year,,,,,,,,\n", expected: "row 2, field 'Year'"),
    Bad(
      sheet: header + "20x1,,,,,,,,,Bad year,,,,,,,,\n", expected: "'20x1' is not a whole number"),
    Bad(sheet: header + "2011,2,30,,,,,,,No such day,,,,,,,,\n", expected: "day 30 does not exist"),
    Bad(
      sheet: header + "2011,,,,2010,,,,,Backwards,,,,,,,,\n", expected: "is before the start date"),
    Bad(sheet: "Year,Month,Text\n2011,,x\n", expected: "The sheet has no 'Headline' column"),
  ]

  @Test(arguments: badRows)
  func badSheetRowsAreReported(_ row: Bad) {
    do {
      _ = try CaseFileImporter.load(bytes: Array(row.sheet.utf8), name: "s.csv", from: .timelinejs)
      Issue.record("imported, but it should be refused")
    } catch {
      #expect(error.description.contains(row.expected), "\(error.description)")
    }
  }
}

/// `text` as a JSON string literal.
private func jsonString(_ text: String) throws -> String {
  String(decoding: try JSONEncoder().encode(text), as: UTF8.self)
}
