import Foundation
import LeaklineArticle
import LeaklineModel
import Testing

/// `leakline audit`'s rules (docs/audit.md): one finding for each rule on a fixture made for
/// it, a run on every valid fixture, and what the audit must say about the article.
@Suite struct CaseAuditTests {
  static func load(_ fixture: String) throws -> CaseIndex {
    CaseIndex(try CaseFileLoader.load(path: TestFiles.fixture(fixture).path))
  }

  static func article() throws -> CaseIndex {
    CaseIndex(
      try CaseFileLoader.load(bytes: ArticleCaseFile.bytes, name: ArticleCaseFile.displayName))
  }

  @Test func eachRuleFindsItsOneRecordInOrder() throws {
    let audit = CaseAudit(index: try Self.load("audit/one-of-each.case.json"))
    let found = audit.findings.map { "\($0.rule) \($0.recordKind.rawValue) \($0.recordID)" }
    #expect(
      found == [
        "single-source event one-source",
        "verified-on-article-alone event verified-by-refs",
        "disputed-without-discrepancy event disputed-silently",
        "discrepancy-without-source event corrected-by-the-text",
        "url-unconfirmed source ref-2",
        "url-missing source ref-3",
        "url-archive-page source archive",
        "source-uncited source uncited",
        "entity-unconnected entity loner",
        "alias-shared entity alpha",
        "later-before-publication event later-too-early",
        "after-publication-not-later event after-the-text",
      ])
    #expect(
      Set(audit.findings.map(\.rule)) == Set(CaseAudit.rules.map { $0.id }),
      "the fixture has a case of every rule")
    #expect(audit.counts.allSatisfy { $0.count == 1 })
  }

  @Test func everyFindingSaysWhy() throws {
    let audit = CaseAudit(index: try Self.load("audit/one-of-each.case.json"))
    let reasons = Dictionary(uniqueKeysWithValues: audit.findings.map { ($0.rule, $0.reason) })
    #expect(reasons["single-source"] == "Rests on one source only: court.")
    #expect(reasons["verified-on-article-alone"]?.hasSuffix("the article's own: [1], [2].") == true)
    #expect(reasons["discrepancy-without-source"]?.contains("cites only [3]") == true)
    #expect(reasons["url-unconfirmed"]?.hasSuffix("https://example.org/reports/two") == true)
    #expect(reasons["alias-shared"] == "The alias “The Boss” also names The Boss (beta).")
    #expect(reasons["later-before-publication"]?.contains("(1 Jun 2022)") == true)
  }

  @Test func aReviewSilencesOneRuleOnOneRecord() throws {
    var file = try Self.load("audit/one-of-each.case.json").caseFile
    let review = AuditReview(rule: "url-missing", by: "A. Editor", why: "No address is known.")
    let wrongRule = AuditReview(rule: "url-missing", by: "B. Editor", why: "Not this rule.")
    for i in file.sources.indices {
      if file.sources[i].id == "ref-3" { file.sources[i].reviewed = [review] }
      if file.sources[i].id == "ref-2" { file.sources[i].reviewed = [wrongRule] }
    }
    let index = CaseIndex(file)
    let audit = CaseAudit(index: index)
    #expect(!audit.findings.contains { $0.recordID == "ref-3" })
    #expect(audit.silenced.map(\.finding.recordID) == ["ref-3"])
    #expect(audit.silenced.first?.review == review)
    #expect(
      audit.findings.contains { $0.recordID == "ref-2" && $0.rule == "url-unconfirmed" },
      "a review of another rule silences nothing")
    #expect(audit.findings.count == 11)
    let context = AuditContext(index: index)
    let ref3 = try #require(index.source(id: "ref-3"))
    #expect(CaseAudit.findings(about: .source(ref3), in: context).isEmpty, "no marker either")
  }

  @Test func reviewedNotesAreReadFromTheCaseFileAndWrittenBack() throws {
    let index = try Self.load("audit/reviewed.case.json")
    #expect(index.source(id: "ref-3")?.reviewed.map(\.by) == ["A. Editor"])
    let audit = CaseAudit(index: index)
    #expect(audit.silenced.map(\.finding.recordID) == ["ref-3"])
    #expect(audit.findings.count == 11, "a review of a rule that finds nothing silences nothing")
    let written = Array(CaseFileJSON.caseFile(index.caseFile).render().utf8)
    let reread = try CaseFileLoader.load(bytes: written, name: "written")
    #expect(reread == index.caseFile, "the notes survive a write and a read")
    let strict = try CaseFileLoader.loadStrictly(bytes: written, name: "written")
    #expect(strict == index.caseFile, "the diagnosing reader reads the notes as the fast one does")
  }

  static let validFixtures =
    TestFiles.jsonFiles(in: "good") + TestFiles.jsonFiles(in: "schema/valid") + [
      "small.case.json", "interop/tricky.case.json", "audit/one-of-each.case.json",
      "audit/reviewed.case.json",
    ]

  @Test(arguments: validFixtures)
  func runsOnEveryValidCaseFile(_ fixture: String) throws {
    let index = try Self.load(fixture)
    let audit = CaseAudit(index: index)
    let ids = Set(
      index.caseFile.events.map(\.id) + index.caseFile.entities.map(\.id)
        + index.caseFile.sources.map(\.id))
    let rules = CaseAudit.rules.map { $0.id }
    #expect(audit.findings.allSatisfy { ids.contains($0.recordID) && !$0.reason.isEmpty })
    let order = audit.findings.compactMap { f in rules.firstIndex(of: f.rule) }
    #expect(order == order.sorted(), "findings come rule by rule")
    #expect(CaseAudit(index: index).findings == audit.findings, "the same file, the same list")
    let report = AuditReport(index: index, audit: audit)
    #expect(report.lines().last == report.summaryLine)
  }

  @Test(arguments: [
    ("https://theglobalamericans.org/2022/08/", true),
    ("https://example.org", true),
    ("https://example.org/", true),
    ("https://adamisacson.com/tag/corruption/", true),
    ("https://example.org/category/news", true),
    ("https://aztecreports.com/?p=2742", false),
    ("https://www.taipeitimes.com/News/world/archives/2021/01/18/2003750805", false),
    ("https://ejecentral.com.mx/category/nuestro-eje/genaro-garcia-luna-se-queda", false),
    ("https://example.org/archive/2022/08", true),
    ("https://www.propublica.org/article/allende-zetas-cartel-massacre-and-the-us-dea", false),
    ("https://www.theguardian.com/world/2020/dec/07/mexico-cartels-drugs-spying-corruption", false),
  ])
  func archivePagesAreTold(_ url: String, _ isArchive: Bool) {
    let file = CaseFile(
      title: "URLs", sources: [Source(id: "s", title: "A page", url: url)],
      events: [Event(id: "e", when: nil, title: "Cites it", sources: ["s"])])
    let rules = CaseAudit(index: CaseIndex(file)).findings.map(\.rule)
    #expect(rules.contains("url-archive-page") == isArchive, "\(rules)")
  }

  @Test func theArticlesGuessedReferenceURLsAreListed() throws {
    let audit = CaseAudit(index: try Self.article())
    let unconfirmed = audit.findings.filter { $0.rule == "url-unconfirmed" }.map(\.recordID)
    #expect(unconfirmed == ["ref-2", "ref-3", "ref-4"], "[2], [3]/[9] and [4]")
    #expect(audit.findings.contains { $0.rule == "url-archive-page" && $0.recordID == "ref-4" })
  }

  @Test func nothingVerifiedInTheArticleRestsOnTheArticleAlone() throws {
    let index = try Self.article()
    let audit = CaseAudit(index: index)
    #expect(!audit.findings.contains { $0.rule == "verified-on-article-alone" })
    #expect(!audit.findings.contains { $0.rule == "disputed-without-discrepancy" })
    #expect(!audit.findings.contains { $0.rule == "alias-shared" }, "no name sits on two records")
    #expect(index.subjectDocument?.id == "the-article")
    #expect(index.publicationSpan?.display == "c. Nov–Dec 2022")
  }
}
