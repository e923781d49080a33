import LeaklineModel
import LeaklineUI
import Testing

/// Drilling in and out, read as a user's keystrokes.
@Suite struct BrowserNavigationTests {
  @Test func garciaLunasDossierToHisArrestAndBackTwice() {
    var browser = Browser.started()
    browser.press(.character("p"))
    #expect(browser.state.page.kind == .list(.people))

    // Find him.
    browser.press(.character("/"))
    browser.type("garcia luna")
    browser.press(.enter)
    #expect(browser.selectedID == "garcia-luna")
    let people = browser.state.page

    // His dossier opens with its first event selected.
    browser.press(.enter)
    #expect(browser.state.page.kind == .dossier("garcia-luna"))
    #expect(browser.selectedLink == .event("garcia-luna-secretary"))

    // Down to his arrest, and open it.
    browser.press(.character("j"), .character("j"))
    #expect(browser.selectedLink == .event("garcia-luna-arrest"))
    let dossier = browser.state.page
    browser.press(.enter)
    #expect(browser.state.page.kind == .event("garcia-luna-arrest"))
    #expect(browser.lines.contains { $0.contains("García Luna arrested in Texas") })

    // Back, and back: exactly where we were each time.
    browser.press(.escape)
    #expect(browser.state.page == dossier)
    #expect(browser.selectedLink == .event("garcia-luna-arrest"))
    browser.press(.escape)
    #expect(browser.state.page == people)
    #expect(browser.selectedID == "garcia-luna")
    #expect(browser.state.filters[.people]?.text == "garcia luna")

    // And once more to the timeline the session started on.
    browser.press(.escape)
    #expect(browser.state.page.kind == .list(.timeline))
    #expect(browser.state.history.count == 1)
  }

  @Test func backspaceGoesBackLikeEscape() {
    var browser = Browser.started()
    browser.press(.character("j"), .character("j"), .character("j"))
    let timeline = browser.state.page
    browser.press(.enter)
    #expect(browser.state.page.kind == .event("ye-gon-cash"))
    browser.press(.backspace)
    #expect(browser.state.page == timeline)
  }

  @Test func escapeOnTheFirstScreenSaysHowToQuit() {
    var browser = Browser.started()
    let before = browser.state.page
    #expect(browser.press(.escape) == [])
    #expect(browser.state.page == before)
    #expect(browser.state.status?.text == "This is where you started; q quits.")
  }

  @Test func switchingViewsKeepsEachListWhereItWas() {
    var browser = Browser.started()
    browser.press(.character("G"))
    #expect(browser.selectedID == "allende-memorial")
    browser.press(.character("2"), .character("j"), .character("j"))
    #expect(browser.selectedID == "ye-gon")
    browser.press(.character("3"))
    #expect(browser.state.page.kind == .list(.sources))
    browser.press(.character("t"))
    #expect(browser.selectedID == "allende-memorial")
    browser.press(.character("p"))
    #expect(browser.selectedID == "ye-gon")
    // Esc walks back through the views in the order they were visited.
    browser.press(.escape)
    #expect(browser.state.page.kind == .list(.timeline))
    browser.press(.escape)
    #expect(browser.state.page.kind == .list(.sources))
  }

  @Test func pressingTheCurrentViewsKeyDoesNothing() {
    var browser = Browser.started()
    browser.press(.character("t"), .character("1"))
    #expect(browser.state.history.count == 1)
  }

  @Test func tabMovesToDetailWhereEnterOpensALinkAndBackRestoresFocus() {
    var browser = Browser.started()
    browser.press(.character("j"), .character("j"))  // the briefcases: three actors
    browser.press(.tab)
    #expect(browser.state.page.focus == .detail)
    #expect(browser.selectedLink == .entity("zambada"))
    browser.press(.character("j"))
    #expect(browser.selectedLink == .entity("garcia-luna"))
    let timeline = browser.state.page
    browser.press(.enter)
    #expect(browser.state.page.kind == .dossier("garcia-luna"))
    browser.press(.escape)
    #expect(browser.state.page == timeline)
    browser.press(.backTab)
    #expect(browser.state.page.focus == .list)
    #expect(browser.selectedID == "briefcases")
  }

  @Test func downInADetailPaneScrollsWhenTheNextLinkIsOffScreen() {
    var browser = Browser.started(size: Size(columns: 80, rows: 24))
    browser.press(.character("j"), .character("j"), .tab)
    // Actors are on screen; the sources are below the fold.
    browser.press(.character("j"), .character("j"))
    #expect(browser.selectedLink == .entity("sinaloa-cartel"))
    let scroll = browser.state.page.document.scroll
    browser.press(.character("j"))
    #expect(browser.state.page.document.scroll == scroll + 1)
    for _ in 0..<30 { browser.press(.character("j")) }
    #expect(browser.selectedLink == .source("court-verdict"))
    browser.press(.character("g"))
    #expect(browser.state.page.document.scroll == 0)
    #expect(browser.selectedLink == .entity("zambada"))
  }

  @Test func enterOnASourceLinkOpensTheSourcePage() {
    var browser = Browser.started()
    browser.press(.character("p"), .enter, .character("G"))
    #expect(browser.selectedLink == .source("court-verdict"))
    browser.press(.enter)
    #expect(browser.state.page.kind == .source("court-verdict"))
    #expect(browser.lines.contains { $0.contains("URL not confirmed") })
  }

  @Test func aRelationOpensTheOtherEntity() {
    var browser = Browser.started()
    browser.press(.character("p"), .enter)
    // Events (6) come first, then the relation to the cartel.
    for _ in 0..<6 { browser.press(.character("j")) }
    #expect(browser.selectedLink == .entity("sinaloa-cartel"))
    browser.press(.character("j"))
    #expect(browser.selectedLink == .entity("zambada"))
    browser.press(.enter)
    #expect(browser.state.page.kind == .dossier("zambada"))
  }

  @Test func pagingMovesByAScreenAndStopsAtTheEnds() {
    var browser = Browser.started(size: Size(columns: 80, rows: 24))
    browser.press(.pageDown)
    #expect(browser.state.page.list.selection == 8)
    browser.press(.pageDown, .pageDown)
    #expect(browser.state.page.list.selection == 11)
    browser.press(.pageUp)
    #expect(browser.state.page.list.selection == 3)
    browser.press(.home)
    #expect(browser.state.page.list.selection == 0)
    browser.press(.end)
    #expect(browser.selectedID == "allende-memorial")
    browser.press(.character("k"))
    #expect(browser.selectedID == "garcia-luna-sentenced")
  }
}
