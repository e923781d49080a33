extension Notebook {
  /// The records that may satisfy `term` (a superset), without sorting anything.
  func candidates(for term: NotebookTerm) -> [NotebookTarget] {
    switch term {
    case .marked: Array(marks.keys)
    case .hasNote, .note: Array(noteOrder.keys)
    case .hasLabel, .label: Array(labels.keys)
    case .author: Array(Set(marks.keys).union(noteOrder.keys).union(labels.keys))
    }
  }

  /// Whether `target` satisfies a notebook search word.
  public func matches(_ term: NotebookTerm, _ target: NotebookTarget) -> Bool {
    switch term {
    case .marked: return marks[target] != nil
    case .hasNote: return !notes(on: target).isEmpty
    case .hasLabel: return labels[target] != nil
    case .note(let word): return notes(on: target).contains { $0.folded.contains(word) }
    case .label(let prefix):
      return (labels[target] ?? [:]).keys.contains { TextFolding.fold($0).hasPrefix(prefix) }
    case .author(let prefix):
      func isBy(_ name: String) -> Bool { TextFolding.fold(name).hasPrefix(prefix) }
      return marks[target].map { isBy($0.by) } == true
        || notes(on: target).contains {
          isBy($0.written.by) || $0.edited.map { isBy($0.by) } == true
        }
        || (labels[target] ?? [:]).values.contains { isBy($0.by) }
    }
  }
}
