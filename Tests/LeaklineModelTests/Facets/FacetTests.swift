import Foundation
import LeaklineModel
import Testing

/// Frequency tables: the counts of the small fixture, checked row by row, and on the
/// article every count against a plain per-event count and every term against search.
@Suite struct FacetTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var field: FacetField
    var query: String
    /// The expected rows: label, count, term ("" for none).
    var rows: [(String, Int, String)]
    var testDescription: String { "\(field.rawValue) over '\(query)'" }
  }

  static let table: [Row] = [
    Row(
      field: .actor, query: "",
      rows: [
        ("Vetted police unit (unit)", 3, "person:\"vetted police unit\""),
        ("Genaro García Luna (person)", 2, "person:\"genaro garcia luna\""),
        ("Salvador Cienfuegos Zepeda (person)", 1, "person:\"salvador cienfuegos zepeda\""),
        ("Sinaloa Cartel (cartel)", 1, "person:\"sinaloa cartel\""),
      ]),
    Row(
      field: .status, query: "",
      rows: [("verified", 5, "status:verified"), ("disputed", 2, "status:disputed")]),
    Row(
      field: .scope, query: "",
      rows: [
        ("article", 5, "scope:article"), ("context", 1, "scope:context"),
        ("later", 1, "scope:later"),
      ]),
    Row(
      field: .source, query: "",
      rows: [
        ("[2], [5] Second report, cited twice", 5, "source:2"),
        ("Court record (court-record)", 3, "source:court-record"),
        ("[1] First report", 1, "source:1"),
      ]),
    Row(
      field: .year, query: "",
      rows: [
        ("2011", 2, "year:2011"), ("1997", 1, "year:1997"), ("2019", 1, "year:2019"),
        ("2020", 1, "year:2020"), ("2024", 1, "year:2024"), ("undated", 1, ""),
      ]),
    Row(
      field: .month, query: "",
      rows: [
        ("2011-03", 2, ""), ("2019-12", 1, ""), ("2020-10", 1, ""), ("2024-10", 1, ""),
        ("year only", 1, ""), ("undated", 1, ""),
      ]),
    Row(
      field: .tag, query: "person:\"garcia luna\"", rows: [("garcia-luna", 2, "tag:garcia-luna")]),
  ]

  @Test(arguments: table)
  func smallFixture(_ row: Row) throws {
    let index = try Small.index()
    let facet = index.facet(row.field, matching: try SearchQuery.parse(row.query))
    let got = facet.values.map { "\($0.label) | \($0.count) | \($0.term ?? "")" }
    let want = row.rows.map { "\($0.0) | \($0.1) | \($0.2)" }
    #expect(got == want)
  }

  /// The article: each facet's counts equal a plain count over the matching events, and
  /// each value's term parses and, added to the query, finds at least those events
  /// (exactly those for status, scope, year and source, which are not prefixes).
  @Test(arguments: ["", "status:disputed", "garcia luna", "2011..2020 -scope:later"])
  func articleCountsAndTermsAgree(_ text: String) throws {
    let index = try ArticleCaseFileTests.index()
    let query = try SearchQuery.parse(text)
    let events = index.events(matching: query)
    for field in FacetField.allCases {
      let facet = index.facet(field, matching: query)
      #expect(facet.total == events.count)
      #expect(
        facet.values.map(\.count) == facet.values.map(\.count).sorted(by: >),
        "\(field): not by count")
      for value in facet.values {
        #expect(
          value.count == Self.plainCount(field, value, events, index), "\(field) \(value.key)")
        guard let term = value.term else {
          #expect([.month, .year, .kind].contains(field), "\(field) \(value.label) has no term")
          continue
        }
        let narrowed = try SearchQuery.parse(text + " " + term)
        let found = index.events(matching: narrowed).count
        if [.status, .scope, .year, .source].contains(field) {
          #expect(found == value.count, "\(term)")
        } else {
          #expect(found >= value.count, "\(term)")
        }
      }
    }
  }

  /// The straightforward count: events of the list having the value.
  static func plainCount(
    _ field: FacetField, _ v: FacetValue, _ events: [Event], _ index: CaseIndex
  )
    -> Int
  {
    events.filter { e in
      switch field {
      case .actor: e.actors.contains(v.key)
      case .kind: TextFolding.fold(e.kind ?? "") == v.key
      case .tag: e.tags.contains { TextFolding.fold($0) == v.key }
      case .status: e.status.rawValue == v.key
      case .scope: e.scope.rawValue == v.key
      case .source: (e.sources + e.discrepancies.flatMap(\.sources)).contains(v.key)
      case .year:
        v.key.isEmpty ? e.when == nil : (e.when?.years.contains(Int(v.key) ?? 0) ?? false)
      case .month:
        switch v.label {
        case "undated": e.when == nil
        case "year only": e.when != nil && e.when?.start.month == nil
        default:
          e.when.map { String(format: "%04d-%02d", $0.start.year, $0.start.month ?? 0) } == v.key
        }
      }
    }.count
  }

  /// Terms use the query language's quoting: a name with a quote in it still makes a
  /// person term that parses, and values that cannot be written get none.
  @Test func hostileNamesMakeTermsThatParse() throws {
    let event = Event(
      id: "e1", when: nil, title: "t", kind: "odd \"kind\"", actors: ["a", "b"], sources: ["s"],
      tags: ["two words", "[bracketed]"])
    let caseFile = CaseFile(
      title: "Hostile", sources: [Source(id: "s", title: "S", refs: [])],
      entities: [
        Entity(id: "a", kind: .person, name: "Joaquín \"El Chapo\" Guzmán", sources: ["s"]),
        Entity(id: "b", kind: .unit, name: "Unit\\with\nbreaks", sources: ["s"]),
      ],
      events: [event])
    let index = CaseIndex(caseFile)
    let actors = index.facet(.actor, matching: SearchQuery(required: []))
    #expect(
      actors.values.map(\.term) == [
        "person:\"joaquin el chapo guzman\"", "person:\"unit\\with breaks\"",
      ])
    let tags = index.facet(.tag, matching: SearchQuery(required: []))
    #expect(tags.values.map(\.term) == ["tag:\"[bracketed]\"", "tag:\"two words\""])
    let kinds = index.facet(.kind, matching: SearchQuery(required: []))
    #expect(kinds.values.map(\.term) == [nil])
    for term in (actors.values + tags.values).compactMap(\.term) {
      #expect(index.events(matching: try SearchQuery.parse(term)).count == 1, "\(term)")
    }
  }
}
