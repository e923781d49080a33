import Foundation
import LeaklineArticle
import LeaklineModel
import Testing

/// The article's case file (Resources/article.case.json, compiled into the binary) holds
/// what issue 2 asks of it. Records are found by what they say, not by id, so the tests
/// do not depend on the ids its author chose.
@Suite struct ArticleCaseFileTests {
  static let resourcePath = TestFiles.packageRoot.appendingPathComponent(
    "Resources/article.case.json"
  ).path

  static func index(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> CaseIndex {
    do {
      return CaseIndex(
        try CaseFileLoader.load(bytes: ArticleCaseFile.bytes, name: ArticleCaseFile.displayName))
    } catch {
      Issue.record(
        "The article's case file does not load:\n\(error)", sourceLocation: sourceLocation)
      throw error
    }
  }

  static func fold(_ parts: String?...) -> String {
    TextFolding.fold(parts.compactMap { $0 }.joined(separator: "\n"))
  }

  /// The one entity of `kind` whose name contains `name` (folded).
  static func entity(
    _ name: String, kind: Entity.Kind = .person, in index: CaseIndex,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> Entity {
    let found = index.entitiesByKind.filter { $0.kind == kind && fold($0.name).contains(name) }
    try #require(
      found.count == 1,
      "expected one \(kind.rawValue) named like '\(name)', found \(found.map(\.name))",
      sourceLocation: sourceLocation)
    return found[0]
  }

  /// The one arrest event of an entity.
  static func arrest(
    of entity: Entity, in index: CaseIndex,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> Event {
    let arrests = index.events(involving: entity.id).filter { fold($0.kind) == "arrest" }
    try #require(
      arrests.count == 1,
      "expected one event of kind \"arrest\" for \(entity.name), found \(arrests.map(\.title))",
      sourceLocation: sourceLocation)
    return arrests[0]
  }

  @Test func theEmbeddedBytesAreTheResourceFile() throws {
    let onDisk = try #require(
      FileManager.default.contents(atPath: Self.resourcePath), "cannot read \(Self.resourcePath)")
    #expect(
      ArticleCaseFile.bytes == [UInt8](onDisk),
      "rebuild: the binary embeds an older Resources/article.case.json")
  }

  @Test func loadsWithoutProblemsFromTheBinaryAndFromDisk() throws {
    let embedded = try Self.index()
    let fromDisk = try CaseFileLoader.load(path: Self.resourcePath)
    #expect(fromDisk == embedded.caseFile)
  }

  @Test func hasAtLeast35Events() throws {
    let index = try Self.index()
    #expect(index.timeline.count >= 35)
  }

  @Test func everyRecordCitesASourceThatExists() throws {
    let index = try Self.index()
    let ids = Set(index.caseFile.sources.map(\.id))
    for event in index.caseFile.events {
      #expect(!event.sources.isEmpty, "event \(event.id) cites nothing")
      #expect(
        event.sources.allSatisfy { ids.contains($0) }, "event \(event.id) cites an unknown source")
      for d in event.discrepancies {
        #expect(
          !d.sources.isEmpty && d.sources.allSatisfy { ids.contains($0) },
          "a discrepancy of \(event.id) has no known source")
      }
    }
    for entity in index.caseFile.entities {
      #expect(!entity.sources.isEmpty, "entity \(entity.id) cites nothing")
      #expect(
        entity.sources.allSatisfy { ids.contains($0) },
        "entity \(entity.id) cites an unknown source")
      for r in entity.relations {
        #expect(
          !r.sources.isEmpty && r.sources.allSatisfy { ids.contains($0) },
          "a relation of \(entity.id) has no known source")
      }
    }
  }

  @Test func theNineReferencesAppearOnceEachAndThreeAndNineAreOneSource() throws {
    let index = try Self.index()
    #expect(index.caseFile.sources.flatMap(\.refs).sorted() == Array(1...9))
    let three = try #require(index.source(ref: 3))
    #expect(index.source(ref: 9)?.id == three.id)
    #expect(three.refs.sorted() == [3, 9])
    #expect(
      index.caseFile.sources.filter(\.isArticleReference).count == 8,
      "nine numbers, eight documents")
  }

  struct Reference: Sendable, CustomTestStringConvertible {
    var number: Int
    var title: String
    var publisher: String?
    var testDescription: String { "[\(number)] is “\(title)…”" }
  }

  /// The article's reference list, as the article prints it (folded, in part).
  static let references: [Reference] = [
    Reference(number: 1, title: "most corrupt countries", publisher: "world population review"),
    Reference(
      number: 2, title: "money laundering and corruption in mexico",
      publisher: "american enterprise institute"),
    Reference(number: 3, title: "why the drug war can't be won", publisher: "daily beast"),
    Reference(
      number: 4, title: "organized crime in mexico and the evolving government response",
      publisher: "global americans"),
    Reference(
      number: 5, title: "leaked documents show members of mexico's military sold weapons",
      publisher: "vallarta daily news"),
    Reference(number: 6, title: "triggered a massacre in mexico", publisher: "propublica"),
    Reference(
      number: 7, title: "elite police unit in mexico was actually dirty as hell", publisher: "vice"),
    Reference(number: 8, title: "spyware ends up in the hands of mexico's cartels", publisher: nil),
    Reference(number: 9, title: "why the drug war can't be won", publisher: "daily beast"),
  ]

  @Test(arguments: references)
  func eachReferenceIsTheDocumentTheArticleCites(_ ref: Reference) throws {
    let index = try Self.index()
    let source = try #require(index.source(ref: ref.number))
    #expect(Self.fold(source.title).contains(ref.title), "title was: \(source.title)")
    if let publisher = ref.publisher {
      #expect(
        Self.fold(source.publisher).contains(publisher),
        "publisher was: \(source.publisher ?? "none")")
    }
  }

  @Test func supplementarySourcesAreNeverNumbered() throws {
    let index = try Self.index()
    let supplementary = index.sourcesInOrder.filter { !$0.isArticleReference }
    #expect(!supplementary.isEmpty, "sources from the public record are kept as supplementary")
    #expect(supplementary.allSatisfy { $0.refs.isEmpty && $0.refLabel == "supplementary" })
    // In the listing, every numbered reference comes before every supplementary source.
    let firstSupplementary =
      index.sourcesInOrder.firstIndex { !$0.isArticleReference } ?? index.sourcesInOrder.count
    #expect(index.sourcesInOrder[..<firstSupplementary].allSatisfy { $0.isArticleReference })
  }

  @Test func garciaLunaWasArrestedInDallasOn9December2019() throws {
    let index = try Self.index()
    let garcia = try Self.entity("garcia luna", in: index)
    let arrest = try Self.arrest(of: garcia, in: index)
    #expect(arrest.when == DateSpan(start: .iso("2019-12-09")))
    #expect(Self.fold(arrest.place).contains("dallas"), "place was: \(arrest.place ?? "none")")
  }

  @Test func cienfuegosWasArrestedInLosAngelesAndTheArticleSaysMiami() throws {
    let index = try Self.index()
    let cienfuegos = try Self.entity("cienfuegos", in: index)
    let arrest = try Self.arrest(of: cienfuegos, in: index)
    #expect(arrest.when == DateSpan(start: .iso("2020-10-15")))
    let said = Self.fold(arrest.title, arrest.place, arrest.summary)
    #expect(
      said.contains("los angeles") || said.contains("lax"),
      "the event should say Los Angeles/LAX: \(said)")
    let miami = arrest.discrepancies.filter { Self.fold($0.article, $0.record).contains("miami") }
    #expect(miami.count == 1, "one discrepancy mentions Miami")
    #expect(
      miami.allSatisfy {
        Self.fold($0.record).contains("los angeles") || Self.fold($0.record).contains("lax")
      })
  }

  @Test func theAllendeMassacreRunsFrom18To20March2011() throws {
    let index = try Self.index()
    let massacres = index.timeline.filter {
      Self.fold($0.kind) == "massacre" && Self.fold($0.title, $0.place).contains("allende")
    }
    try #require(
      massacres.count == 1, "expected one Allende massacre, found \(massacres.map(\.title))")
    #expect(massacres[0].when == DateSpan(start: .iso("2011-03-18"), end: .iso("2011-03-20")))
    #expect(massacres[0].dateDisplay == "18–20 Mar 2011")
  }

  @Test func theMonumentIsUndated() throws {
    let index = try Self.index()
    let monuments = index.timeline.filter {
      let text = Self.fold($0.kind, $0.title)
      return text.contains("monument") || text.contains("memorial")
    }
    try #require(
      monuments.count == 1,
      "expected one monument (or memorial) event, found \(monuments.map(\.title))")
    #expect(monuments[0].when == nil)
    #expect(index.timeline.last?.when == nil, "undated events come last")
  }

  @Test func thereAreContextAndLaterEvents() throws {
    let index = try Self.index()
    let scopes = Set(index.timeline.map(\.scope))
    #expect(scopes == [.article, .context, .later])
  }

  @Test func searchingGarciaFindsHisArrest() throws {
    let index = try Self.index()
    let garcia = try Self.entity("garcia luna", in: index)
    let arrest = try Self.arrest(of: garcia, in: index)
    let found = index.events(matching: try SearchQuery.parse("garcia"))
    #expect(found.contains { $0.id == arrest.id })
    let person = index.events(matching: try SearchQuery.parse("person:\"garcia luna\""))
    #expect(
      person.map(\.id) == index.events(involving: garcia.id).map(\.id),
      "a person's name finds exactly their events")
  }

  @Test(arguments: [
    ("garcia", "garcía"), ("cienfuegos", "cienfuegós"), ("garcia luna", "Garciá Luna"),
    ("lopez obrador", "López Obrador"),
  ])
  func accentsAndCaseDoNotChangeWhatIsFound(_ plain: String, _ accented: String) throws {
    let index = try Self.index()
    let a = index.events(matching: try SearchQuery.parse(plain)).map(\.id)
    let b = index.events(matching: try SearchQuery.parse(accented)).map(\.id)
    #expect(!a.isEmpty)
    #expect(a == b)
  }

  @Test func searching2011FindsTheAllendeEventsInDateOrder() throws {
    let index = try Self.index()
    let found = index.events(matching: try SearchQuery.parse("2011"))
    #expect(
      found.contains {
        Self.fold($0.kind) == "massacre" && Self.fold($0.title, $0.place).contains("allende")
      })
    #expect(
      found.map(\.id)
        == index.timeline.filter { $0.when?.overlaps(years: 2011...2011) == true }.map(\.id),
      "exactly the events touching 2011")
    #expect(
      found.contains { ($0.when?.years.count ?? 0) > 1 },
      "a range of years that includes 2011 is found too")
    let positions = found.compactMap { index.timelinePosition(of: $0.id) }
    #expect(positions == positions.sorted())
  }

  @Test func theArticlesMisspellingsAreAliases() throws {
    let index = try Self.index()
    let aliases = Set(index.caseFile.entities.flatMap(\.aliases))
    #expect(aliases.contains("Genaro Garciá Luna"))
    #expect(aliases.contains("Salvador Cienfuegós"))
    #expect(
      Self.outcome(index.resolve("Genaro Garciá Luna"))
        == (try Self.entity("garcia luna", in: index)).id)
    #expect(
      Self.outcome(index.resolve("Salvador Cienfuegós"))
        == (try Self.entity("cienfuegos", in: index)).id)
    #expect(
      Self.outcome(index.resolve("cienfuegos")) == (try Self.entity("cienfuegos", in: index)).id)
  }

  @Test func garciaLunaIsLinkedToTheSinaloaCartel() throws {
    let index = try Self.index()
    let garcia = try Self.entity("garcia luna", in: index)
    let cartel = try Self.entity("sinaloa", kind: .cartel, in: index)
    #expect(
      garcia.relations.contains { $0.to == cartel.id }
        || index.incomingRelations(to: garcia.id).contains { $0.from.id == cartel.id })
  }

  static func outcome(_ r: Resolution) -> String? {
    if case .entity(let e) = r { return e.id }
    return nil
  }
}
