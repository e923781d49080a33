import LeaklineModel
import LeaklineUI
import Testing

/// Hostile text never reaches the terminal, and no size makes rendering trap.
@Suite struct BrowserSafetyTests {
  /// A case file whose every string tries something: ESC sequences, BEL, C1 CSI, bidi
  /// overrides, a carriage return, backspaces.
  static let hostile: CaseIndex = {
    let evil = "A\u{1B}]0;pwned\u{07}B\u{9B}2J\u{202E}C\rD\u{8}E"
    let source = Source(
      id: "s", title: "Title " + evil, refs: [1], publisher: evil, url: "https://x/" + evil,
      note: evil)
    let person = Entity(
      id: "p", kind: .person, name: "Name " + evil, aliases: [evil], role: evil, summary: evil,
      sources: ["s"], relations: [Relation(to: "p2", type: evil, sources: ["s"], note: evil)])
    let other = Entity(id: "p2", kind: .group, name: evil, sources: ["s"])
    let event = Event(
      id: "e", when: (try? CaseDate(year: 2011)).map { DateSpan(start: $0) },
      title: "Event " + evil, place: evil,
      kind: evil, status: .disputed, actors: ["p", "p2"], summary: evil + "\n" + evil,
      sources: ["s"],
      tags: [evil], discrepancies: [Discrepancy(article: evil, record: evil, sources: ["s"])])
    return CaseIndex(
      CaseFile(
        title: "Case " + evil, sources: [source], entities: [person, other], events: [event]))
  }()

  static let walks: [[Key]] = [
    [], [.tab], [.enter], [.character("p")], [.character("p"), .enter],
    [.character("p"), .enter, .character("G"), .enter],
    [.character("s")], [.character("s"), .enter], [.character("?")],
    [.character("/"), .character("\u{1B}")],
  ]

  @Test(arguments: walks)
  func noControlCharacterReachesTheGrid(_ keys: [Key]) {
    var browser = Browser.started(Self.hostile)
    for key in keys { _ = browser.handle(.key(key)) }
    let text = browser.lines.joined(separator: "\n")
    for scalar in text.unicodeScalars where scalar != "\n" {
      let value = scalar.value
      #expect(
        !(value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)),
        "U+\(String(value, radix: 16)) on screen after \(keys)")
    }
    #expect(text.contains("␛") || keys == [.character("?")])
  }

  static let sizes: [Size] = [
    .zero, Size(columns: 1, rows: 1), Size(columns: 2, rows: 50), Size(columns: 300, rows: 2),
    Size(columns: 40, rows: 12), Size(columns: 41, rows: 13), Size(columns: 99, rows: 30),
    Size(columns: 100, rows: 12), Size(columns: 250, rows: 90), Size(columns: -5, rows: 10),
  ]

  @Test(arguments: sizes)
  func everyScreenRendersAtEverySize(_ size: Size) {
    for walk in Self.walks + [
      [.character("/"), .character("x")],
      [.character("j"), .character("j"), .tab, .character("G")],
    ] {
      for index in [Fixtures.small, Self.hostile] {
        var browser = Browser.started(index, size: Size(columns: 100, rows: 30))
        for key in walk { _ = browser.handle(.key(key)) }
        _ = browser.handle(.resized(size))
        for key in [Key.down, .pageDown, .end, .tab, .down, .enter] {
          _ = browser.handle(.key(key))
        }
        var buffer = ScreenBuffer(size: size)
        browser.render(into: &buffer)
        #expect(buffer.lines().count == max(0, size.rows))
      }
    }
  }

  @Test func anEmptyCaseFileStillShowsEveryView() {
    var browser = Browser.started(CaseIndex(CaseFile(title: "Empty")))
    #expect(browser.lines.contains { $0.hasPrefix("   Nothing here in this case file.") })
    browser.press(
      .enter, .tab, .character("]"), .character("p"), .enter, .character("s"), .character("1"))
    #expect(browser.state.page.kind == .list(.sources))
    #expect(browser.state.status?.text == "The article has no reference [1].")
  }
}
