/// A reader's notebook as it stands: the replay of its changes.
///
/// Changes are deduplicated by id and applied in ``NotebookChange/replayOrder`` (time,
/// then id), so the state does not depend on the order the changes were stored or
/// received in: two people's notebook files concatenated either way, or merged by git's
/// `union` driver, give the same notebook. A change that arrives out of order (another
/// machine's clock, a merge) makes the state be replayed again from the start.
///
/// Records are named by id, so a mark or note on a record the case file no longer has is
/// kept and listed by ``orphans(in:)``, never dropped.
public struct Notebook: Sendable {
  /// Who did something, and when.
  public struct Stamp: Hashable, Sendable {
    public var by: String
    public var at: NotebookTime
  }

  /// A note as it now reads.
  public struct Note: Hashable, Sendable, Identifiable {
    /// The id of the change that wrote it; edits and deletes name it.
    public var id: String
    public var target: NotebookTarget
    public var text: String
    /// Who wrote it first, and when.
    public var written: Stamp
    /// The last edit, if any.
    public var edited: Stamp?
    /// Earlier texts, oldest first, with who wrote each and when.
    public var history: [(text: String, stamp: Stamp)] {
      revisions.map { ($0.text, $0.stamp) }
    }
    var revisions: [Revision] = []
    /// The text folded for `note:WORD`.
    var folded: String

    struct Revision: Hashable, Sendable {
      var text: String
      var stamp: Stamp
    }
  }

  /// A search kept under a name.
  public struct SavedSearch: Hashable, Sendable {
    public var name: String
    public var query: String
    public var saved: Stamp
  }

  /// Every change, deduplicated, in replay order.
  public private(set) var changes: [NotebookChange] = []
  private var changeIDs: Set<String> = []

  /// Marked records, and who marked each.
  public private(set) var marks: [NotebookTarget: Stamp] = [:]
  /// Notes by id.
  public private(set) var notesByID: [String: Note] = [:]
  /// Each record's notes' ids, oldest first.
  private(set) var noteOrder: [NotebookTarget: [String]] = [:]
  /// Each record's labels, and who added each.
  public private(set) var labels: [NotebookTarget: [String: Stamp]] = [:]
  /// Saved searches by name.
  public private(set) var savedSearches: [String: SavedSearch] = [:]

  public init() {}

  /// The notebook replaying `changes`, in any order, with duplicates.
  public init(_ changes: [NotebookChange]) {
    apply(changes)
  }

  /// Adds changes (any order; ones already applied are skipped). Changes later than
  /// every applied one are applied at once; an earlier one replays the whole notebook.
  public mutating func apply(_ new: [NotebookChange]) {
    var fresh: [NotebookChange] = []
    for change in new where changeIDs.insert(change.id).inserted { fresh.append(change) }
    guard !fresh.isEmpty else { return }
    fresh.sort(by: NotebookChange.replayOrder)
    if let last = changes.last, NotebookChange.replayOrder(fresh[0], last) {
      changes += fresh
      changes.sort(by: NotebookChange.replayOrder)
      replayAll()
    } else {
      changes += fresh
      for change in fresh { fold(change) }
    }
  }

  /// Replaces the whole notebook (after the file was replaced).
  public mutating func reset(to all: [NotebookChange]) {
    self = Notebook(all)
  }

  private mutating func replayAll() {
    marks = [:]
    notesByID = [:]
    noteOrder = [:]
    labels = [:]
    savedSearches = [:]
    for change in changes { fold(change) }
  }

  /// Applies one change to the state.
  private mutating func fold(_ c: NotebookChange) {
    let stamp = Stamp(by: c.by, at: c.at)
    switch c.operation {
    case .mark: marks[c.target] = stamp
    case .unmark: marks[c.target] = nil
    case .note:
      let text = c.text ?? ""
      notesByID[c.id] = Note(
        id: c.id, target: c.target, text: text, written: stamp, folded: TextFolding.fold(text))
      noteOrder[c.target, default: []].append(c.id)
    case .editNote:
      guard let id = c.noteID, var note = notesByID[id], let text = c.text else { return }
      note.revisions.append(Note.Revision(text: note.text, stamp: note.edited ?? note.written))
      note.text = text
      note.folded = TextFolding.fold(text)
      note.edited = stamp
      notesByID[id] = note
    case .deleteNote:
      guard let id = c.noteID, let note = notesByID.removeValue(forKey: id) else { return }
      noteOrder[note.target]?.removeAll { $0 == id }
      if noteOrder[note.target]?.isEmpty == true { noteOrder[note.target] = nil }
    case .label:
      guard let label = c.label else { return }
      labels[c.target, default: [:]][label] = stamp
    case .unlabel:
      guard let label = c.label else { return }
      labels[c.target]?[label] = nil
      if labels[c.target]?.isEmpty == true { labels[c.target] = nil }
    case .saveSearch:
      guard let name = c.label, let query = c.text else { return }
      savedSearches[name] = SavedSearch(name: name, query: query, saved: stamp)
    case .deleteSearch:
      guard let name = c.label else { return }
      savedSearches[name] = nil
    }
  }

  // MARK: Reading the state

  /// Whether `target` is marked.
  public func isMarked(_ target: NotebookTarget) -> Bool { marks[target] != nil }

  /// The notes on `target`, oldest first.
  public func notes(on target: NotebookTarget) -> [Note] {
    (noteOrder[target] ?? []).compactMap { notesByID[$0] }
  }

  /// The labels on `target`, sorted.
  public func labels(on target: NotebookTarget) -> [String] {
    (labels[target] ?? [:]).keys.sorted()
  }

  /// Every label in use, with how many records carry it, most used first: for
  /// completion and for `leakline notes`.
  public var labelCounts: [(label: String, count: Int)] {
    var counts: [String: Int] = [:]
    for set in labels.values { for label in set.keys { counts[label, default: 0] += 1 } }
    return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .map { ($0.key, $0.value) }
  }

  /// Every record with a mark, a note or a label, sorted by kind and id.
  public var targets: [NotebookTarget] {
    var all = Set(marks.keys)
    all.formUnion(noteOrder.keys)
    all.formUnion(labels.keys)
    return all.sorted()
  }

  /// Whether the notebook holds nothing (no marks, notes, labels or saved searches).
  public var isEmpty: Bool {
    marks.isEmpty && notesByID.isEmpty && labels.isEmpty && savedSearches.isEmpty
  }

  /// The records with something in the notebook that `index` no longer has (renamed or
  /// removed), sorted; kept, never dropped.
  public func orphans(in index: CaseIndex) -> [NotebookTarget] {
    targets.filter { !index.contains($0) }
  }
}

extension CaseIndex {
  /// Whether the case file has the record `target` names (saved searches always exist).
  public func contains(_ target: NotebookTarget) -> Bool {
    switch target.kind {
    case .event: event(id: target.id) != nil
    case .entity: entity(id: target.id) != nil
    case .source: source(id: target.id) != nil
    case .search: true
    }
  }
}
