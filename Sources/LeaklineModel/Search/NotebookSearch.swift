/// A reader's notebook as a search sees it: which records answer `is:marked`,
/// `note:WORD`, `label:NAME`, … ( ``NotebookTerm`` ).
///
/// Made afresh from the notebook's current state for each search, in microseconds: only
/// the records the notebook names are looked at, never every event.
public struct NotebookSearch: Sendable {
  public let notebook: Notebook
  private let index: CaseIndex

  public init(_ notebook: Notebook, in index: CaseIndex) {
    self.notebook = notebook
    self.index = index
  }

  /// The timeline positions of the events that satisfy `term`.
  func events(_ term: NotebookTerm, count: Int) -> Bitset {
    var found = Bitset(capacity: count)
    for target in notebook.candidates(for: term) where target.kind == .event {
      guard notebook.matches(term, target), let p = index.timelinePosition(of: target.id),
        p < count
      else { continue }
      found.insert(p)
    }
    return found
  }

  /// Whether the record `kind:id` satisfies `term`.
  func matches(_ term: NotebookTerm, _ kind: NotebookTarget.Kind, _ id: String) -> Bool {
    notebook.matches(term, NotebookTarget(kind, id))
  }
}
