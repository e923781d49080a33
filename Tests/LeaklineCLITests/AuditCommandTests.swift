import Foundation
import Testing

/// `leakline audit` end to end, and the corrections of issue 12 as the CLI shows them.
@Suite struct AuditCommandTests {
  static let fixture = "Tests/LeaklineModelTests/Fixtures/audit/one-of-each.case.json"

  @Test func theFixtureGivesOneFindingPerRuleAndACountLine() throws {
    let result = try CLI.run("audit", "--case", Self.fixture)
    #expect(result.status == 0, "\(result.summary)")
    #expect(result.stderr == "")
    #expect(
      result.lines.last
        == "Audit: 12 findings on 12 records from 12 rules; 0 reviewed items silenced.")
    expectGolden(result.stdout, "audit-one-of-each")
  }

  @Test func jsonListsEveryFindingWithItsRuleAndWhy() throws {
    let result = try CLI.run("--case", Self.fixture, "audit", "--json")
    #expect(result.status == 0, "\(result.summary)")
    let object = try jsonObject(result)
    #expect(object["count"] as? Int == 12)
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.first?["rule"] as? String == "single-source")
    #expect(findings.first?["id"] as? String == "one-source")
    #expect(findings.allSatisfy { ($0["reason"] as? String)?.isEmpty == false })
    let rules = try #require(object["rules"] as? [[String: Any]])
    #expect(rules.count == 12 && rules.allSatisfy { $0["count"] as? Int == 1 })
  }

  @Test func aReviewedNoteSilencesItsFinding() throws {
    let result = try CLI.run(
      "audit", "--case", "Tests/LeaklineModelTests/Fixtures/audit/reviewed.case.json")
    #expect(result.status == 0, "\(result.summary)")
    #expect(
      result.lines.last
        == "Audit: 11 findings on 11 records from 12 rules; 1 reviewed item silenced.")
    #expect(result.stdout.contains("ref-3 (url-missing): reviewed by A. Editor: "))
    #expect(result.stderr == "")
  }

  @Test func aValidFileWithNothingWeakIsClean() throws {
    let result = try CLI.run(
      "audit", "--case", "Tests/LeaklineModelTests/Fixtures/schema/valid/minimal.json")
    #expect(result.status == 0, "\(result.summary)")
    #expect(
      result.lines.last == "Audit clean: no findings from 12 rules; 0 reviewed items silenced.")
  }

  @Test func theArticlesGuessedReferenceURLsAreListed() throws {
    let result = try CLI.run("audit")
    #expect(result.status == 0, "\(result.summary)")
    let heading = try #require(
      result.lines.firstIndex { $0.hasPrefix("Sources whose URL is a guess nobody confirmed") })
    let listed = result.lines[(heading + 1)...].prefix { !$0.isEmpty }.filter {
      !$0.hasPrefix("    ")
    }
    #expect(
      listed.map { $0.split(separator: " ").first.map(String.init) ?? "" } == [
        "ref-2", "ref-3", "ref-4",
      ])
    #expect(
      !result.stdout.contains("(verified-on-article-alone,"),
      "nothing verified rests on the article alone")
    #expect(result.lines.last?.hasPrefix("Audit: ") == true)
  }

  @Test func thePodcastCameOutOn3May2018() throws {
    let result = try CLI.run("show", "making-of-a-massacre-podcast")
    #expect(result.status == 0, "\(result.summary)")
    #expect(result.lines.contains { $0.hasPrefix("Date:") && $0.contains("3 May 2018") })
    #expect(!result.stdout.contains("the day before"))
  }

  @Test func theDailyBeastPieceHasNoDiscrepancy() throws {
    let result = try CLI.run("show", "dailybeast-kryt-story")
    #expect(result.status == 0, "\(result.summary)")
    #expect(!result.stdout.contains("Where the article and the public record disagree"))
    #expect(!result.stdout.contains("status: disputed"))
  }

  @Test func luisCresencioSandovalIsFoundByName() throws {
    let result = try CLI.run("search", "person:\"luis cresencio sandoval\"")
    #expect(result.status == 0, "\(result.summary)")
    #expect(result.stdout.contains("Luis Cresencio Sandoval"))
    #expect(result.stdout.contains("Guacamaya"))
  }

  @Test func sourcesListsTheArticleApartFromBothGroups() throws {
    let result = try CLI.run("sources")
    #expect(result.status == 0)
    let lines = result.lines
    let itself = try #require(
      lines.firstIndex(of: "The article itself (the text this case file checks)"))
    let refs = try #require(lines.firstIndex(of: "The article's references"))
    let extra = try #require(
      lines.firstIndex(of: "Supplementary sources (not cited by the article)"))
    #expect(itself < refs && refs < extra)
    #expect(lines[itself + 1].contains("{the-article}"))
    #expect(!lines[extra...].contains { $0.contains("{the-article}") })
  }
}
