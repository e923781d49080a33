import Foundation
import LeaklineModel
import Testing

/// case → TimelineJS (JSON or the Google Sheets template) → case keeps, field by field,
/// every dated event's date, title, place, summary, scope, kind, status, tags, actors,
/// own sources and discrepancies, and the case title and summary.
@Suite struct TimelineJSRoundTripTests {
  struct Trip: Sendable, CustomTestStringConvertible {
    var caseName: String
    var format: ExportFormat
    var testDescription: String { caseName + " via " + format.rawValue }
  }

  static let trips: [Trip] = InteropCases.names.flatMap { name in
    [Trip(caseName: name, format: .timelinejs), Trip(caseName: name, format: .timelinejsCSV)]
  }

  @Test(arguments: trips)
  func roundTripKeepsEveryFieldTimelineJSCarries(_ trip: Trip) throws {
    let exporter = try InteropCases.exporter(trip.caseName)
    let (original, _) = exporter.subset(.wholeTimeline)
    let out = exporter.export(.wholeTimeline, as: trip.format)
    let imported = try CaseFileImporter.load(
      bytes: Array(out.text.utf8), name: "trip", from: .timelinejs)
    let back = imported.caseFile
    #expect(back.title == original.title)
    #expect(back.summary == original.summary)

    let before = CaseIndex(original)
    let after = CaseIndex(back)
    let dated = original.events.filter { $0.when != nil }
    #expect(back.events.count == dated.count)
    #expect(!dated.filter { !$0.discrepancies.isEmpty }.isEmpty || trip.caseName != "article")
    for (event, again) in zip(dated, back.events) {
      let label = "\(trip.caseName) \(trip.format.rawValue) \(event.id)"
      if trip.format == .timelinejs { #expect(again.id == event.id, "\(label)") }
      #expect(again.when == event.when, "\(label)")
      #expect(again.title == event.title, "\(label)")
      #expect(again.place == event.place, "\(label)")
      #expect(again.summary == event.summary, "\(label)")
      #expect(again.scope == event.scope, "\(label)")
      #expect(again.kind == event.kind, "\(label)")
      #expect(again.status == event.status, "\(label)")
      #expect(again.tags == event.tags, "\(label)")
      #expect(
        after.actors(of: again).map(\.name) == before.actors(of: event).map(\.name), "\(label)")
      #expect(
        after.actors(of: again).map(\.kind) == before.actors(of: event).map(\.kind), "\(label)")
      #expect(again.sources == event.sources, "\(label): the event's own sources, exactly")
      for (source, sourceAgain) in zip(before.sources(event.sources), after.sources(again.sources))
      {
        #expect(
          sourceAgain.title.contains("“" + source.title + "”"),
          "\(label): the citation is the title")
      }
      #expect(again.discrepancies.count == event.discrepancies.count, "\(label)")
      for (d, dAgain) in zip(event.discrepancies, again.discrepancies) {
        #expect(dAgain.article == d.article, "\(label)")
        #expect(dAgain.record == d.record, "\(label)")
        #expect(dAgain.sources == d.sources, "\(label)")
      }
    }
  }

  @Test func theArticlesGroupsAreItsThreeScopesNotItsActors() throws {
    let out = try InteropCases.exporter("article").export(.wholeTimeline, as: .timelinejs)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(out.text.utf8)) as? [String: Any])
    let events = try #require(object["events"] as? [[String: Any]])
    let groups = Set(events.compactMap { $0["group"] as? String })
    #expect(groups == ["article", "context", "later"])
    let index = try InteropCases.index("article")
    #expect(index.caseFile.events.filter { !$0.discrepancies.isEmpty }.count == 12)
  }

  @Test func theSheetExportIsTheTemplate() throws {
    let out = try InteropCases.exporter("tricky").export(.wholeTimeline, as: .timelinejsCSV)
    let records = try CSVTable.parse(out.text)
    #expect(
      records.first?.cells == [
        "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
        "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
        "Media Thumbnail", "Type", "Group", "Background",
      ])
    #expect(records.dropFirst().first?.cells[15] == "title")
    #expect(records.count == 1 + 1 + 3, "header, title row, three dated events")
    #expect(out.warnings.contains { $0.contains("1 undated event was left out") })
  }
}
