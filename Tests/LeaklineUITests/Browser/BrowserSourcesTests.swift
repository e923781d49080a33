import LeaklineModel
import LeaklineUI
import Testing

/// The Sources view: references by number, then supplementary; digits jump.
@Suite struct BrowserSourcesTests {
  @Test func typingNineSelectsTheSourceStandingForThreeAndNine() {
    var browser = Browser.started()
    browser.press(.character("s"))
    #expect(browser.selectedID == "ref-1")
    browser.press(.character("9"))
    #expect(browser.state.page.kind == .list(.sources))  // a digit here is not a view switch
    #expect(browser.selectedID == "ref-3")
    #expect(browser.state.status?.text == "Reference [9], the same source as [3]")
    browser.press(.enter)
    #expect(browser.state.page.kind == .source("ref-3"))
    #expect(browser.lines.contains(" Reference  [3], [9]"))
    #expect(browser.lines.contains("   • [3] and [9] are the same article"))
  }

  @Test func digitsBuildMultiDigitNumbersAndFallBackToTheLastDigit() {
    var browser = Browser.started()
    browser.press(.character("s"), .character("5"))
    #expect(browser.selectedID == "ref-5")
    // There is no [51], so the 1 starts a new number.
    browser.press(.character("1"))
    #expect(browser.selectedID == "ref-1")
    #expect(browser.state.typedReference == "1")
    browser.press(.character("j"))
    #expect(browser.state.typedReference == "")
  }

  @Test func anUnknownReferenceIsAWarning() {
    var browser = Browser.started()
    browser.press(.character("s"), .character("j"), .character("7"))
    #expect(browser.selectedID == "ref-3")
    #expect(
      browser.state.status == StatusMessage("The article has no reference [7].", isWarning: true))
  }

  @Test func aHiddenReferenceSaysTheFilterHidesIt() {
    var browser = Browser.started()
    browser.press(.character("s"), .character("/"))
    browser.type("allende")
    browser.press(.enter, .character("1"))
    #expect(browser.selectedID == "ref-5")
    #expect(browser.state.status?.text == "Reference [1] is hidden by the filter; Esc clears it.")
  }

  @Test func referencesComeFirstThenSupplementary() throws {
    var browser = Browser.started()
    browser.press(.character("s"))
    let shown = browser.lines
    let references = shown.firstIndex { $0.hasPrefix(" The article's references  3 sources") }
    let supplementary = shown.firstIndex { $0.hasPrefix(" Supplementary  1 source") }
    #expect(try #require(references) < #require(supplementary))
    #expect(shown.contains { $0.contains("supp.") && $0.contains("URL unconfirmed") })
  }

  @Test func aSourcePageListsEverythingCitingItAndEachOpens() {
    var browser = Browser.started()
    browser.press(.character("s"), .character("G"), .enter)
    #expect(browser.state.page.kind == .source("court-verdict"))
    let text = browser.lines.joined(separator: "\n")
    #expect(
      text.contains("URL        https://example.org/court/garcia-luna-verdict.pdf (not confirmed)"))
    #expect(text.contains("supplementary: not one of the article's references"))
    #expect(text.contains("Cited by (8)"))
    // The first link is the first citing event, in date order.
    #expect(browser.selectedLink == .event("briefcases"))
    browser.press(.enter)
    #expect(browser.state.page.kind == .event("briefcases"))
  }
}
