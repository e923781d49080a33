import Foundation
import LeaklineModel
import Testing

/// `leakline facets` end to end on the article: the references carrying its disputed
/// events, as text and as JSON, agree with each other and with the case file.
@Suite struct FacetsCLITests {
  /// The article's sources cited by its disputed events (directly or in a discrepancy),
  /// with how many such events cite each.
  static func disputedCitations() throws -> [String: Int] {
    let caseFile = try CaseFileLoader.load(path: Paths.absolute(Paths.article))
    var counts: [String: Int] = [:]
    for e in caseFile.events where e.status == .disputed {
      for id in Set(e.sources + e.discrepancies.flatMap(\.sources)) { counts[id, default: 0] += 1 }
    }
    return counts
  }

  @Test func sourcesOfDisputedEventsAsTextAndJSON() throws {
    let text = try CLI.run("facets", "--by", "source", "status:disputed")
    #expect(text.status == 0, "\(text.summary)")
    let json = try CLI.run("facets", "--by", "source", "status:disputed", "--json")
    #expect(json.status == 0, "\(json.summary)")

    let expected = try Self.disputedCitations()
    let caseFile = try CaseFileLoader.load(path: Paths.absolute(Paths.article))
    let disputed = caseFile.events.filter { $0.status == .disputed }.count
    #expect(text.lines.first == "Sources of \(disputed) events matching status disputed")

    let object = try JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [String: Any]
    let facets = object?["facets"] as? [[String: Any]]
    let values = facets?.first?["values"] as? [[String: Any]] ?? []
    #expect(object?["count"] as? Int == disputed)
    #expect(facets?.first?["by"] as? String == "source")
    var fromJSON: [String: Int] = [:]
    for v in values { fromJSON[v["key"] as? String ?? "?"] = v["count"] as? Int }
    #expect(fromJSON == expected)

    // The article's references come first among equal counts, each row as in the JSON.
    let rows = Array(text.lines.dropFirst())
    #expect(rows.count == values.count)
    for (row, v) in zip(rows, values) {
      let count = v["count"] as? Int ?? -1
      let term = v["term"] as? String ?? "?"
      #expect(row.hasPrefix("  \(count) ") || row.hasPrefix("   \(count) "), "\(row)")
      #expect(row.hasSuffix(term), "\(row) vs \(term)")
    }
    let numbered = values.filter { ($0["label"] as? String)?.hasPrefix("[") ?? false }
    #expect(!numbered.isEmpty)
    for v in numbered {
      let label = v["label"] as? String ?? ""
      let number = label.dropFirst().prefix { $0.isNumber }
      #expect(v["term"] as? String == "source:\(number)", "\(label)")
    }
  }

  @Test func unknownFieldIsAUsageErrorNamingTheChoices() throws {
    let r = try CLI.run("facets", "--by", "colour")
    #expect(r.status != 0)
    #expect(r.stderr.contains("actor"), "\(r.summary)")
  }

  @Test func badQueryIsAUsageError() throws {
    let r = try CLI.run("facets", "status:maybe")
    #expect(r.status != 0)
    #expect(r.stderr.contains("not a status"), "\(r.summary)")
  }
}
