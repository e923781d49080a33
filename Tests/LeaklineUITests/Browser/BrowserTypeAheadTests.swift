import LeaklineModel
import LeaklineUI
import Testing

/// Keys that arrive together (typing ahead of a slow search) are handled as a batch: only
/// the last text of a burst is searched, and the result is what typing key by key gives.
@Suite struct BrowserTypeAheadTests {
  static func keys(_ text: String) -> [TerminalEvent] { text.map { .key(.character($0)) } }

  /// Bursts as the backend may read them from the terminal, each after `/` in the timeline.
  static let bursts: [(name: String, events: [TerminalEvent], searches: Int)] = [
    ("a word typed at once", keys("garcia"), 1),
    ("a word, then Enter", keys("garcia") + [.key(.enter)], 1),
    (
      "typing, a typo and Backspace", keys("garcix") + [.key(.backspace), .key(.character("a"))], 1
    ),
    ("Ctrl-U and a new word", keys("luna") + [.key(.control("u"))] + keys("2011"), 1),
    (
      "a resize between two words",
      keys("garcia") + [.resized(Size(columns: 80, rows: 24))] + keys(" luna"), 2
    ),
    ("a word, then Esc", keys("allende") + [.key(.escape)], 1),
  ]

  @Test(arguments: bursts.indices)
  func aBurstSearchesOnlyItsLastTextAndFiltersAsKeyByKey(_ i: Int) {
    let burst = Self.bursts[i]
    // Start on the fourth event, so the selection has somewhere to stay.
    let oneByOneSearches = WorkCounter()
    var oneByOne = Browser.started(observer: oneByOneSearches)
    oneByOne.press(.down, .down, .down, .character("/"))
    let before = oneByOneSearches[.search]
    for event in burst.events { _ = oneByOne.handle(event) }
    let keyByKeySearches = oneByOneSearches[.search] - before

    let batchedSearches = WorkCounter()
    var batched = Browser.started(observer: batchedSearches)
    batched.press(.down, .down, .down, .character("/"))
    let batchedBefore = batchedSearches[.search]
    _ = batched.handle(batch: burst.events)

    // The same filter, prompt and page as typing key by key…
    #expect(batched.state.filters == oneByOne.state.filters, "\(burst.name)")
    #expect(batched.state.prompt?.text == oneByOne.state.prompt?.text, "\(burst.name)")
    #expect(batched.state.prompt?.error == oneByOne.state.prompt?.error, "\(burst.name)")
    #expect(batched.state.page.kind == oneByOne.state.page.kind, "\(burst.name)")
    // …with the selection kept on the item selected before the burst, or the next one
    // shown (key by key, each intermediate filter may move it further along).
    let shown = batched.positions(.timeline)
    let expected = shown.firstIndex { $0 >= 3 } ?? max(0, shown.count - 1)
    #expect(batched.state.page.list.selection == expected, "\(burst.name)")
    #expect(batchedSearches[.search] - batchedBefore == burst.searches, "\(burst.name)")
    #expect(keyByKeySearches > burst.searches, "\(burst.name): key by key searches every key")
  }

  @Test func aBatchWithoutTypingIsHandledAsSingleEvents() {
    let events: [TerminalEvent] = [.key(.down), .key(.down), .key(.character("]")), .key(.enter)]
    var oneByOne = Browser.started()
    for event in events { _ = oneByOne.handle(event) }
    let searches = WorkCounter()
    var batched = Browser.started(observer: searches)
    _ = batched.handle(batch: events)
    #expect(batched.state == oneByOne.state)
    #expect(searches[.search] == 0)
  }
}
