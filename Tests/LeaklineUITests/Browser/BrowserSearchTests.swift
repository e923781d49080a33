import LeaklineModel
import LeaklineUI
import Testing

/// The `/` prompt: every keystroke filters, Enter keeps, Esc clears.
@Suite struct BrowserSearchTests {
  /// The events García Luna or Zambada García (whose names contain "garcia") take part in.
  static let garciaEvents = [
    "garcia-luna-secretary", "briefcases", "garcia-luna-arrest", "zambada-testifies",
    "garcia-luna-convicted", "garcia-luna-sentenced",
  ]

  func shownIDs(_ browser: Browser, _ list: ListKind = .timeline) -> [String] {
    browser.positions(list).map { position in
      switch list {
      case .timeline: browser.index.timeline[position].id
      case .people: browser.index.entitiesByKind[position].id
      case .sources: browser.index.sourcesInOrder[position].id
      }
    }
  }

  @Test func slashGarciaFiltersTheTimelineLiveWithACount() {
    var browser = Browser.started()
    browser.press(.character("/"))
    #expect(browser.state.context == .prompt)
    #expect(browser.lines.last?.hasPrefix("/ ") == true)
    #expect(browser.lines.last?.hasSuffix(" 12 of 12 events") == true)

    browser.type("ga")
    #expect(shownIDs(browser).count < 12)
    browser.type("rcia")
    #expect(shownIDs(browser) == Self.garciaEvents)
    #expect(browser.lines.last?.hasPrefix("/garcia") == true)
    #expect(browser.lines.last?.hasSuffix("6 of 12 events") == true)
    #expect(browser.lines.contains { $0.contains("García Luna arrested in Texas") })
    #expect(!browser.lines.contains { $0.contains("Allende massacre") })

    // Enter keeps the filter and says so in the status line.
    browser.press(.enter)
    #expect(browser.state.prompt == nil)
    #expect(browser.lines[28].hasPrefix(" Search: \"garcia\" — 6 of 12 events — Esc clears"))
    #expect(shownIDs(browser) == Self.garciaEvents)

    // Esc clears it.
    browser.press(.escape)
    #expect(browser.state.filters[.timeline] == nil)
    #expect(shownIDs(browser).count == 12)
    #expect(browser.state.status?.text == "Search cleared.")
  }

  @Test func escapeInThePromptClearsTheSearchAndRestoresThePage() {
    var browser = Browser.started()
    browser.press(.character("G"), .character("k"))
    let before = browser.state.page
    browser.press(.character("/"))
    browser.type("garcia")
    #expect(browser.selectedID == "garcia-luna-sentenced")
    browser.press(.character("k"))  // typed, not a command
    #expect(browser.state.prompt?.text == "garciak")
    browser.press(.escape)
    #expect(browser.state.prompt == nil)
    #expect(browser.state.filters[.timeline] == nil)
    #expect(browser.state.page == before)
  }

  @Test func theSelectionStaysOnTheSameEventWhileTyping() {
    var browser = Browser.started()
    browser.press(.character("]"), .character("]"), .character("]"), .character("]"))
    #expect(browser.selectedID == "garcia-luna-arrest")
    browser.press(.character("/"))
    browser.type("garcia")
    #expect(browser.selectedID == "garcia-luna-arrest")
    browser.type("zzz")
    #expect(browser.selectedID == nil)
    #expect(browser.lines.last?.hasSuffix("0 of 12 events") == true)
    browser.press(.backspace, .backspace, .backspace)
    // Back to the same event, even though the list was empty in between.
    #expect(browser.selectedID == "garcia-luna-arrest")
  }

