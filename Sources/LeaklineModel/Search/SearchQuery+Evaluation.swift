/// What the search engine needs to know of a query term: whether it is looked for in
/// events' text, the text, and how costly it is to evaluate.
extension SearchQuery.Term {
  /// Whether the term is looked for in events' text.
  var isText: Bool {
    switch self {
    case .word, .phrase: true
    default: false
    }
  }

  /// The folded text looked for, for words and phrases.
  var needle: String? {
    switch self {
    case .word(let w): w
    case .phrase(let p): p
    default: nil
    }
  }

  /// A rough order for evaluating terms: cheap sweeps first, text last.
  var cost: Int {
    switch self {
    case .scope, .status, .years, .kind, .notebook: 0
    case .tag, .source, .person: 1
    case .word, .phrase: 2
    }
  }
}
