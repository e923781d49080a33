/// A search word about the reader's notebook rather than the case file: `is:marked`,
/// `has:note`, `has:label`, `note:WORD`, `label:NAME`, `by:AUTHOR`.
///
/// They are answered from a ``NotebookSearch`` passed to the search; without one (no
/// notebook could be opened) they match nothing, and the CLI and the browser say why.
public enum NotebookTerm: Hashable, Sendable {
  /// `is:marked`: records with a mark.
  case marked
  /// `has:note`: records with at least one note.
  case hasNote
  /// `has:label`: records with at least one label.
  case hasLabel
  /// `note:WORD`: records with a note containing the folded word or phrase.
  case note(String)
  /// `label:NAME`: records with a label starting with the folded name (as `tag:`).
  case label(String)
  /// `by:AUTHOR`: records with a mark, note or label by an author whose folded name
  /// starts with this.
  case author(String)

  /// The term in words, for status lines.
  var description: String {
    switch self {
    case .marked: "marked"
    case .hasNote: "with a note"
    case .hasLabel: "with a label"
    case .note(let w): "note \"\(w)\""
    case .label(let l): "label \"\(l)\""
    case .author(let a): "noted by \"\(a)\""
    }
  }

  /// The term as file-name words: `marked`, `note-toll`, `label-checked`.
  var slug: String {
    switch self {
    case .marked: "marked"
    case .hasNote: "with-note"
    case .hasLabel: "with-label"
    case .note(let w): "note-" + w
    case .label(let l): "label-" + l
    case .author(let a): "by-" + a
    }
  }

  /// The query-language fields for notebook words.
  static let fields = ["is", "has", "note", "label", "by"]

  /// The term for `field:value` (value folded), or nil when `field` is not a notebook
  /// field.
  static func parse(field: String, value folded: String, typed: String) throws(SearchQueryError)
    -> NotebookTerm?
  {
    switch field {
    case "is":
      guard folded == "marked" else {
        throw .badWord(field: "is", value: typed, allowed: ["marked"])
      }
      return .marked
    case "has":
      switch folded {
      case "note", "notes": return .hasNote
      case "label", "labels": return .hasLabel
      default: throw .badWord(field: "has", value: typed, allowed: ["note", "label"])
      }
    case "note", "notes": return .note(SearchQuery.collapseSpaces(folded))
    case "label": return .label(folded)
    case "by", "author": return .author(SearchQuery.collapseSpaces(folded))
    default: return nil
    }
  }
}

extension SearchQuery {
  /// Whether the query asks about the reader's notebook (so a search without one finds
  /// nothing for those words, and should say why).
  public var usesNotebook: Bool {
    (required + excluded).contains {
      if case .notebook = $0 { return true }
      return false
    }
  }
}
