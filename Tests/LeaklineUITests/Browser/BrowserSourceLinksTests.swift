import LeaklineModel
import LeaklineUI
import Testing

/// `o`, `y` and `Y` on a source: the browser decides what to open or copy and returns it
/// as an effect; the status line says what happened.
@Suite struct BrowserSourceLinksTests {
  @Test func oOnASourcesRowOpensItsURL() {
    var browser = Browser.started()
    browser.press(.character("s"))
    #expect(browser.selectedID == "ref-1")
    let effects = browser.press(.character("o"))
    #expect(effects == [.openURL("https://example.org/wire/garcia-luna-verdict")])
    #expect(browser.state.status?.text == "Opening https://example.org/wire/garcia-luna-verdict…")
  }

  @Test func yCopiesTheURLAndSaysSo() {
    var browser = Browser.started()
    browser.press(.character("s"), .character("3"))
    let effects = browser.press(.character("y"))
    #expect(effects == [.copyToClipboard("https://example.org/daily/dea-partners")])
    #expect(
      browser.state.status?.text == "Copied the URL: https://example.org/daily/dea-partners")
  }

  @Test func capitalYCopiesACitationWithAuthorsDateURLAndReferenceNumbers() {
    var browser = Browser.started()
    browser.press(.character("s"), .character("3"))
    let effects = browser.press(.character("Y"))
    guard case .copyToClipboard(let text)? = effects.first else {
      Issue.record("Y returned \(effects)")
      return
    }
    #expect(text.hasPrefix("J. Doe, “"))
    #expect(text.contains("The Daily Example, 12 Dec 2019, https://example.org/daily/dea-partners"))
    #expect(text.hasSuffix("(the article's references [3], [9])."))
    #expect(browser.state.status?.text == "Copied the citation: " + text)
  }

  @Test func onASourcePageTheKeysUseThatSourceAndAnUnconfirmedURLIsFlagged() {
    var browser = Browser.started()
    browser.press(.character("s"), .character("G"), .enter)
    #expect(browser.state.page.kind == .source("court-verdict"))
    // The cursor is on a citing event, but the page is the source's own.
    #expect(
      browser.press(.character("o"))
        == [.openURL("https://example.org/court/garcia-luna-verdict.pdf")])
    #expect(browser.state.status?.text.contains("not confirmed") == true)
  }

  @Test func aSourceLinkInTheDetailPaneIsUsedOnlyWhenItIsSelected() {
    var browser = Browser.started()
    // In the list pane, the keys say what they need.
    #expect(browser.press(.character("o")) == [])
    #expect(browser.state.status?.isWarning == true)
    #expect(browser.state.status?.text.hasPrefix("No source selected") == true)
    // Tab to the detail pane and move down until a source link is selected.
    browser.press(.tab)
    var steps = 0
    while steps < 60 {
      if case .source? = browser.selectedLink { break }
      browser.press(.character("j"))
      steps += 1
    }
    guard case .source(let id)? = browser.selectedLink else {
      Issue.record("no source link in the first event's detail")
      return
    }
    let url = browser.index.source(id: id)?.url
    #expect(browser.press(.character("y")) == url.map { [.copyToClipboard($0)] })
  }

  @Test func aFailedOpenIsAWarningThatOffersY() {
    var browser = Browser.started()
    _ = browser.handle(
      .urlOpened(url: "https://example.org", error: "Cannot open the URL: $BROWSER is not set."))
    #expect(browser.state.status?.isWarning == true)
    #expect(browser.state.status?.text.hasSuffix("y copies the URL instead.") == true)
  }

  @Test(arguments: [
    ("https://example.org/a", true), ("HTTP://example.org", true), ("http://", false),
    ("javascript:alert(1)", false), ("file:///etc/passwd", false), ("/tmp/x", false),
    ("ftp://example.org", false), ("", false),
  ])
  func onlyWebAddressesAreOpened(_ url: String, _ opens: Bool) {
    #expect(Browser.isWebAddress(url) == opens)
  }
}
