/// A parsed search: words, phrases and field filters, all of which must hold.
///
/// The same query language serves the CLI (`leakline search`) and the browser's `/`
/// prompt. See docs/search.md.
///
/// ```swift
/// let q = try SearchQuery.parse(#"person:"garcia luna" 2019..2022 -trial"#)
/// ```
public struct SearchQuery: Hashable, Sendable, CustomStringConvertible {
  /// One condition.
  public enum Term: Hashable, Sendable {
    /// A folded word that must appear somewhere in the record's text or its actors' names.
    case word(String)
    /// A folded phrase that must appear as written.
    case phrase(String)
    /// Folded words that must all appear in the name or aliases of one actor.
    case person(String)
    /// Events touching any year of the range.
    case years(ClosedRange<Int>)
    /// An event kind or entity kind, folded; matches by prefix.
    case kind(String)
    /// A tag, folded; matches by prefix.
    case tag(String)
    /// A source id or the article's reference number.
    case source(String)
    /// The event's scope: article, context or later.
    case scope(Event.Scope)
    /// The event's status.
    case status(Event.Status)
    /// A word about the reader's notebook: `is:marked`, `note:WORD`, `label:NAME`, …
    case notebook(NotebookTerm)
  }

  /// Terms that must hold.
  public var required: [Term]
  /// Terms that must not hold (written with a leading `-`).
  public var excluded: [Term]
  /// The text the query was parsed from, trimmed.
  public var text: String

  /// Makes a query from terms, e.g. for command-line options that filter without a query string.
  public init(required: [Term], excluded: [Term] = [], text: String = "") {
    self.required = required
    self.excluded = excluded
    self.text = text
  }

  /// A person filter for a name typed by a person (folded here).
  public static func person(_ name: String) -> Term {
    .person(collapseSpaces(TextFolding.fold(name)))
  }

  /// Whether the query has no terms at all (everything matches).
  public var isEmpty: Bool { required.isEmpty && excluded.isEmpty }

  /// The field names the parser knows, for help and "did you mean".
  public static let fields =
    [
      "person", "who", "year", "kind", "tag", "source", "ref", "scope", "status",
    ] + NotebookTerm.fields

  /// Parses a query.
  ///
  /// Words are separated by spaces; `"…"` groups a phrase; `field:value` filters (the
  /// value may be quoted); a leading `-` excludes; a bare 4-digit year or `YYYY..YYYY`
  /// range filters by date.
  /// - Throws: ``SearchQueryError`` for an unknown field, a bad year, or an open quote.
  public static func parse(_ input: String) throws(SearchQueryError) -> SearchQuery {
    var required: [Term] = []
    var excluded: [Term] = []
    for token in try tokenize(input) {
      let term = try term(for: token)
      guard let term else { continue }
      if token.negated { excluded.append(term) } else { required.append(term) }
    }
    return SearchQuery(required: required, excluded: excluded, text: input.trimmingSpaces)
  }

  /// The folded strings a viewer should highlight for this query.
  public var highlightTerms: [String] {
    required.flatMap { term -> [String] in
      switch term {
      case .word(let w): [w]
      case .phrase(let p): [p]
      case .person(let p): p.split(separator: " ").map(String.init)
      default: []
      }
    }
  }

  /// The query in words, for status lines and export titles:
  /// `"garcia" in 2019–2022, person "garcia luna", not "trial"`.
  public var description: String {
    func say(_ t: Term) -> String {
      switch t {
      case .word(let w): "\"\(w)\""
      case .phrase(let p): "\"\(p)\""
      case .person(let p): "person \"\(p)\""
      case .years(let r):
        r.lowerBound == r.upperBound ? "in \(r.lowerBound)" : "in \(r.lowerBound)–\(r.upperBound)"
      case .kind(let k): "kind \"\(k)\""
      case .tag(let t): "tag \"\(t)\""
      case .source(let s): Int(s) != nil ? "citing [\(s)]" : "citing \(s)"
      case .scope(let s): "scope \(s.rawValue)"
      case .status(let s): "status \(s.rawValue)"
      case .notebook(let n): n.description
      }
    }
    let parts = required.map(say) + excluded.map { "not " + say($0) }
    return parts.isEmpty ? "everything" : parts.joined(separator: ", ")
  }

  // MARK: Parsing

  struct Token {
    var field: String?
    var value: String
    var quoted: Bool
    var negated: Bool
  }

