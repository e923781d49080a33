import LeaklineModel
import LeaklineUI
import Testing

/// Every screen of the browser as plain text, compared exactly with `Goldens/*.txt`.
@Suite struct GoldenScreenTests {
  /// A screen reached by keystrokes from the first screen.
  struct Screen: Sendable, CustomTestStringConvertible {
    var name: String
    var keys: [Key]
    var testDescription: String { name }

    init(_ name: String, _ keys: [Key]) {
      self.name = name
      self.keys = keys
    }
  }

  static func typed(_ text: String) -> [Key] { text.map { .character($0) } }

  static let screens: [Screen] = [
    Screen("timeline", []),
    // The disputed briefcases event, with focus in the detail pane.
    Screen("timeline-detail", [.character("j"), .character("j"), .tab]),
    Screen("event", [.character("j"), .character("j"), .enter]),
    Screen("people", [.character("p")]),
    Screen("dossier", [.character("p"), .enter]),
    Screen("sources", [.character("s")]),
    Screen("source", [.character("s"), .character("9"), .enter]),
    Screen("help", [.character("?")]),
    Screen("search-prompt", [.character("/")] + typed("garcia")),
    Screen("search-filtered", [.character("/")] + typed("garcia") + [.enter]),
    Screen("search-error", [.character("/")] + typed("persn:garcia")),
    Screen(
      "find-in-page",
      [.character("p"), .enter, .character("/")] + typed("sinaloa") + [.enter, .character("n")]),
  ]

  static let sizes = [Size(columns: 100, rows: 30), Size(columns: 80, rows: 24)]

  @Test(arguments: screens, sizes)
  func screenMatchesGolden(_ screen: Screen, _ size: Size) {
    var browser = Browser.started(size: size)
    for key in screen.keys { _ = browser.handle(.key(key)) }
    expectGolden(browser.screen, named: "\(screen.name)-\(size.columns)x\(size.rows)")
  }

  /// The top line names the program and the case; the bottom line is never blank.
  @Test(arguments: screens, sizes + [Size(columns: 40, rows: 12)])
  func everyScreenStartsWithLeaklineAndTheCaseTitle(_ screen: Screen, _ size: Size) {
    var browser = Browser.started(size: size)
    for key in screen.keys { _ = browser.handle(.key(key)) }
    let lines = browser.lines
    #expect(lines[0].hasPrefix("Leakline · Cooperation"))
    #expect(!(lines.last ?? "").isEmpty)
  }

  static let tooSmall = [
    Size(columns: 39, rows: 12), Size(columns: 10, rows: 3), Size(columns: 1, rows: 1),
  ]

  @Test(arguments: tooSmall)
  func tooSmallMatchesGolden(_ size: Size) {
    let browser = Browser.started(size: size)
    expectGolden(browser.screen, named: "too-small-\(size.columns)x\(size.rows)")
  }

  /// Every screen, at every too-small size, is the one-line message and nothing else.
  @Test(arguments: screens, tooSmall + [Size(columns: 40, rows: 11), Size(columns: 0, rows: 0)])
  func everyScreenSaysTooSmall(_ screen: Screen, _ size: Size) {
    var browser = Browser.started(size: Size(columns: 100, rows: 30))
    for key in screen.keys { _ = browser.handle(.key(key)) }
    _ = browser.handle(.resized(size))
    let lines = browser.lines
    #expect(lines.count == size.rows)
    if size.rows > 0 {
      let expected = "Terminal too small (\(size.columns)×\(size.rows)); need at least 40×12"
      #expect(lines[0] == TextLayout.truncate(expected, toWidth: size.columns))
      #expect(lines.dropFirst().allSatisfy { $0.isEmpty })
    }
  }

  /// Screens from the article's own case file, once it loads.
  static let articleScreens: [Screen] = [
    Screen("article-timeline", []),
    Screen("article-people", [.character("p")]),
    Screen("article-sources", [.character("s")]),
    Screen("article-garcia", [.character("/")] + typed("garcia") + [.enter]),
  ]

  @Test(arguments: articleScreens)
  func articleScreenMatchesGolden(_ screen: Screen) throws {
    let index = try Fixtures.article.get()
    var browser = Browser.started(index, size: Size(columns: 100, rows: 30))
    for key in screen.keys { _ = browser.handle(.key(key)) }
    expectGolden(browser.screen, named: "\(screen.name)-100x30")
  }
}
