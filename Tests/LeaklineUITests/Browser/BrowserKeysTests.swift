import LeaklineModel
import LeaklineUI
import Testing

/// Help, quitting, and keys that should do nothing.
@Suite struct BrowserKeysTests {
  @Test func questionMarkOpensHelpAndEscapeClosesIt() {
    var browser = Browser.started()
    browser.press(.character("j"))
    let before = browser.state.page
    browser.press(.character("?"))
    #expect(browser.state.context == .help)
    #expect(browser.lines[1].hasPrefix("┌─ Keys — Esc or ? closes"))
    browser.press(.character("j"))  // scrolls the help, not the list
    #expect(browser.state.helpScroll == 1)
    browser.press(.escape)
    #expect(browser.state.helpScroll == nil)
    #expect(browser.state.page == before)
    browser.press(.character("?"), .character("?"))
    #expect(browser.state.helpScroll == nil)
  }

  @Test func helpListsEveryCommandInTheTable() {
    var browser = Browser.started(size: Size(columns: 100, rows: 80))
    browser.press(.character("?"))
    let text = browser.lines.joined(separator: "\n")
    for command in Command.allCases {
      #expect(text.contains(Command.label(for: command.keys)), "keys of \(command)")
      #expect(text.contains(command.title), "title of \(command)")
    }
  }

  @Test(arguments: [Key.character("q"), .control("c")])
  func quitKeysQuitWithStatusZero(_ key: Key) {
    var browser = Browser.started()
    #expect(browser.press(key) == [.quit(status: 0)])
  }

  @Test func quitWorksFromPagesAndHelp() {
    var browser = Browser.started()
    browser.press(.character("p"), .enter)
    #expect(browser.press(.character("q")) == [.quit(status: 0)])
    browser.press(.character("?"))
    #expect(browser.press(.character("q")) == [.quit(status: 0)])
  }

  @Test func inAPromptQTypesAndCtrlCQuits() {
    var browser = Browser.started()
    browser.press(.character("/"))
    #expect(browser.press(.character("q")) == [])
    #expect(browser.state.prompt?.text == "q")
    #expect(browser.press(.control("c")) == [.quit(status: 0)])
  }

  @Test(arguments: [Key.left, .right, .delete, .function(5), .control("x"), .character("Z")])
  func unboundKeysChangeNothing(_ key: Key) {
    var browser = Browser.started()
    let before = browser.state
    #expect(browser.press(key) == [])
    #expect(browser.state == before)
  }

  @Test func aStatusMessageLastsOneKey() {
    var browser = Browser.started()
    browser.press(.escape)
    #expect(browser.state.status != nil)
    browser.press(.character("j"))
    #expect(browser.state.status == nil)
  }
}
