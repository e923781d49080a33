import LeaklineModel
import LeaklineUI
import Testing

/// The mouse, only with `--mouse`.
@Suite struct BrowserMouseTests {
  @Test func withoutMouseClicksAreIgnored() {
    var browser = Browser.started()
    #expect(!browser.wantsMouse)
    let before = browser.state
    _ = browser.handle(.mouse(MouseEvent(kind: .click, row: 8, column: 10)))
    #expect(browser.state == before)
  }

  @Test func aClickSelectsTheRowUnderIt() {
    var browser = Browser.started(mouse: true)
    #expect(browser.wantsMouse)
    // Row 3 is the 1997 heading; row 8 is the briefcases (c. 2007).
    _ = browser.handle(.mouse(MouseEvent(kind: .click, row: 8, column: 10)))
    #expect(browser.selectedID == "briefcases")
    // A heading is not a row to select.
    _ = browser.handle(.mouse(MouseEvent(kind: .click, row: 3, column: 10)))
    #expect(browser.selectedID == "briefcases")
  }

  @Test func aClickInTheDetailSelectsALinkAndADoubleClickOpensIt() {
    var browser = Browser.started(mouse: true)
    browser.press(.character("j"), .character("j"))
    let lines = browser.lines
    let row = lines.firstIndex { $0.contains("› Genaro García Luna") } ?? -1
    _ = browser.handle(.mouse(MouseEvent(kind: .click, row: row, column: 70)))
    #expect(browser.state.page.focus == .detail)
    #expect(browser.selectedLink == .entity("garcia-luna"))
    _ = browser.handle(.mouse(MouseEvent(kind: .doubleClick, row: row, column: 70)))
    #expect(browser.state.page.kind == .dossier("garcia-luna"))
  }

  @Test func theWheelScrollsAndKeepsTheSelectionOnScreen() {
    var browser = Browser.started(size: Size(columns: 80, rows: 24), mouse: true)
    _ = browser.handle(.mouse(MouseEvent(kind: .wheelDown, row: 5, column: 5)))
    // Three rows down, less one so that 2006's heading shows above the event it heads.
    #expect(browser.state.page.list.scroll == 2)
    #expect(browser.selectedID == "garcia-luna-secretary")  // the first event still on screen
    _ = browser.handle(.mouse(MouseEvent(kind: .wheelUp, row: 5, column: 5)))
    #expect(browser.state.page.list.scroll == 0)
  }
}
