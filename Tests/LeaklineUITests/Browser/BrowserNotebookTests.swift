import LeaklineModel
import LeaklineUI
import Synchronization
import Testing

/// The reader's notebook in the browser: `m`, `c`, `l`, `S`, the Notebook view, what
/// other processes write, and the place kept between runs.
@Suite struct BrowserNotebookTests {
  // MARK: Marks, notes, labels

  @Test func markIsSavedOnlyWhenTheStoreSaysSo() throws {
    var browser = Browser.withNotebook()
    browser.press(.character("j"), .character("j"))  // the briefcases event
    let effects = browser.press(.character("m"))
    let change = try #require(Self.appended(effects).first)
    #expect(change.operation == .mark)
    #expect(change.target == NotebookTarget(.event, "briefcases"))
    #expect(change.by == "ana")
    #expect(browser.notebook?.notebook.isMarked(change.target) == false)  // not yet durable

    _ = browser.handle(.notebookWritten(changes: [change], error: nil))
    #expect(browser.notebook?.notebook.isMarked(change.target) == true)
    #expect(browser.lines.last { $0.contains("Saved: marked") } != nil)
    #expect(browser.lines.contains { $0.hasPrefix(ReaderGlyph.mark) })

    browser.backend(browser.press(.character("m")))
    #expect(browser.notebook?.notebook.isMarked(change.target) == false)
  }

  @Test func aFailedNoteComesBackInItsPromptWithWhy() throws {
    var browser = Browser.withNotebook()
    browser.press(.character("c"))
    browser.type("check the briefcase count")
    let effects = browser.press(.enter)
    let change = try #require(Self.appended(effects).first)
    #expect(change.operation == .note && change.text == "check the briefcase count")

    _ = browser.handle(.notebookWritten(changes: [change], error: "the disk is full"))
    let prompt = try #require(browser.state.prompt)
    #expect(prompt.text == "check the briefcase count")
    #expect(prompt.error?.contains("the disk is full") == true)
    #expect(browser.notebook?.notebook.notes(on: change.target).isEmpty == true)

    browser.backend(browser.press(.enter))  // tries again
    #expect(browser.state.prompt == nil)
    #expect(browser.notebook?.notebook.notes(on: change.target).map(\.text) == [prompt.text])
  }

  @Test func ctrlEHandsTheNoteToTheEditorAndTakesItBack() {
    var browser = Browser.withNotebook()
    browser.press(.character("c"))
    browser.type("draft")
    #expect(browser.press(.control("e")) == [.editText("draft")])
    _ = browser.handle(.textEdited(text: "draft, finished\nin two lines\n", error: nil))
    #expect(browser.state.prompt?.text == "draft, finished\nin two lines")
    _ = browser.handle(.textEdited(text: nil, error: "the editor 'vi' ended with status 1"))
    #expect(browser.state.prompt?.text == "draft, finished\nin two lines")  // nothing lost
    #expect(browser.state.prompt?.error?.contains("status 1") == true)

    browser.press(.escape, .character("l"))
    #expect(browser.press(.control("e")).isEmpty)
    #expect(browser.state.prompt?.error == "Ctrl-E opens your editor for a note (c).")
  }

  @Test func labelsCompleteFromThoseUsedAndASecondTimeRemoves() throws {
    var browser = Browser.withNotebook(
      [("label", NotebookTarget(.event, "allende"), "needs-2nd-source")])
    let target = try #require(browser.notebookTarget())
    browser.press(.character("l"))
    browser.type("ne")
    browser.press(.tab)
    #expect(browser.state.prompt?.text == "needs-2nd-source")
    browser.backend(browser.press(.enter))
    #expect(browser.notebook?.notebook.labels(on: target) == ["needs-2nd-source"])

    browser.press(.character("l"))
    browser.type("needs-2nd-source")
    browser.backend(browser.press(.enter))
    #expect(browser.notebook?.notebook.labels(on: target) == [])
  }

  @Test(arguments: ["two words", "", String(repeating: "x", count: 41)])
  func aBadLabelIsRefusedInThePrompt(_ label: String) {
    var browser = Browser.withNotebook()
    browser.press(.character("l"))
    browser.type(label)
    #expect(browser.press(.enter).isEmpty)
    #expect(browser.state.prompt?.error?.hasPrefix("Not a label") == true)
  }

  @Test func aReadOnlyNotebookSaysWhyAndWritesNothing() {
    var browser = Browser.withNotebook(readOnly: "the folder /srv/case is read-only")
    #expect(browser.press(.character("m")).isEmpty)
    #expect(browser.lines.contains { $0.contains("Read-only notebook: the folder /srv/case") })
    browser.press(.character("c"))
    #expect(browser.state.prompt == nil)
  }

  @Test func pagesAndDetailShowTheReadersNotesApartFromTheCaseFile() {
    var browser = Browser.withNotebook([
      ("note", NotebookTarget(.event, "siu-founded"), "Founding date only in the article."),
      ("mark", NotebookTarget(.event, "siu-founded"), nil),
    ])
    browser.press(.enter)
    let text = browser.lines.joined(separator: "\n")
    #expect(text.contains("Your notebook — the reader's notes, not the case file"))
    #expect(text.contains("Note by ana, 2026-12-08 09:00 UTC"))
    #expect(text.contains("Founding date only in the article."))
  }

