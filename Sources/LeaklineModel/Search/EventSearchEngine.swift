import Foundation
import Synchronization

/// Answers queries over events as sets of timeline positions, with exactly the matches
/// of the straightforward per-event test (`SearchIndex`'s rules), fast at a million
/// events.
///
/// Field filters sweep ``EventColumns``. Words use the ``TextIndex`` once it is built:
/// the first query with words scans the events' text directly (a one-off command line
/// search is faster that way), the second builds the index, as does ``prepare(progress:)``.
/// Recent terms are remembered, so typing `garc` after `gar` only looks at what `gar`
/// found.
package final class EventSearchEngine: Sendable {
  private let caseFile: CaseFile
  let timeline: [Event]
  let tuning: Tuning
  private let state = Mutex(State())

  /// When work is split over two cores, and when the word index is built at once.
  package struct Tuning: Sendable {
    /// Scans and index builds of at least this many events use both cores.
    package var splitFrom = 50_000
    /// Below this many events the word index is built by the first query with words
    /// (it takes milliseconds), rather than that query scanning the text.
    package var indexAtOnceBelow = 20_000

    package init(splitFrom: Int = 50_000, indexAtOnceBelow: Int = 20_000) {
      self.splitFrom = splitFrom
      self.indexAtOnceBelow = indexAtOnceBelow
    }
  }

  private struct State {
    var columns: EventColumns?
    var text: TextIndex?
    var textQueries = 0
    /// Recent terms and what they matched, newest last.
    var recent: [Remembered] = []
  }

  /// A term's result over all events, and for words the tokens and actors it matched.
  struct Remembered: Sendable {
    var term: SearchQuery.Term
    var events: Bitset
    var tokens: [UInt32]?
  }

  package init(caseFile: CaseFile, timeline: [Event], tuning: Tuning = Tuning()) {
    self.caseFile = caseFile
    self.timeline = timeline
    self.tuning = tuning
  }

  var count: Int { timeline.count }

  // MARK: Building

  var columns: EventColumns {
    state.withLock { state in
      if let columns = state.columns { return columns }
      let columns = EventColumns(caseFile: caseFile, timeline: timeline)
      state.columns = columns
      return columns
    }
  }

  /// Builds everything a query needs, including the word index, so that no keystroke
  /// waits for it. Safe to call from any thread, more than once.
  package func prepare(progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) {
    let columns = self.columns
    _ = textIndex(building: true, progress: progress)
    _ = (columns.dates.value, columns.kinds.value, columns.tags.value, columns.cites.value)
    _ = columns.actorTexts.value
  }

  /// The word index; built now when `building`, else only when a previous query used
  /// words too.
  private func textIndex(building: Bool, progress: (@Sendable (Int, Int) -> Void)? = nil)
    -> TextIndex?
  {
    state.withLock { state in
      if let text = state.text { return text }
      state.textQueries += building ? 0 : 1
      guard building || state.textQueries > 1 || timeline.count < tuning.indexAtOnceBelow else {
        return nil
      }
      let total = timeline.count
      let text = TextIndex(timeline: timeline, splitFrom: tuning.splitFrom) { progress?($0, total) }
      state.text = text
      return text
    }
  }

  /// Whether the word index has been built.
  var isTextIndexed: Bool { state.withLock { $0.text != nil } }

  /// Forgets remembered terms.
  package func forgetRecentTerms() {
    state.withLock { $0.recent.removeAll() }
  }

  // MARK: Queries

  /// The positions of the events matching `query`, or `nil` when `isCancelled` said so.
  ///
  /// Every required term must hold and no excluded one, as in ``SearchIndex``. Field
  /// filters go first, so that words are checked only where the filters left events.
  /// Notebook words (`is:marked`, …) are answered from `notebook`; without one they
  /// match nothing. They are never remembered: the notebook changes under them.
  package func matches(
    _ query: SearchQuery, notebook: NotebookSearch? = nil,
    isCancelled: @escaping @Sendable () -> Bool = { false }
  ) -> Bitset? {
    let all = Bitset.all(count)
    if query.isEmpty { return all }
    let columns = self.columns
    let hasWords = (query.required + query.excluded).contains { $0.isText }
    let text = hasWords ? textIndex(building: false) : nil
    var evaluator = Evaluator(
      columns: columns, text: text, timeline: timeline, isCancelled: isCancelled)
    evaluator.recent = state.withLock { $0.recent }
    evaluator.notebook = notebook

    var result = all
    let required = query.required.sorted { $0.cost < $1.cost }
    for term in required where !term.isText && !result.isEmpty {
      guard let found = evaluator.events(term, within: result) else { return nil }
      result.formIntersection(found)
    }
    if text == nil, hasWords, !result.isEmpty {
      let terms = required.filter(\.isText) + query.excluded.filter(\.isText)
      let needles = terms.compactMap(\.needle)
      guard
        let scanned = TextScan.run(
          needles, in: timeline, within: result, splitFrom: tuning.splitFrom,
          isCancelled: isCancelled)
      else { return nil }
      evaluator.scanned = Dictionary(zip(terms, scanned), uniquingKeysWith: { a, _ in a })
    }
    for term in required where term.isText && !result.isEmpty {
      guard let found = evaluator.events(term, within: result) else { return nil }
      result.formIntersection(found)
    }
    for term in query.excluded where !result.isEmpty {
      guard let found = evaluator.events(term, within: result) else { return nil }
      result.subtract(found)
    }
    let remembered = evaluator.remembered
    state.withLock { state in
      for r in remembered where !state.recent.contains(where: { $0.term == r.term }) {
        state.recent.append(r)
      }
      if state.recent.count > 24 { state.recent.removeFirst(state.recent.count - 24) }
    }
    return result
  }
}
