/// Events marked `later` that ended before the subject document was published: "later"
/// means after the text, so either the scope or the date is wrong.
enum LaterBeforePublicationRule: AuditRule {
  static let id = "later-before-publication"
  static let title = "Later events dated before the case's publication"

  static func reasons(for record: AuditRecord, in context: AuditContext) -> [String] {
    guard case .event(let event) = record, event.scope == .later,
      let publication = context.publication, let when = event.when,
      when.lastDay < publication.firstDay
    else { return [] }
    return [
      "Marked later, but dated \(when.display), before the case's publication "
        + "(\(publication.display))."
    ]
  }
}
