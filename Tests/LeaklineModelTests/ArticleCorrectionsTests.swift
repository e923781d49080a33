import LeaklineArticle
import LeaklineModel
import Testing

/// The corrections of issue 12, each checked on the article's case file as built in.
@Suite struct ArticleCorrectionsTests {
  static func index() throws -> CaseIndex { try ArticleCaseFileTests.index() }

  static func event(_ id: String, in index: CaseIndex) throws -> Event {
    try #require(index.event(id: id), "no event \(id)")
  }

  @Test func thePodcastCameOutOn3May2018AndNoEventDayBeforeIsClaimed() throws {
    let index = try Self.index()
    let podcast = try Self.event("making-of-a-massacre-podcast", in: index)
    #expect(podcast.when == DateSpan(start: .iso("2018-05-03")))
    #expect(!(podcast.summary ?? "").contains("the day before"))
  }

  @Test func theVettedUnitIsNotPutInsideTheFederalPoliceIn1997() throws {
    let index = try Self.index()
    let founding = try Self.event("siu-founded", in: index)
    #expect(!founding.title.contains("Federal Police"))
    #expect(!founding.actors.contains("policia-federal"))
    #expect(ArticleCaseFileTests.fold(founding.summary).contains("january 1999"))
  }

  @Test func theClaimsWithoutSupportAreUnverifiedContext() throws {
    let index = try Self.index()
    let firstClient = try Self.event("mexico-first-nso-client", in: index)
    #expect(firstClient.scope == .context && firstClient.status == .unverified)
    #expect(try Self.event("cienfuegos-indicted", in: index).status == .unverified)
  }

  @Test func theDailyBeastPieceContradictsNothing() throws {
    let index = try Self.index()
    let piece = try Self.event("dailybeast-kryt-story", in: index)
    #expect(piece.discrepancies.isEmpty)
    #expect(piece.status != .disputed)
  }

  @Test func reyesArzatesPleaCarriesNoSentenceAndHisSurrenderIsAboutMarchOrApril2017() throws {
    let index = try Self.index()
    let plea = try Self.event("reyes-arzate-chicago-plea", in: index)
    #expect(!(plea.summary ?? "").contains("40-month"))
    let surrender = try Self.event("reyes-arzate-surrenders", in: index)
    #expect(
      surrender.when == DateSpan(start: .iso("2017-03"), end: .iso("2017-04"), isApproximate: true))
  }

  @Test func theAllendeDistanceIsCitedToWhatSaysIt() throws {
    let index = try Self.index()
    let massacre = try Self.event("allende-massacre", in: index)
    let distance = try #require(massacre.discrepancies.first { $0.article.contains("few miles") })
    #expect(distance.record.contains("40-minute") && distance.record.contains("forty miles"))
    #expect(distance.sources.contains("texasmonthly-making-of-a-massacre"))
  }

  @Test func griseldaLopezRestsOnSourcesAboutWhoSheIs() throws {
    let index = try Self.index()
    let griselda = try #require(index.entity(id: "griselda-lopez"))
    #expect(!griselda.sources.contains("ref-5"))
    #expect(griselda.relations.contains { $0.to == "ovidio-guzman" && $0.type == "mother of" })
  }

  @Test func theCitizenLabReportsAreContext() throws {
    let index = try Self.index()
    let reports = index.timeline.filter { $0.actors.contains("citizen-lab") && $0.kind == "report" }
    #expect(!reports.isEmpty)
    #expect(reports.allSatisfy { $0.scope == .context })
  }

  @Test func theMissingPeopleAreThereWithEvents() throws {
    let index = try Self.index()
    for id in ["ernest-gonzalez", "luis-cresencio-sandoval"] {
      #expect(index.entity(id: id) != nil, "no entity \(id)")
      #expect(!index.events(involving: id).isEmpty, "\(id) has no event")
    }
  }

  @Test(arguments: ["Pegasus", "CPI", "Los Chapitos"])
  func aProductAnIndexAndAFactionAreNotAliases(_ name: String) throws {
    let index = try Self.index()
    #expect(!index.caseFile.entities.contains { $0.aliases.contains(name) })
  }

  @Test func losChapitosIsAFactionOfTheSinaloaCartel() throws {
    let index = try Self.index()
    let chapitos = try #require(index.entity(id: "los-chapitos"))
    #expect(chapitos.relations.contains { $0.to == "sinaloa-cartel" && $0.type == "faction of" })
  }

  @Test(arguments: [
    (3, "Why the drug war can’t be won—Cartel corruption goes all the way to the top"),
    (7, "The DEA’s elite police unit in Mexico was actually dirty as hell"),
  ])
  func referenceTitlesAreTheArticles(_ ref: Int, _ title: String) throws {
    let source = try #require(try Self.index().source(ref: ref))
    #expect(source.title == title)
    #expect((source.note ?? "").contains("kept as the article writes it"))
  }
}
