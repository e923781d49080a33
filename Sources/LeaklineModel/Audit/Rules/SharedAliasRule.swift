/// An alias that is also another entity's name or alias: a search for it finds both, and a
/// reader cannot tell which one a source meant.
enum SharedAliasRule: AuditRule {
  static let id = "alias-shared"
  static let title = "Aliases shared by two entities"

  static func reasons(for record: AuditRecord, in context: AuditContext) -> [String] {
    guard case .entity(let entity) = record else { return [] }
    var reported = Set<String>()
    return entity.aliases.compactMap { alias in
      let key = TextFolding.fold(alias)
      let others = (context.nameHolders[key] ?? []).filter { $0 != entity.id }
      guard !others.isEmpty, reported.insert(key).inserted else { return nil }
      let names = others.compactMap { context.index.entity(id: $0) }.map {
        "\($0.name) (\($0.id))"
      }
      return "The alias “\(alias)” also names \(names.joined(separator: ", "))."
    }
  }
}
