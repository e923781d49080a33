/// Something that happened, with when, where, who, and the sources that say so.
public struct Event: Hashable, Sendable, Identifiable {
  /// Whether the article itself reports the event, or it comes from the wider record.
  public enum Scope: String, Hashable, Sendable, CaseIterable {
    /// The article reports it.
    case article
    /// Background from the public record that the article does not mention.
    case context
    /// Happened after the article was written.
    case later
  }

  /// How well the event is supported.
  public enum Status: String, Hashable, Sendable, CaseIterable {
    case verified
    /// The public record contradicts or qualifies the article; see the discrepancies.
    case disputed
    /// Only the article says so.
    case articleOnly = "article-only"
    /// Not confirmed by a retrieved source.
    case unverified
  }

  public var id: String
  /// When it happened; nil when the date is not known.
  public var when: DateSpan?
  public var title: String
  public var place: String?
  public var kind: String?
  public var scope: Scope
  public var status: Status
  /// Entity ids.
  public var actors: [String]
  public var summary: String?
  /// Source ids.
  public var sources: [String]
  public var tags: [String]
  public var discrepancies: [Discrepancy]
  /// Findings of `leakline audit` someone reviewed and let stand (docs/audit.md).
  public var reviewed: [AuditReview]

  public init(
    id: String, when: DateSpan?, title: String, place: String? = nil, kind: String? = nil,
    scope: Scope = .article, status: Status = .verified, actors: [String] = [],
    summary: String? = nil, sources: [String], tags: [String] = [],
    discrepancies: [Discrepancy] = [], reviewed: [AuditReview] = []
  ) {
    self.id = id
    self.when = when
    self.title = title
    self.place = place
    self.kind = kind
    self.scope = scope
    self.status = status
    self.actors = actors
    self.summary = summary
    self.sources = sources
    self.tags = tags
    self.discrepancies = discrepancies
    self.reviewed = reviewed
  }
}

/// Where the article and the public record disagree about an event. The record wins.
public struct Discrepancy: Hashable, Sendable {
  /// What the article says.
  public var article: String
  /// What the public record shows.
  public var record: String
  /// Source ids for the record's version.
  public var sources: [String]

  public init(article: String, record: String, sources: [String]) {
    self.article = article
    self.record = record
    self.sources = sources
  }
}
