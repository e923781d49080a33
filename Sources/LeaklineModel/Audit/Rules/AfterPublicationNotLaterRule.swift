/// Events dated after the subject document was published but not marked `later`: the text
/// cannot report, or be the background of, what had not happened yet.
enum AfterPublicationNotLaterRule: AuditRule {
  static let id = "after-publication-not-later"
  static let title = "Events after the case's publication not marked later"

  static func reasons(for record: AuditRecord, in context: AuditContext) -> [String] {
    guard case .event(let event) = record, event.scope != .later,
      let publication = context.publication, let when = event.when,
      when.firstDay > publication.lastDay
    else { return [] }
    return [
      "Dated \(when.display), after the case's publication (\(publication.display)), "
        + "but its scope is \(event.scope.rawValue)."
    ]
  }
}
