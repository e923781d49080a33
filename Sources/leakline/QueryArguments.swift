import ArgumentParser
import LeaklineModel

/// The query words of `search` and `facets`, parsed as one query.
enum QueryArguments {
  /// The words joined and parsed, or a usage error that says how to fix them.
  static func parse(_ words: [String]) throws -> SearchQuery {
    do {
      return try SearchQuery.parse(words.joined(separator: " "))
    } catch {
      throw ValidationError(TerminalSafeText.sanitize(error.description))
    }
  }
}
