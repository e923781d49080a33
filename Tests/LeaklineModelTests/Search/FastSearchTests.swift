import Testing
import _LeaklineSynthetic

@testable import LeaklineModel

/// The fast search finds exactly the straightforward search's events, in the same order,
/// by every route: scanning the text, the word index, narrowing from an earlier query,
/// and on one core or two.
@Suite struct FastSearchTests {
  static let queries: [SearchQuery] = ScaleFixtures.queries.compactMap {
    try? SearchQuery.parse($0)
  }

  @Test func timelineIsInTheSameOrder() {
    #expect(
      ScaleFixtures.mediumIndex.timeline.map(\.id)
        == ReferenceSearch.timeline(ScaleFixtures.medium.events).map(\.id))
    let sorted = ScaleFixtures.mediumIndex.timeline
    #expect(CaseIndex(CaseFile(title: "t", events: sorted)).timeline.map(\.id) == sorted.map(\.id))
  }

  @Test func timelineOrderBreaksTiesAsBefore() throws {
    // Same day written differently, same start with different ends, approximate or not,
    // undated: every way two dates compare equal or not.
    let dates: [DateSpan?] = try [
      DateSpan(start: CaseDate(parsing: "2011")),
      DateSpan(start: CaseDate(parsing: "2011-01")),
      DateSpan(start: CaseDate(parsing: "2011-01-01")),
      DateSpan(start: CaseDate(parsing: "2011"), end: CaseDate(parsing: "2011-12-31")),
      DateSpan(start: CaseDate(parsing: "2011"), end: CaseDate(parsing: "2011")),
      DateSpan(start: CaseDate(parsing: "2011"), isApproximate: true),
      DateSpan(start: CaseDate(parsing: "2011"), end: CaseDate(parsing: "2012")),
      DateSpan(start: CaseDate(parsing: "2010-12-31")),
      nil,
    ]
    var random = SplitMix64(seed: 11)
    let events = (0..<400).map { i in
      Event(
        id: "e\(i)", when: dates[Int(random.next() % UInt64(dates.count))], title: "t",
        sources: ["s"])
    }
    #expect(
      CaseIndex(CaseFile(title: "t", events: events)).timeline.map(\.id)
        == ReferenceSearch.timeline(events).map(\.id))
  }

  @Test(arguments: [0, 1])
  func findsTheSameEvents(_ route: Int) {
    let index = ScaleFixtures.mediumIndex
    let reference = ScaleFixtures.mediumReference
    // Route 0: text scanned on one core, then the index built by the second query.
    // Route 1: index built at once, split over two parts.
    let tuning =
      route == 0
      ? EventSearchEngine.Tuning(splitFrom: .max, indexAtOnceBelow: 0)
      : EventSearchEngine.Tuning(splitFrom: 1_000, indexAtOnceBelow: .max)
    let engine = EventSearchEngine(
      caseFile: index.caseFile, timeline: index.timeline, tuning: tuning)
    var mismatches: [String] = []
    for (n, query) in FastSearchTests.queries.enumerated() {
      if n == 1 { #expect(engine.isTextIndexed == (route == 1)) }
      let got = engine.matches(query)?.positions() ?? []
      if got != reference.eventPositions(matching: query) { mismatches.append(query.text) }
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
  }

  @Test func scanningOnTwoCoresFindsTheSameEvents() {
    let index = ScaleFixtures.mediumIndex
    for query in FastSearchTests.queries where query.required.contains(where: \.isText) {
      // An engine scans only its first query with words, so each query gets a new one.
      let engine = EventSearchEngine(
        caseFile: index.caseFile, timeline: index.timeline,
        tuning: EventSearchEngine.Tuning(splitFrom: 1_000, indexAtOnceBelow: 0))
      #expect(
        engine.matches(query)?.positions()
          == ScaleFixtures.mediumReference.eventPositions(matching: query),
        "\(query.text)")
      #expect(!engine.isTextIndexed)
    }
  }

  @Test func searchIndexAnswersAsTheReference() {
    let index = ScaleFixtures.mediumIndex
    let reference = ScaleFixtures.mediumReference
    index.search.prepare()
    for query in FastSearchTests.queries {
      let expected = reference.eventPositions(matching: query)
      #expect(index.search.eventPositions(matching: query, in: index) == expected, "\(query.text)")
      #expect(
        index.search.entityPositions(matching: query) == reference.entityPositions(matching: query),
        "\(query.text)")
      #expect(
        index.search.sourcePositions(matching: query) == reference.sourcePositions(matching: query),
        "\(query.text)")
      guard let matches = index.search.eventMatches(query) else {
        Issue.record("eventMatches gave up without being cancelled")
        continue
      }
      #expect(matches.count == expected.count)
      #expect(matches.allPositions == expected)
      #expect(matches.positions(0..<20) == Array(expected.prefix(20)))
      #expect(matches.positions(5..<2_000) == Array(expected.dropFirst(5).prefix(1_995)))
      if let middle = expected.dropFirst(expected.count / 2).first {
        #expect(matches.rank(of: middle) == expected.count / 2)
        #expect(matches.contains(position: middle))
      }
    }
  }

  @Test func aCancelledSearchGivesUp() {
    let index = ScaleFixtures.mediumIndex
    let query = SearchQuery.person("garcia")
    #expect(index.search.eventMatches(SearchQuery(required: [query]), isCancelled: { true }) == nil)
  }
}
