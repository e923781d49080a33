import LeaklineModel
import Testing

@Suite struct SearchQueryParsingTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var query: String
    var required: [SearchQuery.Term]
    var excluded: [SearchQuery.Term] = []
    var testDescription: String { "`\(query)`" }
  }

  static let rows: [Row] = [
    Row(query: "garcia luna", required: [.word("garcia"), .word("luna")]),
    Row(query: "  García   LUNA ", required: [.word("garcia"), .word("luna")]),
    Row(query: "Cienfuegós", required: [.word("cienfuegos")]),
    Row(query: "\"garcia luna\"", required: [.phrase("garcia luna")]),
    Row(query: "\"García   Luna\" arrest", required: [.phrase("garcia luna"), .word("arrest")]),
    Row(query: "person:\"garcia luna\"", required: [.person("garcia luna")]),
    Row(query: "person:Cienfuegós", required: [.person("cienfuegos")]),
    Row(query: "who:garcia", required: [.person("garcia")]),
    Row(query: "WHO:garcia", required: [.person("garcia")]),
    Row(query: "year:2019..2022", required: [.years(2019...2022)]),
    Row(query: "year:2011", required: [.years(2011...2011)]),
    Row(query: "2011", required: [.years(2011...2011)]),
    Row(query: "2019..2022", required: [.years(2019...2022)]),
    Row(query: "2019-2022", required: [.years(2019...2022)]),
    Row(query: "..2012", required: [.years(1...2012)]),
    Row(query: "2019..", required: [.years(2019...9999)]),
    Row(query: "\"2011\"", required: [.phrase("2011")]),
    Row(query: "-trial", required: [], excluded: [.word("trial")]),
    Row(
      query: "garcia -sentenced -2024", required: [.word("garcia")],
      excluded: [.word("sentenced"), .years(2024...2024)]),
    Row(query: "kind:arrest", required: [.kind("arrest")]),
    Row(query: "tag:Allende", required: [.tag("allende")]),
    Row(query: "source:6", required: [.source("6")]),
    Row(query: "source:[6]", required: [.source("6")]),
    Row(query: "ref:9", required: [.source("9")]),
    Row(query: "source:Daily-Beast", required: [.source("daily-beast")]),
    Row(query: "scope:later", required: [.scope(.later)]),
    Row(query: "scope:context", required: [.scope(.context)]),
    Row(query: "status:disputed", required: [.status(.disputed)]),
    Row(query: "status:article-only", required: [.status(.articleOnly)]),
    Row(query: "-scope:later", required: [], excluded: [.scope(.later)]),
    Row(
      query: "person:\"garcia luna\" 2019..2022 -trial",
      required: [.person("garcia luna"), .years(2019...2022)], excluded: [.word("trial")]),
    Row(query: "", required: []),
    Row(query: "   ", required: []),
  ]

  @Test(arguments: rows)
  func parsesWordsPhrasesAndFields(_ row: Row) throws {
    let query = try SearchQuery.parse(row.query)
    #expect(query.required == row.required)
    #expect(query.excluded == row.excluded)
  }

  struct Bad: Sendable, CustomTestStringConvertible {
    var query: String
    var error: SearchQueryError
    var message: String
    var testDescription: String { "`\(query)` is refused" }
  }

  static let bad: [Bad] = [
    Bad(
      query: "persn:x", error: .unknownField("persn", suggestion: "person"),
      message:
        "Unknown search field 'persn:'. Did you mean 'person:'? Fields: person: who: year: kind: tag: source: ref: scope: status: is: has: note: label: by:."
    ),
    Bad(
      query: "yaer:2011", error: .unknownField("yaer", suggestion: "year"),
      message:
        "Unknown search field 'yaer:'. Did you mean 'year:'? Fields: person: who: year: kind: tag: source: ref: scope: status: is: has: note: label: by:."
    ),
    Bad(
      query: "colour:red", error: .unknownField("colour", suggestion: nil),
      message:
        "Unknown search field 'colour:'. Fields: person: who: year: kind: tag: source: ref: scope: status: is: has: note: label: by:."
    ),
    Bad(
      query: "year:abc", error: .badYear("abc"),
      message: "'abc' is not a year or range; write 2011, 2019..2022, ..2012 or 2019..."),
    Bad(
      query: "year:2022..2019", error: .badYear("2022..2019"),
      message: "'2022..2019' is not a year or range; write 2011, 2019..2022, ..2012 or 2019..."),
    Bad(
      query: "\"garcia luna", error: .unclosedQuote,
      message: "A quote is not closed; end the phrase with \"."),
    Bad(
      query: "person:\"garcia", error: .unclosedQuote,
      message: "A quote is not closed; end the phrase with \"."),
    Bad(
      query: "person:", error: .emptyValue(field: "person"),
      message: "'person:' needs a value, e.g. person:word."),
    Bad(
      query: "scope:soon",
      error: .badWord(field: "scope", value: "soon", allowed: ["article", "context", "later"]),
      message: "'soon' is not a scope; use one of: article, context, later."),
    Bad(
      query: "status:true",
      error: .badWord(
        field: "status", value: "true",
        allowed: ["verified", "disputed", "article-only", "unverified"]),
      message: "'true' is not a status; use one of: verified, disputed, article-only, unverified."),
  ]

  @Test(arguments: bad)
  func refusesQueriesItCannotRead(_ row: Bad) {
    #expect(throws: row.error) { try SearchQuery.parse(row.query) }
    #expect(row.error.description == row.message)
  }

  @Test(
    arguments: [
      ("2011", 2011...2011), ("2019..2022", 2019...2022), ("2019-2022", 2019...2022),
      ("..2012", 1...2012),
      ("2019..", 2019...9999),
    ] as [(String, ClosedRange<Int>)])
  func readsYearsAndRanges(_ text: String, _ range: ClosedRange<Int>) {
    #expect(SearchQuery.parseYears(text) == range)
  }

  @Test(arguments: ["abc", "11", "20111", "..", "2022..2019", "２０１１", "0000", "2011..20x2", ""])
  func refusesTextThatIsNotAYearOrRange(_ text: String) {
    #expect(SearchQuery.parseYears(text) == nil)
  }

  @Test func describesTheQueryInWords() throws {
    let query = try SearchQuery.parse("person:\"garcia luna\" 2019..2022 source:[9] -trial")
    #expect(query.description == "person \"garcia luna\", in 2019–2022, citing [9], not \"trial\"")
    #expect(try SearchQuery.parse("").description == "everything")
  }

  @Test func highlightsTheTextTermsOnly() throws {
    let query = try SearchQuery.parse(
      "garcia \"los angeles\" person:\"salvador cienfuegos\" 2020 -miami")
    #expect(query.highlightTerms == ["garcia", "los angeles", "salvador", "cienfuegos"])
  }
}
