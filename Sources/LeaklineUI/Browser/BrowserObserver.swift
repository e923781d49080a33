/// Whoever watches a browser work: the tests count what a frame or a key makes, to show
/// that frames and keys do not redo work; the product passes none.
///
/// Instrumentation stays at the edge, as swift-format measures only in its executable: a
/// browser without an observer does no counting at all, and one line of a long page made
/// when shown costs nothing extra.
package protocol BrowserObserver: AnyObject, Sendable {
  /// The browser has made `work` once more.
  func browserMade(_ work: BrowserWork)
}

/// What a browser makes that costs more than a frame should, named for an observer.
package enum BrowserWork: Hashable, Sendable, CaseIterable {
  /// The groups of an unfiltered list read from the case file.
  case grouping
  /// The content of an unfiltered list.
  case listContent
  /// The content of a filter (one per search run).
  case filterContent
  /// The list rows' column widths, measured.
  case listRows
  /// A document laid out (a page opened, a detail pane shown, a resize).
  case document
  /// The list of every search match in a document.
  case matchList
  /// One line of a long list in a document, made when shown.
  case documentLine
  /// A list search run (one skipped because more typing was waiting does not count; see
  /// ``Browser/handle(batch:)``).
  case search
}