  @Test func aSearchForMarkedRecordsFollowsTheNotebook() throws {
    var browser = Browser.withNotebook([("mark", NotebookTarget(.event, "allende"), nil)])
    browser.press(.character("/"))
    browser.type("is:marked")
    browser.press(.enter)
    #expect(browser.positions(.timeline).count == 1)
    let theirs = NotebookChange(
      id: "b1", at: NotebookTime(millisecondsSince1970: 2), by: "ben",
      target: NotebookTarget(.event, "briefcases"), operation: .mark)
    _ = browser.handle(
      .notebookRead(changes: [theirs], problems: [], startsOver: false, status: nil))
    #expect(browser.positions(.timeline).count == 2)
    browser.backend(browser.press(.character("m")))  // unmarks the selected one
    #expect(browser.positions(.timeline).count == 1)
  }

  @Test(arguments: [
    ("note:founding", 1), ("label:needs", 1), ("label:checked", 0), ("has:note", 1),
    ("by:ana", 2),
  ])
  func notebookWordsFilterTheTimeline(_ query: String, _ expected: Int) {
    var browser = Browser.withNotebook([
      ("note", NotebookTarget(.event, "siu-founded"), "Founding date only in the article."),
      ("label", NotebookTarget(.event, "allende"), "needs-2nd-source"),
    ])
    browser.press(.character("/"))
    browser.type(query)
    browser.press(.enter)
    #expect(browser.positions(.timeline).count == expected, "\(query)")
  }

  @Test func aHostileNoteIsShownSafelyAndAnOversizedOneRefused() {
    var browser = Browser.withNotebook([
      ("note", NotebookTarget(.event, "siu-founded"), "\u{1B}]0;pwned\u{7}\u{1B}[2J bad")
    ])
    browser.press(.enter)
    let text = browser.lines.joined(separator: "\n")
    #expect(text.contains("␛]0;pwned␇␛[2J bad"))
    #expect(!text.contains("\u{1B}"))

    browser.press(.character("c"))
    browser.type("x")
    browser.state.prompt?.text = String(repeating: "x", count: NotebookLimits.noteBytes + 1)
    #expect(browser.press(.enter).isEmpty)
    #expect(browser.state.prompt?.error?.hasPrefix("Not saved:") == true)
    #expect(browser.state.prompt?.text.utf8.count == NotebookLimits.noteBytes + 1)  // kept
  }

  // MARK: Other processes

  @Test func anotherProcessesChangeShowsAndKeepsThePlace() {
    var browser = Browser.withNotebook()
    browser.press(.character("j"), .character("j"), .character("j"))
    let before = browser.state.page
    let theirs = NotebookChange(
      id: "b0", at: NotebookTime(millisecondsSince1970: 1), by: "ben",
      target: NotebookTarget(.event, "allende"), operation: .mark)
    _ = browser.handle(
      .notebookRead(changes: [theirs], problems: [], startsOver: false, status: nil))
    #expect(browser.notebook?.notebook.isMarked(theirs.target) == true)
    #expect(browser.state.page == before)
    #expect(browser.lines.contains { $0.contains("— by ben") })

    _ = browser.handle(
      .notebookRead(changes: [], problems: [], startsOver: false, status: "offline: 2 waiting"))
    _ = browser.handle(.key(.character("j")))
    #expect(browser.lines.contains { $0.contains("offline: 2 waiting") })
  }

  // MARK: The Notebook view and saved searches

  @Test func notebookViewOpensRecordsAndComesBack() throws {
    var browser = Browser.withNotebook([
      ("mark", NotebookTarget(.entity, "zambada"), nil),
      ("note", NotebookTarget(.event, "renamed-away"), "kept although the event is gone"),
    ])
    browser.press(.character("4"))
    #expect(browser.state.page.kind == .notebook)
    let text = browser.lines.joined(separator: "\n")
    let orphan = try #require(text.range(of: "Orphaned"))
    let entity = try #require(text.range(of: "Zambada"))
    #expect(entity.lowerBound < orphan.lowerBound)
    #expect(text.contains("event:renamed-away"))
    #expect(browser.selectedLink == .entity("zambada"))
    browser.press(.enter)
    #expect(browser.state.page.kind == .dossier("zambada"))
    browser.press(.escape)
    #expect(browser.state.page.kind == .notebook)
  }

  @Test func aSavedSearchIsListedAndRunsAgain() throws {
    var browser = Browser.withNotebook()
    browser.press(.character("/"))
    browser.type("garcia")
    browser.press(.enter)
    let shown = browser.positions(.timeline)
    browser.press(.character("S"))
    browser.type("garcia-events")
    let change = try #require(Self.appended(browser.press(.enter)).first)
    #expect(change.operation == .saveSearch && change.text == "garcia")
    browser.backend([.appendToNotebook([change])])

    browser.press(.escape)  // clears the search
    #expect(browser.state.filters[.timeline] == nil)
    browser.press(.character("4"), .character("G"))
    #expect(browser.selectedLink == .savedSearch("garcia-events"))
    browser.press(.enter)
    #expect(browser.state.page.kind == .list(.timeline))
    #expect(browser.positions(.timeline) == shown)
  }

