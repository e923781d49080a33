/// A document that statements in the case file rest on.
///
/// Sources with `refs` are the article's own numbered references; a source without `refs`
/// is supplementary (gathered from the public record) and is never numbered as the
/// article's. One source can stand for several reference numbers when the article lists
/// the same document twice.
public struct Source: Hashable, Sendable, Identifiable {
  public var id: String
  public var title: String
  /// The article's reference numbers this source stands for, e.g. `[3, 9]`.
  public var refs: [Int]
  public var kind: String?
  public var authors: [String]
  public var publisher: String?
  public var published: CaseDate?
  public var accessed: CaseDate?
  public var url: String?
  /// False when the URL is a likely address nobody has confirmed.
  public var isURLConfirmed: Bool
  public var note: String?
  /// Findings of `leakline audit` someone reviewed and let stand (docs/audit.md).
  public var reviewed: [AuditReview]

  public init(
    id: String, title: String, refs: [Int] = [], kind: String? = nil, authors: [String] = [],
    publisher: String? = nil, published: CaseDate? = nil, accessed: CaseDate? = nil,
    url: String? = nil, isURLConfirmed: Bool = true, note: String? = nil,
    reviewed: [AuditReview] = []
  ) {
    self.id = id
    self.title = title
    self.refs = refs
    self.kind = kind
    self.authors = authors
    self.publisher = publisher
    self.published = published
    self.accessed = accessed
    self.url = url
    self.isURLConfirmed = isURLConfirmed
    self.note = note
    self.reviewed = reviewed
  }

  /// Whether this is one of the article's numbered references.
  public var isArticleReference: Bool { !refs.isEmpty }

  /// The reference label as readers know it: "[6]", "[3], [9]", or "supplementary".
  public var refLabel: String {
    refs.isEmpty ? "supplementary" : refs.map { "[\($0)]" }.joined(separator: ", ")
  }
}
