import LeaklineModel

extension Lookup {
  /// The notebook target a person named: a record found as `leakline show` finds it, or
  /// `kind:id` written out (`event:old-id`), which also reaches an orphaned record the
  /// case file no longer has.
  static func target(_ text: String, in index: CaseIndex, caseName: String, verb: String) throws
    -> NotebookTarget
  {
    if let explicit = NotebookTarget(text), explicit.kind != .search { return explicit }
    switch try record(text, in: index, caseName: caseName, verb: verb) {
    case .event(let e): return NotebookTarget(.event, e.id)
    case .entity(let e): return NotebookTarget(.entity, e.id)
    case .source(let s): return NotebookTarget(.source, s.id)
    }
  }
}
