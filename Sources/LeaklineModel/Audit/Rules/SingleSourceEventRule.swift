/// Events resting on one source: if that source is wrong, nothing else holds the event up.
enum SingleSourceEventRule: AuditRule {
  static let id = "single-source"
  static let title = "Events resting on a single source"

  static func reasons(for record: AuditRecord, in context: AuditContext) -> [String] {
    guard case .event(let event) = record else { return [] }
    let sources = context.index.allSources(of: event)
    guard sources.count == 1 else { return [] }
    return ["Rests on one source only: \(context.labels(sources))."]
  }
}
