/// A view's sources as CSL-JSON, the format Zotero, pandoc's citeproc and most reference
/// managers read.
///
/// Authors are `literal` names: a case file writes "Genaro García Luna" whole, and
/// splitting it into family and given names would be a guess. The article's reference
/// numbers, the source's kind and an unconfirmed URL go in `custom`.
enum CSLExporter {
  static func export(_ file: CaseFile) -> InteropOutput {
    let items = file.sources.map { source -> JSONText in
      var item: [(String, JSONText)] = [
        ("id", .string(source.id)), ("type", .string(type(of: source.kind))),
      ]
      item.append(("title", .string(source.title)))
      if !source.authors.isEmpty {
        item.append(("author", .array(source.authors.map { .object([("literal", .string($0))]) })))
      }
      if let publisher = source.publisher {
        item.append(
          (usesContainer(source.kind) ? "container-title" : "publisher", .string(publisher)))
      }
      if let published = source.published { item.append(("issued", date(published))) }
      if let accessed = source.accessed { item.append(("accessed", date(accessed))) }
      if let url = source.url { item.append(("URL", .string(url))) }
      if let note = source.note { item.append(("note", .string(note))) }
      var custom: [(String, JSONText)] = []
      if !source.refs.isEmpty {
        custom.append(("article_ref", .array(source.refs.map(JSONText.int))))
      }
      if let kind = source.kind { custom.append(("leakline_kind", .string(kind))) }
      if source.url != nil, !source.isURLConfirmed {
        custom.append(("url_confirmed", .bool(false)))
      }
      if !custom.isEmpty { item.append(("custom", .object(custom))) }
      return .object(item)
    }
    var warnings: [String] = []
    warnings.warn(
      file.sources.filter { !$0.authors.isEmpty }.count, "source's authors are",
      "sources' authors are",
      "written as literal names (not split into family and given names).")
    warnings.append(
      "CSL-JSON holds sources only: \(file.events.count) events and \(file.entities.count) people & units were not written."
    )
    return InteropOutput(
      text: JSONText.array(items).render() + "\n", warnings: warnings,
      contents: InteropOutput.count(file.sources.count, "source", "sources"))
  }

  /// The CSL item type for a case file's free-text kind; "document" when it is not known.
  static func type(of kind: String?) -> String {
    switch kind?.lowercased() ?? "" {
    case "news article", "newspaper article": "article-newspaper"
    case "article", "analysis", "opinion", "magazine article": "article-magazine"
    case "journal article", "paper": "article-journal"
    case "report", "press release": "report"
    case "web page", "webpage", "website": "webpage"
    case "court record", "indictment", "judgment": "legal_case"
    case "book": "book"
    case "podcast", "broadcast", "video": "broadcast"
    case "blog post": "post-weblog"
    case "dataset", "document collection": "dataset"
    case "interview": "interview"
    default: "document"
    }
  }

  /// Whether the publisher is the container a reader looks for (a newspaper, a website).
  private static func usesContainer(_ kind: String?) -> Bool {
    ["article-newspaper", "article-magazine", "article-journal", "webpage", "post-weblog"].contains(
      type(of: kind))
  }

  /// `{"date-parts": [[2019, 12, 14]]}` with only the parts the date has.
  private static func date(_ date: CaseDate) -> JSONText {
    let parts = [date.year] + [date.month, date.day].compactMap { $0 }
    return .object([("date-parts", .array([.array(parts.map(JSONText.int))]))])
  }
}
