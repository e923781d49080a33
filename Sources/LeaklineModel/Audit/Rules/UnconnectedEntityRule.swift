/// Entities that take part in no event and are linked to no other entity: nothing in the
/// case file says why they are in it.
enum UnconnectedEntityRule: AuditRule {
  static let id = "entity-unconnected"
  static let title = "People and bodies with no events and no relations"

  static func reasons(for record: AuditRecord, in context: AuditContext) -> [String] {
    guard case .entity(let entity) = record, !context.linkedEntities.contains(entity.id),
      context.index.eventPositions(involving: entity.id).isEmpty
    else { return [] }
    return ["Takes part in no event and has no relation to another."]
  }
}
