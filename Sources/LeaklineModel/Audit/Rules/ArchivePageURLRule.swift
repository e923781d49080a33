/// Sources whose address is only a publisher's page of many pieces (a site's front page, a
/// date archive such as `/2022/08/`, a category or tag page), not the document itself.
enum ArchivePageURLRule: AuditRule {
  static let id = "url-archive-page"
  static let title = "Sources whose URL is only a publisher's archive page"

  static func reasons(for record: AuditRecord, in context: AuditContext) -> [String] {
    guard case .source(let source) = record, let url = source.url, isArchivePage(url) else {
      return []
    }
    return ["The URL is a publisher's archive page, not the document: \(url)"]
  }

  /// Path words that name a listing of pieces rather than one piece.
  static let listingWords: Set<String> = [
    "archive", "archives", "category", "categories", "tag", "tags", "author", "page", "section",
  ]

  /// Whether `url` names a listing: a site's front page, a path of dates only
  /// (`/2022/08/`), or a listing word followed by at most dates and one name
  /// (`/tag/corruption/`, `/archive/2022/08`). An address with a query (`/?p=2742`), a long
  /// number (`/archives/2021/01/18/2003750805`) or a slug after the listing names one piece.
  static func isArchivePage(_ url: String) -> Bool {
    guard let schemeEnd = url.range(of: "://") else { return false }
    let rest = url[schemeEnd.upperBound...]
    guard !rest.contains("?") else { return false }
    let path = rest.drop { $0 != "/" }.prefix { $0 != "#" }
    let parts = path.split(separator: "/").map { TextFolding.fold(String($0)) }
    func isDate(_ part: String) -> Bool { part.count <= 4 && part.allSatisfy(\.isNumber) }
    if parts.allSatisfy(isDate) { return true }
    guard let listing = parts.lastIndex(where: listingWords.contains) else { return false }
    let after = parts[(listing + 1)...].filter { !isDate($0) }
    return after.isEmpty || (after.count == 1 && !after[after.startIndex].allSatisfy(\.isNumber))
  }
}
