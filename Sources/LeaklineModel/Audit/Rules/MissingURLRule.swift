/// Sources with no address at all: a reader cannot open them to check.
enum MissingURLRule: AuditRule {
  static let id = "url-missing"
  static let title = "Sources without a URL"

  static func reasons(for record: AuditRecord, in context: AuditContext) -> [String] {
    guard case .source(let source) = record, source.url == nil else { return [] }
    return ["No URL: a reader cannot open it to check."]
  }
}
