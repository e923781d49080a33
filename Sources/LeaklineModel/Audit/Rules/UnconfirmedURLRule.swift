/// Sources whose address is a likely one that nobody opened (`"url_confirmed": false`).
enum UnconfirmedURLRule: AuditRule {
  static let id = "url-unconfirmed"
  static let title = "Sources whose URL is a guess nobody confirmed"

  static func reasons(for record: AuditRecord, in context: AuditContext) -> [String] {
    guard case .source(let source) = record, let url = source.url, !source.isURLConfirmed
    else { return [] }
    return ["The URL is a likely address nobody confirmed: \(url)"]
  }
}
