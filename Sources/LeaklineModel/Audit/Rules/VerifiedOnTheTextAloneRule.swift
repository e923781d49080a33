/// `verified` events whose every source is the text's own word: its numbered references or
/// the text itself. Citing what a text cites confirms that the text says it, not that it
/// happened.
enum VerifiedOnTheTextAloneRule: AuditRule {
  static let id = "verified-on-article-alone"
  static let title = "Verified events resting only on the article's own references"

  static func reasons(for record: AuditRecord, in context: AuditContext) -> [String] {
    guard case .event(let event) = record, event.status == .verified else { return [] }
    let sources = context.index.allSources(of: event)
    guard !sources.isEmpty, sources.allSatisfy(context.isOwnWordOfTheText) else { return [] }
    return [
      "Marked verified, but its only sources are the article's own: \(context.labels(sources))."
    ]
  }
}
