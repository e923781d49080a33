import LeaklineModel
import LeaklineUI
import Testing

/// `leakline browse --open ID --query TEXT --view LIST`: the browser starts where the
/// command line points, and keys work from there as usual.
@Suite struct BrowserStartTests {
  static func started(at start: StartPoint) throws -> Browser {
    var browser = Browser.started()
    try browser.start(at: start)
    return browser
  }

  @Test func openAnEventSelectsItInTheTimeline() throws {
    let browser = try Self.started(at: StartPoint(record: .event("allende")))
    #expect(browser.state.page.kind == .list(.timeline))
    #expect(browser.selectedID == "allende")
  }

  @Test func openAPersonShowsTheDossierAndEscReturnsToThePeopleList() throws {
    var browser = try Self.started(at: StartPoint(record: .entity("zambada")))
    #expect(browser.state.page.kind == .dossier("zambada"))
    browser.press(.escape)
    #expect(browser.state.page.kind == .list(.people))
    #expect(browser.selectedID == "zambada")
  }

  @Test func openASourceShowsItsPage() throws {
    let browser = try Self.started(at: StartPoint(record: .source("ref-3")))
    #expect(browser.state.page.kind == .source("ref-3"))
  }

  @Test(arguments: ListKind.allCases)
  func viewStartsOnThatList(_ list: ListKind) throws {
    let browser = try Self.started(at: StartPoint(view: list))
    #expect(browser.state.page.kind == .list(list))
  }

  @Test func queryFiltersTheViewAndSlashShowsIt() throws {
    var browser = try Self.started(at: StartPoint(view: .people, query: "zambada"))
    #expect(browser.state.page.kind == .list(.people))
    #expect(browser.state.filters[.people]?.text == "zambada")
    #expect(browser.positions(.people).count == 1)
    browser.press(.character("/"))
    #expect(browser.state.prompt?.text == "zambada")
  }

  @Test func queryAndOpenTogetherSelectTheRecordAmongTheMatches() throws {
    let browser = try Self.started(
      at: StartPoint(query: "garcia", record: .event("garcia-luna-arrest")))
    #expect(browser.state.filters[.timeline] != nil)
    #expect(browser.selectedID == "garcia-luna-arrest")
  }

  @Test func anEventHiddenByTheQueryIsSaid() throws {
    let browser = try Self.started(at: StartPoint(query: "zambada", record: .event("allende")))
    #expect(browser.state.status?.text.contains("hidden by the search") == true)
  }

  @Test func aQueryThatDoesNotParseIsAnError() {
    var browser = Browser.started()
    #expect(throws: SearchQueryError.self) {
      try browser.start(at: StartPoint(query: "\"unclosed"))
    }
  }
}
