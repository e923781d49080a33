import LeaklineModel
import LeaklineUI
import Testing

/// Hostile text never reaches the terminal, and no size makes rendering trap.
@Suite struct BrowserSafetyTests {
  /// A case file whose every string tries something: ESC sequences, BEL, C1 CSI, a
  /// carriage return, backspaces, and every bidirectional control: the override U+202E,
  /// the isolates U+2066–U+2069, the marks U+200E/U+200F and the Arabic letter mark U+061C.
  static let hostile: CaseIndex = {
    let evil =
      "A\u{1B}]0;pwned\u{07}B\u{9B}2J\u{202E}C\rD\u{8}E"
      + "\u{2066}F\u{2067}G\u{2068}H\u{2069}\u{200E}I\u{200F}\u{061C}J"
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

  /// What must never reach a terminal raw: C0 and C1 controls, DEL, and the bidirectional
  /// controls that reorder what is shown (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069).
  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  @Test(arguments: walks)
  func noControlCharacterReachesTheGrid(_ keys: [Key]) {
    var browser = Browser.started(Self.hostile)
    for key in keys { _ = browser.handle(.key(key)) }
    let text = browser.lines.joined(separator: "\n")
    for scalar in text.unicodeScalars where scalar != "\n" && Self.isForbidden(scalar) {
      Issue.record("U+\(String(scalar.value, radix: 16)) on screen after \(keys)")
    }
    // The hostile text is on screen, its controls as placeholders: the check above saw it.
    if keys != [.character("?")] {
      #expect(text.contains("␛"), "no hostile text on screen after \(keys)")
      #expect(text.contains("\\u{2066}F"), "no bidi isolate on screen after \(keys)")
    }
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