  static func tokenize(_ input: String) throws(SearchQueryError) -> [Token] {
    var tokens: [Token] = []
    var chars = Array(input)
    chars.append(" ")
    var i = 0
    while i < chars.count {
      if chars[i].isWhitespace {
        i += 1
        continue
      }
      var negated = false
      if chars[i] == "-", i + 1 < chars.count, !chars[i + 1].isWhitespace {
        negated = true
        i += 1
      }
      var field: String?
      var value = ""
      var quoted = false
      while i < chars.count, !chars[i].isWhitespace {
        let c = chars[i]
        if c == "\"" {
          quoted = true
          guard let close = chars[(i + 1)...].firstIndex(of: "\"") else {
            throw .unclosedQuote
          }
          value += String(chars[(i + 1)..<close])
          i = close + 1
          continue
        }
        if c == ":", field == nil, !quoted, !value.isEmpty, value.allSatisfy(\.isLetter) {
          field = value.lowercased()
          value = ""
          i += 1
          continue
        }
        value.append(c)
        i += 1
      }
      if field == nil && value.isEmpty && !quoted { continue }
      tokens.append(Token(field: field, value: value, quoted: quoted, negated: negated))
    }
    return tokens
  }

  static func term(for token: Token) throws(SearchQueryError) -> Term? {
    let folded = TextFolding.fold(token.value).trimmingSpaces
    guard let field = token.field else {
      if folded.isEmpty { return nil }
      if !token.quoted, let years = parseYears(folded) { return .years(years) }
      return token.quoted || folded.contains(" ") ? .phrase(collapseSpaces(folded)) : .word(folded)
    }
    if folded.isEmpty { throw .emptyValue(field: field) }
    switch field {
    case "person", "who": return .person(collapseSpaces(folded))
    case "year", "years", "date":
      guard let years = parseYears(folded) else { throw .badYear(token.value) }
      return .years(years)
    case "kind", "type": return .kind(folded)
    case "tag": return .tag(folded)
    case "source", "ref", "cites":
      return .source(folded.trimmingCharacters(in: "[]"))
    case "scope":
      guard let scope = Event.Scope(rawValue: folded) else {
        throw .badWord(
          field: "scope", value: token.value, allowed: Event.Scope.allCases.map(\.rawValue))
      }
      return .scope(scope)
    case "status":
      guard let status = Event.Status(rawValue: folded) else {
        throw .badWord(
          field: "status", value: token.value, allowed: Event.Status.allCases.map(\.rawValue))
      }
      return .status(status)
    default:
      if let term = try NotebookTerm.parse(field: field, value: folded, typed: token.value) {
        return .notebook(term)
      }
      throw .unknownField(field, suggestion: Suggestion.nearest(to: field, in: fields))
    }
  }

  /// Reads a year or range: `2011`, `2019..2022`, `2019-2022`, `..2012`, `2019..`.
  public static func parseYears(_ text: String) -> ClosedRange<Int>? {
    func year(_ s: Substring) -> Int? {
      guard s.count == 4, s.allSatisfy(\.isASCII), let y = Int(s), y >= 1 else { return nil }
      return y
    }
    if let y = year(Substring(text)) { return y...y }
    let separator = text.contains("..") ? ".." : "-"
    guard let range = text.range(of: separator) else { return nil }
    let a = text[..<range.lowerBound]
    let b = text[range.upperBound...]
    let lo = a.isEmpty ? 1 : year(a)
    let hi = b.isEmpty ? 9999 : year(b)
    guard let lo, let hi, !(a.isEmpty && b.isEmpty), lo <= hi else { return nil }
    return lo...hi
  }

  static func collapseSpaces(_ s: String) -> String {
    s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}

/// Why a query could not be parsed, said so the user can retype it.
public enum SearchQueryError: Error, Hashable, Sendable, CustomStringConvertible {
  case unclosedQuote
  case emptyValue(field: String)
  case badYear(String)
  case badWord(field: String, value: String, allowed: [String])
  case unknownField(String, suggestion: String?)

  public var description: String {
    switch self {
    case .unclosedQuote: return "A quote is not closed; end the phrase with \"."
    case .emptyValue(let f):
      return "'\(f):' needs a value, e.g. \(f):\(f == "year" ? "2011" : "word")."
    case .badYear(let v):
      return "'\(v)' is not a year or range; write 2011, 2019..2022, ..2012 or 2019..."
    case .badWord(let f, let v, let allowed):
      return "'\(v)' is not a \(f); use one of: \(allowed.joined(separator: ", "))."
    case .unknownField(let f, let s):
      let hint = s.map { " Did you mean '\($0):'?" } ?? ""
      return
        "Unknown search field '\(f):'.\(hint) Fields: \(SearchQuery.fields.map { $0 + ":" }.joined(separator: " "))."
    }
  }
}

extension String {
  var trimmingSpaces: String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s = s.dropFirst() }
    while let l = s.last, l.isWhitespace { s = s.dropLast() }
    return String(s)
  }

  func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
