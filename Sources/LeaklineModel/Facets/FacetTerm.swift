import Foundation

/// Writes a facet value as a term of the query language, quoting as the tokenizer reads
/// it (``SearchQuery/parse(_:)``: `"…"` groups, no escapes), and keeps only terms that
/// parse back to exactly the intended term.
enum FacetTerm {
  /// `field:value`, or `field:"value"` when the value has spaces; `nil` when the value
  /// cannot be written (a `"` inside it) or would parse to another term.
  static func make(_ field: String, _ value: String, meaning expected: SearchQuery.Term)
    -> String?
  {
    guard !value.isEmpty, !value.contains("\"") else { return nil }
    let needsQuotes = value.contains { $0.isWhitespace } || value.first == "["
    let text = needsQuotes ? "\(field):\"\(value)\"" : "\(field):\(value)"
    guard let parsed = try? SearchQuery.parse(text),
      parsed.required == [expected], parsed.excluded.isEmpty
    else { return nil }
    return text
  }

  /// `person:"folded name"`: the actor's name, folded, with quotes dropped (a person
  /// term matches the words of a name, so `Joaquín "El Chapo" Guzmán` is still found).
  static func person(_ name: String) -> String? {
    let words = SearchQuery.collapseSpaces(
      TextFolding.fold(name).replacingOccurrences(of: "\"", with: " "))
    return make("person", words, meaning: .person(words))
  }
}
