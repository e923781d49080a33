import LeaklineModel
import Testing

/// What `leakline show TEXT` opens, over Fixtures/small.case.json.
@Suite struct ResolveTests {
  /// What a resolution should come to, in a form that compares and prints well.
  enum Outcome: Hashable, Sendable, CustomStringConvertible {
    case event(String)
    case entity(String)
    case source(String)
    case ambiguous([String])
    case notFound([String])

    init(_ resolution: Resolution) {
      switch resolution {
      case .event(let e): self = .event(e.id)
      case .entity(let e): self = .entity(e.id)
      case .source(let s): self = .source(s.id)
      case .ambiguous(let candidates): self = .ambiguous(candidates.map(\.id))
      case .notFound(let suggestions): self = .notFound(suggestions)
      }
    }

    var description: String {
      switch self {
      case .event(let id): "event \(id)"
      case .entity(let id): "entity \(id)"
      case .source(let id): "source \(id)"
      case .ambiguous(let ids): "one of \(ids.joined(separator: ", "))"
      case .notFound(let s):
        s.isEmpty ? "nothing" : "nothing, suggesting \(s.joined(separator: " or "))"
      }
    }
  }

  struct Row: Sendable, CustomTestStringConvertible {
    var text: String
    var outcome: Outcome
    var why: String
    var testDescription: String { "\"\(text)\" opens \(outcome) (\(why))" }
  }

  static let rows: [Row] = [
    Row(text: "garcia-arrest", outcome: .event("garcia-arrest"), why: "an event id"),
    Row(text: "garcia", outcome: .entity("garcia"), why: "an entity id"),
    Row(text: "court-record", outcome: .source("court-record"), why: "a source id"),
    Row(text: "  garcia  ", outcome: .entity("garcia"), why: "spaces around an id"),
    Row(text: "1", outcome: .source("ref-1"), why: "a reference number"),
    Row(text: "5", outcome: .source("ref-2"), why: "the second number of a source"),
    Row(text: "[5]", outcome: .source("ref-2"), why: "a reference number in brackets"),
    Row(text: "El Padrino", outcome: .entity("cienfuegos"), why: "an exact alias"),
    Row(text: "el padrino", outcome: .entity("cienfuegos"), why: "an alias in lower case"),
    Row(text: "garcia luna", outcome: .entity("garcia"), why: "an accent-free alias"),
    Row(text: "GENARO GARCÍA LUNA", outcome: .entity("garcia"), why: "the name in capitals"),
    Row(
      text: "salvador cienfuegós", outcome: .entity("cienfuegos"), why: "the article's misspelling"),
    Row(text: "zepeda", outcome: .entity("cienfuegos"), why: "part of a name"),
    Row(
      text: "cienfuegos zepeda", outcome: .entity("cienfuegos"),
      why: "words of a name, not adjacent in the alias"),
    Row(
      text: "sinaloa", outcome: .entity("cartel"),
      why: "part of a name, before events that mention it"),
    Row(text: "東京", outcome: .entity("tokyo"), why: "a name in CJK"),
    Row(text: "massacre border", outcome: .event("massacre"), why: "words of an event title"),
    Row(text: "monument", outcome: .event("monument"), why: "an undated event's title"),
    Row(text: "court record", outcome: .source("court-record"), why: "a source title"),
    Row(
      text: "arrested", outcome: .ambiguous(["garcia-arrest", "cienfuegos-arrest"]),
      why: "two event titles, in date order"),
    Row(
      text: "report", outcome: .ambiguous(["ref-1", "ref-2"]),
      why: "two source titles, in reference order"),
    Row(
      text: "el", outcome: .ambiguous(["cienfuegos", "cartel"]),
      why: "part of two names (El Padrino, Sinaloa Cartel), people first"),
    Row(text: "garcia-arest", outcome: .notFound(["garcia-arrest"]), why: "a misspelt id"),
    Row(text: "cienfuegoz", outcome: .notFound(["cienfuegos"]), why: "a misspelt name near an id"),
    Row(
      text: "Genaro Garsia Luna", outcome: .notFound(["Genaro García Luna"]),
      why: "a misspelt full name"),
    Row(text: "9", outcome: .notFound([]), why: "a reference number nobody stands for"),
    Row(text: "zzzz", outcome: .notFound([]), why: "nothing near"),
    Row(text: "", outcome: .notFound([]), why: "empty text"),
  ]

  @Test(arguments: rows)
  func resolvesIdsNumbersAndNames(_ row: Row) throws {
    let index = try Small.index()
    #expect(Outcome(index.resolve(row.text)) == row.outcome)
  }

