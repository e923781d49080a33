import Foundation
import LeaklineModel
import Testing

/// Exports checked by each format's own rules (Tests/interop): TimelineJS against its
/// documented structure, CSL-JSON against the CSL data schema's rules, FtM lines with the
/// followthemoney package. Missing Python modules are failures, never skips.
@Suite struct InteropValidatorTests {
  static let formats: [ExportFormat] = [.timelinejs, .cslJSON, .ftm]
  static let views: [ExportView] = [.wholeTimeline, .timeline(years: 2011...2011)]

  @Test(arguments: InteropCases.names, formats)
  func exportsPassTheirFormatsValidator(_ name: String, _ format: ExportFormat) throws {
    let exporter = try InteropCases.exporter(name)
    for view in Self.views {
      try InteropCases.check(format.rawValue, exporter.export(view, as: format).text)
    }
  }

  @Test func ftmIDsFollowTheRules() throws {
    let text = try InteropCases.exporter("tricky").export(.wholeTimeline, as: .ftm).text
    let ids = text.split(separator: "\n").compactMap { line -> String? in
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      else { return nil }
      return object["id"] as? String
    }
    #expect(ids.count == Set(ids).count)
    #expect(ids.contains("doc-blog-note-2"))
    for id in ids {
      #expect(
        id.range(of: "^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$", options: .regularExpression)
          != nil, "\(id)")
      #expect(id.count <= 200)
    }
  }

  @Test func timelineJSKeepsPrecisionAndMarksApproximateDates() throws {
    let text = try InteropCases.exporter("tricky").export(.wholeTimeline, as: .timelinejs).text
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let events = try #require(object["events"] as? [[String: Any]])
    let byID = Dictionary(
      uniqueKeysWithValues: events.map { ($0["unique_id"] as? String ?? "", $0) })
    #expect(byID["e1"]?["start_date"] as? [String: Int] == ["year": 2011, "month": 3, "day": 18])
    #expect(byID["e2"]?["start_date"] as? [String: Int] == ["year": 2011])
    #expect(byID["e2"]?["display_date"] as? String == "c. 2011")
    #expect(byID["e3"]?["end_date"] as? [String: Int] == ["year": 2013])
    let e1 = try #require((byID["e1"]?["text"] as? [String: String])?["text"])
    #expect(e1.contains("<ol class=\"sources\">"))
    #expect(!text.contains("<b>"), "case-file text is HTML-escaped")
  }

  @Test func bibtexEscapesLaTeX() throws {
    let text = try InteropCases.exporter("tricky").export(.wholeTimeline, as: .bibtex).text
    #expect(text.contains("@techreport{ref-1,"))
    #expect(text.contains("Notes \\{braces\\} 100\\% \\#2 \\$5 \\~{} \\^{} \\_x\\_"))
    #expect(text.contains("author = {{Ana Núñez} and {Équipe d'enquête}}"))
    var depth = 0
    for c in text.replacingOccurrences(of: "\\{", with: "").replacingOccurrences(
      of: "\\}", with: "")
    {
      if c == "{" { depth += 1 }
      if c == "}" { depth -= 1 }
      #expect(depth >= 0)
    }
    #expect(depth == 0, "braces balance")
  }
}
