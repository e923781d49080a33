/// Discrepancy notes whose "record" side has no source beyond the text's own word, so the
/// correction rests on nothing outside the text it corrects.
enum DiscrepancyWithoutIndependentSourceRule: AuditRule {
  static let id = "discrepancy-without-source"
  static let title = "Discrepancy notes without an independent source"

  static func reasons(for record: AuditRecord, in context: AuditContext) -> [String] {
    guard case .event(let event) = record else { return [] }
    return event.discrepancies.enumerated().compactMap { number, note in
      let sources = context.index.sources(note.sources)
      guard sources.allSatisfy(context.isOwnWordOfTheText) else { return nil }
      let cited = sources.isEmpty ? "cites no source" : "cites only \(context.labels(sources))"
      return "Discrepancy \(number + 1) (“\(opening(note.article))”) \(cited)."
    }
  }

  /// The first words of a claim, enough to tell the notes of one event apart.
  static func opening(_ text: String) -> String {
    let words = text.split(separator: " ")
    return words.prefix(6).joined(separator: " ") + (words.count > 6 ? "…" : "")
  }
}