  @Test func ambiguousNamesAmongPeopleListEveryCandidate() {
    let index = CaseIndex(
      CaseFile(
        title: "Two Guzmáns",
        sources: [Source(id: "s", title: "S")],
        entities: [
          Entity(id: "ovidio", kind: .person, name: "Ovidio Guzmán López", sources: ["s"]),
          Entity(
            id: "chapo", kind: .person, name: "Joaquín Guzmán Loera", aliases: ["El Chapo"],
            sources: ["s"]),
        ]))
    guard case .ambiguous(let candidates) = index.resolve("guzman") else {
      Issue.record("\"guzman\" should be ambiguous, got \(Outcome(index.resolve("guzman")))")
      return
    }
    #expect(candidates.map(\.id) == ["chapo", "ovidio"], "people by name")
    #expect(candidates.map(\.kind) == ["person", "person"])
    #expect(candidates.map(\.label) == ["Joaquín Guzmán Loera", "Ovidio Guzmán López"])
    #expect(Outcome(index.resolve("el chapo")) == .entity("chapo"))
    #expect(Outcome(index.resolve("ovidio guzman")) == .entity("ovidio"))
  }

  @Test func anEventCandidateIsLabelledWithItsDate() throws {
    let index = try Small.index()
    guard case .ambiguous(let candidates) = index.resolve("arrested") else {
      Issue.record("\"arrested\" should be ambiguous")
      return
    }
    #expect(
      candidates.map(\.label) == [
        "9 Dec 2019  García Luna arrested in Dallas",
        "15 Oct 2020  Cienfuegos arrested at Los Angeles airport",
      ])
    #expect(candidates.map(\.kind) == ["event", "event"])
  }
}

/// The lookups the CLI and browser use, over Fixtures/small.case.json.
@Suite struct CaseIndexTests {
  @Test func theTimelineIsInDateOrderWithUndatedLast() throws {
    let index = try Small.index()
    #expect(
      index.timeline.map(\.id) == [
        "unit-founded", "leak", "massacre", "garcia-arrest", "cienfuegos-arrest", "garcia-sentence",
        "monument",
      ])
    #expect(index.timelinePosition(of: "massacre") == 2)
  }

  @Test func entitiesAreGroupedByKindThenName() throws {
    let index = try Small.index()
    #expect(index.entitiesByKind.map(\.id) == ["garcia", "cienfuegos", "unit", "cartel", "tokyo"])
  }

  @Test func sourcesAreInReferenceOrderThenSupplementary() throws {
    let index = try Small.index()
    #expect(index.sourcesInOrder.map(\.id) == ["ref-1", "ref-2", "court-record"])
    #expect(index.sourcesInOrder.map(\.refLabel) == ["[1]", "[2], [5]", "supplementary"])
    #expect(index.source(ref: 5)?.id == "ref-2")
    #expect(index.source(ref: 3) == nil)
  }

  @Test func anEntitysEventsAreInDateOrder() throws {
    let index = try Small.index()
    #expect(index.events(involving: "garcia").map(\.id) == ["garcia-arrest", "garcia-sentence"])
    #expect(index.events(involving: "unit").map(\.id) == ["unit-founded", "leak", "massacre"])
    #expect(index.events(involving: "tokyo").isEmpty)
  }

  @Test func relationsAreFoundFromBothEnds() throws {
    let index = try Small.index()
    let incoming = index.incomingRelations(to: "cartel")
    #expect(incoming.map(\.from.id) == ["garcia"])
    #expect(incoming.map(\.relation.type) == ["took bribes from"])
  }

  @Test func aSourceKnowsEverythingThatCitesIt() throws {
    let index = try Small.index()
    let cited = index.citations(of: "court-record")
    #expect(cited.events.map(\.id) == ["massacre", "cienfuegos-arrest", "garcia-sentence"])
    #expect(cited.entities.map(\.id) == ["tokyo"])
    #expect(cited.relations.map { "\($0.from.id) → \($0.relation.to)" } == ["garcia → cartel"])
    #expect(!cited.isEmpty)
  }

  @Test func anEventsSourcesIncludeThoseOfItsDiscrepancies() throws {
    let index = try Small.index()
    let event = try #require(index.event(id: "cienfuegos-arrest"))
    #expect(index.allSources(of: event).map(\.id) == ["ref-2", "court-record"])
  }

  @Test func yearsCountEveryYearARangeTouches() throws {
    let index = try Small.index()
    #expect(
      index.eventsPerYear.map { "\($0.year):\($0.count)" } == [
        "1997:1", "2011:2", "2019:1", "2020:1", "2024:1",
      ])
  }
}
