/// `disputed` events that never say what is disputed.
enum DisputedWithoutDiscrepancyRule: AuditRule {
  static let id = "disputed-without-discrepancy"
  static let title = "Disputed events without a discrepancy note"

  static func reasons(for record: AuditRecord, in context: AuditContext) -> [String] {
    guard case .event(let event) = record, event.status == .disputed, event.discrepancies.isEmpty
    else { return [] }
    return ["Marked disputed, but no discrepancy note says what the record shows."]
  }
}