  // MARK: Reopening where the reader left off

  @Test func theReadingPlaceComesBack() {
    var browser = Browser.withNotebook()
    browser.press(.character("p"), .character("j"), .character("j"))
    browser.press(.character("t"), .character("/"))
    browser.type("cartel")
    browser.press(.enter, .character("j"))
    let place = browser.readingPlace
    #expect(place.view == "timeline")
    #expect(place.searches["timeline"] == "cartel")

    var reopened = Browser.withNotebook()
    reopened.restore(place)
    #expect(reopened.state.page.kind == .list(.timeline))
    #expect(reopened.selectedID == browser.selectedID)
    #expect(reopened.state.filters[.timeline]?.text == "cartel")

    browser.press(.enter)
    var onPage = Browser.withNotebook()
    onPage.restore(browser.readingPlace)
    #expect(onPage.state.page.kind == browser.state.page.kind)
    onPage.press(.escape)
    #expect(onPage.selectedID == reopened.selectedID)
  }

  // MARK: Goldens

  static let sample: [(String, NotebookTarget, String?)] = [
    ("mark", NotebookTarget(.event, "briefcases"), nil),
    (
      "note", NotebookTarget(.event, "briefcases"),
      "Two sources give different sums; ask the court."
    ),
    ("label", NotebookTarget(.event, "briefcases"), "needs-2nd-source"),
    ("label", NotebookTarget(.event, "allende"), "checked"),
    ("mark", NotebookTarget(.entity, "garcia-luna"), nil),
    ("note", NotebookTarget(.event, "old-id"), "This event was renamed; the note stays."),
    ("save", NotebookTarget(.search, "garcia"), "garcia"),
  ]

  @Test(arguments: [Size(columns: 100, rows: 30), Size(columns: 60, rows: 20)])
  func goldenScreens(_ size: Size) {
    var browser = Browser.withNotebook(Self.sample, size: size)
    expectGolden(browser.screen, named: "notebook-list-\(size.columns)x\(size.rows)")
    browser.press(.character("j"), .character("j"), .enter, .character("G"))
    expectGolden(browser.screen, named: "notebook-page-\(size.columns)x\(size.rows)")
    browser.press(.escape, .character("4"))
    expectGolden(browser.screen, named: "notebook-view-\(size.columns)x\(size.rows)")
    browser.press(.character("v"))
    expectGolden(browser.screen, named: "notebook-by-label-\(size.columns)x\(size.rows)")
  }

  /// The changes an `appendToNotebook` effect asks for.
  static func appended(_ effects: [TerminalEffect]) -> [NotebookChange] {
    effects.flatMap { effect -> [NotebookChange] in
      if case .appendToNotebook(let changes) = effect { return changes }
      return []
    }
  }
}

extension Browser {
  /// A browser with a notebook holding `changes` (operation, target, text or label),
  /// written by "ana" a minute apart from 2026-12-08 09:00 UTC.
  static func withNotebook(
    _ changes: [(String, NotebookTarget, String?)] = [], readOnly: String? = nil,
    size: Size = Size(columns: 100, rows: 30)
  ) -> Browser {
    let clock = Mutex(0)
    let stamp: @Sendable () -> (id: String, at: NotebookTime) = {
      let n = clock.withLock { count in
        count += 1
        return count
      }
      let id = String(repeating: "0", count: 30) + (n < 10 ? "0" : "") + String(n)
      return (id, NotebookTime(millisecondsSince1970: 1_796_720_400_000 + Int64(n - 1) * 60_000))
    }
    var book = NotebookSession(
      notebook: Notebook(), author: "ana", location: "/cases/small.notes.jsonl",
      readOnlyReason: readOnly, stamp: stamp)
    var made: [NotebookChange] = []
    for (operation, target, value) in changes {
      let (id, at) = stamp()
      var change = NotebookChange(id: id, at: at, by: "ana", target: target, operation: .mark)
      switch operation {
      case "note": (change.operation, change.text) = (.note, value)
      case "label": (change.operation, change.label) = (.label, value)
      case "save": (change.operation, change.text, change.label) = (.saveSearch, value, target.id)
      default: break
      }
      made.append(change)
    }
    book.notebook = Notebook(made)
    var browser = Browser(index: Fixtures.small, caseName: "small.case.json", notebook: book)
    _ = browser.handle(.resized(size))
    return browser
  }

  /// Performs notebook effects as a backend whose store always succeeds.
  mutating func backend(_ effects: [TerminalEffect]) {
    for effect in effects {
      if case .appendToNotebook(let changes) = effect {
        _ = handle(.notebookWritten(changes: changes, error: nil))
      }
    }
  }
}
