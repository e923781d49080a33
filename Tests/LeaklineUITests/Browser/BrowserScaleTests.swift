import LeaklineModel
import LeaklineUI
import Testing
import _LeaklineSynthetic

/// Frames and keys cost what is on screen, not the size of the case file: what is worked
/// out from every record (list groups, row columns, a page's layout) is made once and kept,
/// and a long page makes only the lines it shows. Counted, not timed.
@Suite struct BrowserScaleTests {
  static let index = CaseIndex(SyntheticCaseFile(events: 6000).make())
  static let size = Size(columns: 120, rows: 24)

  /// The keys a user moves around a list or page with.
  static let moves: [Key] = [
    .down, .down, .pageDown, .pageDown, .up, .end, .pageUp, .home, .character("]"),
    .character("["),
  ]

  @Test func framesAndKeysOnAnUnfilteredListGroupItOnce() {
    let counts = WorkCounter()
    var browser = Browser.started(Self.index, size: Self.size, observer: counts)
    for key in Self.moves {
      _ = browser.handle(.key(key))
      for _ in 0..<3 { _ = browser.screen }
    }
    _ = browser.handle(.key(.character("2")))
    for key in Self.moves {
      _ = browser.handle(.key(key))
      _ = browser.screen
    }
    #expect(counts[.grouping] == 2, "the timeline's and the people list's, once each")
    #expect(counts[.listContent] == 2)
    #expect(counts[.listRows] == 1)
    #expect(counts[.filterContent] == 0)
  }

  @Test func aFilterIsGroupedOncePerSearchAndNeverPerFrame() {
    let counts = WorkCounter()
    var browser = Browser.started(Self.index, size: Self.size, observer: counts)
    browser.press(.character("/"))
    browser.type("garcia")
    #expect(counts[.filterContent] == counts[.search])
    #expect(counts[.search] == "garcia".count)
    browser.press(.enter)
    let made = counts[.filterContent]
    for key in Self.moves {
      _ = browser.handle(.key(key))
      for _ in 0..<3 { _ = browser.screen }
    }
    #expect(counts[.filterContent] == made)
    #expect(counts[.listContent] == 1, "the unfiltered timeline, for the selection")
  }

  @Test func aLongDossierIsLaidOutOnceAndMakesOnlyTheLinesShown() throws {
    let busiest = try #require(
      Self.index.entitiesByKind.max {
        Self.index.events(involving: $0.id).count < Self.index.events(involving: $1.id).count
      })
    let events = Self.index.events(involving: busiest.id).count
    let height = BrowserLayout(Self.size).page.height
    #expect(events > 10 * height, "a dossier far longer than the screen")

    let counts = WorkCounter()
    var browser = Browser.started(Self.index, size: Self.size, observer: counts)
    let documentsBefore = counts[.document]
    browser.state.history.append(Page(.dossier(busiest.id)))
    _ = browser.handle(.resized(Self.size))
    #expect(browser.lines.contains { $0.contains("Events (\(events))") })
    var frames = 1
    for key in Self.moves + [.end, .home, .pageDown] {
      _ = browser.handle(.key(key))
      _ = browser.screen
      _ = browser.screen
      frames += 2
    }
    #expect(counts[.document] == documentsBefore + 1)
    // Each frame draws at most a screen of lines; keys look at one line or none.
    #expect(counts[.documentLine] > 0, "a dossier's event lines are made when shown")
    #expect(counts[.documentLine] <= (frames + 1) * height + 4 * Self.moves.count)
  }

  /// The groups answer every row as a list of every row did.
  @Test(arguments: ["", "garcia", "year:2001..2003", "zzzz"])
  func contentAnswersEveryRowAsAListOfRowsWould(_ text: String) {
    var browser = Browser.started(Self.index, size: Self.size)
    if !text.isEmpty {
      browser.press(.character("/"))
      browser.type(text)
      browser.press(.enter)
    }
    let content = browser.content(.timeline)
    var rows: [ListRow] = []
    var itemRows: [Int] = []
    var lastTitle: String?
    var headerRow = 0
    for position in content.positions {
      let title = Self.index.timeline[position].when.map { String($0.start.year) } ?? "Undated"
      if title != lastTitle {
        headerRow = rows.count
        rows.append(.header(title, count: 0))
        lastTitle = title
      }
      if case .header(let title, let count) = rows[headerRow] {
        rows[headerRow] = .header(title, count: count + 1)
      }
      itemRows.append(rows.count)
      rows.append(.item(position))
    }
    #expect(content.rowCount == rows.count)
    #expect(rows.indices.map { content.row(at: $0) } == rows)
    #expect(itemRows.indices.map { content.row(ofItem: $0) } == itemRows)
    #expect(
      rows.indices.map { content.item(atRow: $0) }
        == rows.indices.map { itemRows.firstIndex(of: $0) })
  }
}
