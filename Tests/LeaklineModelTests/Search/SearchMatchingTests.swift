import LeaklineModel
import Testing

/// Matching over Fixtures/small.case.json, whose timeline is:
/// unit-founded (c. 1997), leak (Mar 2011), massacre (18–20 Mar 2011), garcia-arrest (9 Dec 2019),
/// cienfuegos-arrest (15 Oct 2020), garcia-sentence (16 Oct 2024), monument (undated).
@Suite struct SearchMatchingTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var query: String
    var events: [String]
    var why: String
    var testDescription: String { "`\(query)` finds \(why)" }
  }

  static let events: [Row] = [
    Row(
      query: "garcia", events: ["garcia-arrest", "garcia-sentence"],
      why: "García without the accent"),
    Row(
      query: "García", events: ["garcia-arrest", "garcia-sentence"], why: "García with the accent"),
    Row(
      query: "GARCIA LUNA", events: ["garcia-arrest", "garcia-sentence"], why: "a name in capitals"),
    Row(
      query: "garciá", events: ["garcia-arrest", "garcia-sentence"],
      why: "the article's misspelling"),
    Row(query: "cienfuegos", events: ["cienfuegos-arrest"], why: "Cienfuegos"),
    Row(
      query: "cienfuegós", events: ["cienfuegos-arrest"],
      why: "Cienfuegos through the misspelt alias"),
    Row(query: "padrino", events: ["cienfuegos-arrest"], why: "an actor's nickname"),
    Row(query: "sinaloa", events: ["garcia-arrest"], why: "an event through its actor's name"),
    Row(
      query: "cartel de sinaloa", events: ["garcia-arrest"],
      why: "words of an actor's accented alias"),
    Row(
      query: "\"cartel de sinaloa\"", events: ["garcia-arrest"], why: "a quoted alias as a phrase"),
    Row(
      query: "\"sinaloa de\"", events: [], why: "nothing when the phrase's words are out of order"),
    Row(
      query: "person:\"garcia luna\"", events: ["garcia-arrest", "garcia-sentence"],
      why: "a person's events"),
    Row(query: "who:padrino", events: ["cienfuegos-arrest"], why: "a person by alias"),
    Row(
      query: "person:dallas", events: [],
      why: "nothing when the word is only in the text, not an actor"),
    Row(query: "dallas", events: ["garcia-arrest"], why: "a place"),
    Row(query: "los angeles", events: ["cienfuegos-arrest"], why: "words of a title"),
    Row(query: "miami", events: ["cienfuegos-arrest"], why: "the article's side of a discrepancy"),
    Row(query: "LAX", events: ["cienfuegos-arrest"], why: "the record's side of a discrepancy"),
    Row(query: "three days", events: ["massacre"], why: "words of a summary"),
    Row(
      query: "2011", events: ["leak", "massacre"], why: "the events in 2011, month and range alike"),
    Row(query: "year:2011", events: ["leak", "massacre"], why: "the events in 2011"),
    Row(
      query: "2019..2022", events: ["garcia-arrest", "cienfuegos-arrest"],
      why: "the events in a range of years"),
    Row(
      query: "..2012", events: ["unit-founded", "leak", "massacre"],
      why: "the events up to 2012, approximate ones included"),
    Row(query: "2024..", events: ["garcia-sentence"], why: "the events from 2024 on"),
    Row(query: "1998", events: [], why: "nothing in a year without events"),
    Row(
      query: "kind:arrest", events: ["garcia-arrest", "cienfuegos-arrest"], why: "events by kind"),
    Row(
      query: "kind:arr", events: ["garcia-arrest", "cienfuegos-arrest"],
      why: "events by the start of a kind"),
    Row(
      query: "tag:allende", events: ["leak", "massacre", "monument"],
      why: "tagged events, undated last"),
    Row(
      query: "allende", events: ["leak", "massacre", "monument"],
      why: "a place or tag, undated last"),
    Row(query: "source:1", events: ["garcia-arrest"], why: "events citing reference [1]"),
    Row(
      query: "source:[5]",
      events: ["unit-founded", "leak", "massacre", "cienfuegos-arrest", "monument"],
      why: "events citing reference [5], the second number of a source"),
    Row(
      query: "source:court-record", events: ["massacre", "cienfuegos-arrest", "garcia-sentence"],
      why: "events citing a source, in discrepancies too"),
    Row(query: "scope:later", events: ["garcia-sentence"], why: "later events"),
    Row(query: "scope:context", events: ["unit-founded"], why: "context events"),
    Row(
      query: "status:disputed", events: ["massacre", "cienfuegos-arrest"], why: "disputed events"),
    Row(query: "garcia -sentenced", events: ["garcia-arrest"], why: "all but the excluded word"),
    Row(
      query: "arrested -person:garcia", events: ["cienfuegos-arrest"],
      why: "all but the excluded person"),
    Row(
      query: "allende -2011", events: ["monument"], why: "all but the excluded year, undated kept"),
    Row(query: "monument", events: ["monument"], why: "an undated event"),
    Row(query: "garcia 2011", events: [], why: "nothing when one term fails"),
    Row(
      query: "",
      events: [
        "unit-founded", "leak", "massacre", "garcia-arrest", "cienfuegos-arrest", "garcia-sentence",
        "monument",
      ], why: "everything, in date order"),
  ]

  @Test(arguments: events)
  func findsEventsInDateOrder(_ row: Row) throws {
    let index = try Small.index()
    let query = try SearchQuery.parse(row.query)
    #expect(index.events(matching: query).map(\.id) == row.events)
  }

  struct EntityRow: Sendable, CustomTestStringConvertible {
    var query: String
    var entities: [String]
    var testDescription: String {
      "`\(query)` finds \(entities.isEmpty ? "no one" : entities.joined(separator: ", "))"
    }
  }

  static let entityRows: [EntityRow] = [
    EntityRow(query: "garcia", entities: ["garcia"]),
    EntityRow(query: "cienfuegós", entities: ["cienfuegos"]),
    EntityRow(query: "zepeda", entities: ["cienfuegos"]),
    EntityRow(query: "東京", entities: ["tokyo"]),
    EntityRow(query: "tokyo shimbun", entities: ["tokyo"]),
    EntityRow(query: "kind:cartel", entities: ["cartel"]),
    EntityRow(query: "kind:person", entities: ["garcia", "cienfuegos"]),
    EntityRow(query: "person:siu", entities: ["unit"]),
    EntityRow(query: "tag:allende", entities: ["unit"]),
    EntityRow(query: "2011", entities: ["unit"]),
    EntityRow(query: "source:court-record", entities: ["garcia", "tokyo"]),
    EntityRow(query: "bribes", entities: ["garcia"]),
  ]

  @Test(arguments: entityRows)
  func findsPeopleAndUnitsByKindThenName(_ row: EntityRow) throws {
    let index = try Small.index()
    #expect(index.entities(matching: try SearchQuery.parse(row.query)).map(\.id) == row.entities)
  }

  @Test(arguments: [
    ("daily example", ["ref-1"]), ("source:5", ["ref-2"]), ("núñez", ["ref-1"]),
    ("2020", ["court-record"]), ("report", ["ref-1", "ref-2"]),
  ])
  func findsSourcesInReferenceOrder(_ query: String, _ ids: [String]) throws {
    let index = try Small.index()
    #expect(index.sources(matching: try SearchQuery.parse(query)).map(\.id) == ids)
  }

  /// Ranges across years, built in code: each range touches every year it spans.
  static let ranges = CaseIndex(
    CaseFile(
      title: "Ranges",
      sources: [Source(id: "s", title: "S")],
      events: [
        Event(id: "undated", when: nil, title: "Undated", sources: ["s"]),
        Event(id: "in-2011", when: DateSpan(start: .iso("2011")), title: "In 2011", sources: ["s"]),
        Event(
          id: "2009-2012", when: DateSpan(start: .iso("2009"), end: .iso("2012")), title: "Years",
          sources: ["s"]),
        Event(
          id: "new-year", when: DateSpan(start: .iso("2010-12-30"), end: .iso("2011-01-02")),
          title: "Over new year", sources: ["s"]),
        Event(
          id: "in-2013", when: DateSpan(start: .iso("2013-05-01")), title: "In 2013", sources: ["s"]
        ),
        Event(
          id: "c-2008", when: DateSpan(start: .iso("2008"), isApproximate: true),
          title: "Around 2008", sources: ["s"]),
      ]))

  @Test(arguments: [
    ("2011", ["2009-2012", "new-year", "in-2011"]),
    ("2010", ["2009-2012", "new-year"]),
    ("2012..2013", ["2009-2012", "in-2013"]),
    ("2008", ["c-2008"]),
    ("-2011", ["c-2008", "in-2013", "undated"]),
  ])
  func aYearFindsRangesThatTouchIt(_ query: String, _ ids: [String]) throws {
    #expect(Self.ranges.events(matching: try SearchQuery.parse(query)).map(\.id) == ids)
  }

  @Test func theTimelinePutsUndatedEventsLastInFileOrder() {
    #expect(
      Self.ranges.timeline.map(\.id) == [
        "c-2008", "2009-2012", "new-year", "in-2011", "in-2013", "undated",
      ])
  }
}

@Suite struct TextFoldingTests {
  @Test(arguments: [
    ("García", "garcia"), ("CIENFUEGÓS", "cienfuegos"), ("Cártel de Sinaloa", "cartel de sinaloa"),
    ("Núñez", "nunez"), ("Garcia\u{301}", "garcia"), ("“Z-40”", "\"z-40\""),
    ("El Chapo’s", "el chapo's"),
    ("Zeta—40", "zeta-40"), ("ＳＩＵ", "siu"), ("plain ascii", "plain ascii"), ("東京", "東京"),
  ])
  func foldsCaseAccentsAndTypography(_ text: String, _ folded: String) {
    #expect(TextFolding.fold(text) == folded)
  }
}
