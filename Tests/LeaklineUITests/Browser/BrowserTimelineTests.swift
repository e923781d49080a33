import LeaklineModel
import LeaklineUI
import Testing

/// The timeline: years, the strip, panes.
@Suite struct BrowserTimelineTests {
  @Test func bracketsJumpBetweenYearsWithEvents() {
    var browser = Browser.started()
    #expect(browser.selectedID == "siu-founded")  // 1997
    browser.press(.character("]"))
    #expect(browser.selectedID == "garcia-luna-secretary")  // 2006
    browser.press(.character("]"))
    #expect(browser.selectedID == "briefcases")  // 2007, first of two
    browser.press(.character("j"), .character("]"))
    #expect(browser.selectedID == "pins-shared")  // 2011
    browser.press(.character("["))
    #expect(browser.selectedID == "briefcases")  // back to the start of 2007
    browser.press(.character("["), .character("["))
    #expect(browser.selectedID == "siu-founded")
    browser.press(.character("["))
    #expect(browser.selectedID == "siu-founded")
    #expect(browser.state.status?.text == "No earlier year with events.")
  }

  @Test func undatedEventsAreTheLastGroup() {
    var browser = Browser.started()
    browser.press(.character("G"))
    #expect(browser.selectedID == "allende-memorial")
    browser.press(.character("]"))
    #expect(browser.state.status?.text == "No later year with events.")
    browser.press(.character("["))
    #expect(browser.selectedID == "garcia-luna-sentenced")  // 2024
    let lines = browser.lines
    #expect(lines.contains { $0.hasPrefix(" Undated  1 event") })
  }

  @Test func stripHighlightsTheSelectedYear() {
    var browser = Browser.started()
    browser.press(.character("]"), .character("]"))
    var buffer = ScreenBuffer(size: browser.state.size)
    browser.render(into: &buffer)
    #expect(buffer.lines()[1].contains("2007: 3 events"))
    // 1997 is the first column after the label; 2007 is ten years on.
    let cell = buffer[row: 1, column: 6 + 10]
    #expect(cell.style == .selected)
    #expect(buffer[row: 1, column: 6].style != .selected)
  }

  @Test func rowsMarkApproximateContextLaterAndDisputed() {
    let lines = Browser.started().lines
    #expect(lines.contains { $0.contains("c. 2007") && $0.contains("disputed") })
    #expect(lines.contains { $0.contains("1997") && $0.contains("context│") })
    #expect(lines.contains { $0.contains("García Luna convicted") && $0.contains("later") })
  }

  @Test func detailShowsDiscrepancyAsArticleAndRecord() {
    var browser = Browser.started(size: Size(columns: 120, rows: 40))
    browser.press(.character("j"), .character("j"))
    let text = browser.lines.joined(separator: "\n")
    #expect(text.contains("Article  García Luna received over $10 million."))
    #expect(text.contains("Record   Prosecutors described two briefcases"))
    #expect(text.contains("[1]  Mexico's former top cop"))
  }

  @Test func resizeRelaysOutAndKeepsTheSelectionOnScreen() {
    var browser = Browser.started()
    browser.press(.character("G"))
    // Wide: detail beside the list.
    #expect(browser.lines[3].contains("│ Memorial to the Allende victims"))
    _ = browser.handle(.resized(Size(columns: 80, rows: 24)))
    #expect(browser.selectedID == "allende-memorial")
    let narrow = browser.lines
    #expect(!narrow[3].contains("│"))
    #expect(narrow.prefix(12).contains { $0.contains("undated") && $0.contains("Memorial") })
    #expect(narrow.contains(" Detail " + String(repeating: "─", count: 72)))
    _ = browser.handle(.resized(Size(columns: 60, rows: 20)))
    #expect(browser.lines.prefix(10).contains { $0.contains("Memorial") })
    _ = browser.handle(.resized(Size(columns: 100, rows: 30)))
    #expect(
      browser.screen
        == {
          var fresh = Browser.started()
          fresh.press(.character("G"))
          return fresh.screen
        }())
  }

  @Test func nAndNStepThroughMatchesInTheDetailPane() {
    var browser = Browser.started()
    browser.press(.character("/"))
    browser.type("garcia")
    browser.press(.enter, .character("j"))  // the briefcases
    browser.press(.character("n"))
    #expect(browser.state.status?.text.hasPrefix("Match 1 of ") == true)
    let first = browser.state.page.document.match
    browser.press(.character("n"))
    #expect(browser.state.page.document.match == first.map { $0 + 1 })
    browser.press(.character("N"), .character("N"))
    // Wraps from the first match to the last.
    let total = Int(browser.state.status?.text.split(separator: " ").last ?? "") ?? -1
    #expect(browser.state.page.document.match == total - 1)
  }
}