  @Test func aBadQueryIsExplainedInlineAndKeepsTheLastGoodFilter() {
    var browser = Browser.started()
    browser.press(.character("/"))
    browser.type("2019")
    #expect(shownIDs(browser) == ["garcia-luna-arrest"])
    browser.type(" \"garc")
    let error = "A quote is not closed; end the phrase with \"."
    #expect(browser.state.prompt?.error?.hasPrefix(error) == true)
    #expect(browser.lines[28].hasPrefix(" " + error))
    #expect(shownIDs(browser) == ["garcia-luna-arrest"])
    // Enter does not accept a query that does not parse.
    browser.press(.enter)
    #expect(browser.state.prompt != nil)
  }

  struct Query: Sendable, CustomTestStringConvertible {
    var text: String
    var list: ListKind
    var expected: [String]
    var testDescription: String { "\(list): \(text)" }
  }

  static let queries: [Query] = [
    Query(text: "2019..2022", list: .timeline, expected: ["garcia-luna-arrest", "siu-shutdown"]),
    Query(text: "person:zambada", list: .timeline, expected: ["briefcases", "zambada-testifies"]),
    Query(text: "kind:arrest", list: .timeline, expected: ["garcia-luna-arrest"]),
    Query(
      text: "scope:later -sentenced", list: .timeline,
      expected: ["zambada-testifies", "garcia-luna-convicted"]),
    Query(text: "ye gon", list: .timeline, expected: ["ye-gon-cash"]),
    Query(text: "kind:unit", list: .people, expected: ["siu"]),
    Query(text: "el rey", list: .people, expected: ["zambada"]),
    Query(text: "ref:9", list: .sources, expected: ["ref-3"]),
    Query(text: "garcia", list: .sources, expected: ["ref-1", "court-verdict"]),
  ]

  @Test(arguments: queries)
  func theModelsQueryLanguageWorksInEveryList(_ query: Query) {
    var browser = Browser.started()
    browser.press(.character(query.list == .timeline ? "t" : query.list == .people ? "p" : "s"))
    browser.press(.character("/"))
    browser.type(query.text)
    browser.press(.enter)
    #expect(shownIDs(browser, query.list) == query.expected)
  }

  @Test func eachListKeepsItsOwnFilter() {
    var browser = Browser.started()
    browser.press(.character("/"))
    browser.type("allende")
    browser.press(.enter, .character("p"))
    #expect(shownIDs(browser, .people).count == 6)
    browser.press(.character("t"))
    #expect(shownIDs(browser) == ["allende", "allende-memorial"])
  }

  @Test func findInAPageHighlightsAndSteps() {
    var browser = Browser.started()
    browser.press(.character("p"), .enter, .character("/"))
    #expect(browser.state.prompt?.purpose == .find)
    browser.type("sinaloa")
    #expect(browser.lines.last?.hasSuffix("2 matches") == true)
    browser.press(.enter)
    #expect(browser.state.status?.text == "2 matches; n and N step through them.")
    browser.press(.character("n"))
    #expect(browser.state.status?.text == "Match 1 of 2")
    browser.press(.character("n"))
    #expect(browser.state.status?.text == "Match 2 of 2")
    browser.press(.character("n"))
    #expect(browser.state.status?.text == "Match 1 of 2")
  }

  @Test func aListSearchIsCarriedIntoThePagesItOpens() {
    var browser = Browser.started()
    browser.press(.character("/"))
    browser.type("briefcase")
    browser.press(.enter, .enter)
    #expect(browser.state.page.kind == .event("briefcases"))
    #expect(browser.state.page.find == "briefcase")
    var buffer = ScreenBuffer(size: browser.state.size)
    browser.render(into: &buffer)
    // The title's "briefcase" is drawn as a match.
    let title = buffer.lines()[1]
    let column =
      (title.range(of: "briefcases").map {
        title.distance(from: title.startIndex, to: $0.lowerBound)
      }) ?? 0
    #expect(buffer[row: 1, column: column].style == .searchMatch)
  }

  @Test func nWithoutASearchSaysHowToSearch() {
    var browser = Browser.started()
    browser.press(.character("n"))
    #expect(browser.state.status?.text == "No search to step through; press / to search.")
  }
}
