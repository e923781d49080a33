/// Sources nothing cites: either a statement lost its citation or the source is dead weight.
enum UncitedSourceRule: AuditRule {
  static let id = "source-uncited"
  static let title = "Sources cited by nothing"

  static func reasons(for record: AuditRecord, in context: AuditContext) -> [String] {
    guard case .source(let source) = record, !context.citedSources.contains(source.id) else {
      return []
    }
    return ["No event, entity or relation cites it."]
  }
}
