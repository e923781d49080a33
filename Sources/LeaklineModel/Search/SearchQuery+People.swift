extension SearchQuery {
  /// Whether a search lists people & units as well as events: only when every term is
  /// text (words, phrases, names) or about the notebook (a marked person), as `leakline
  /// search` and search exports do; dates and fields filter events only.
  public var findsPeople: Bool {
    !required.isEmpty
      && required.allSatisfy {
        switch $0 {
        case .word, .phrase, .person, .notebook: true
        default: false
        }
      }
  }
}

extension CaseIndex {
  /// The people & units a search shows beside its events.
  ///
  /// Empty unless ``SearchQuery/findsPeople``. When some entities' own names or aliases
  /// hold every word, only those: "garcia luna" lists García Luna, not everyone whose
  /// summary mentions him. Otherwise every entity whose text matches.
  public func people(matching query: SearchQuery, notebook: NotebookSearch? = nil) -> [Entity] {
    guard query.findsPeople else { return [] }
    let matches = entities(matching: query, notebook: notebook)
    let words = query.highlightTerms
    let named = matches.filter { e in
      let names = TextFolding.fold(([e.name] + e.aliases).joined(separator: " | "))
      return words.allSatisfy(names.contains)
    }
    return named.isEmpty ? matches : named
  }
}
