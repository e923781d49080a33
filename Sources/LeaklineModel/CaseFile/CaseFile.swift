/// A whole case file: its sources, the entities it is about, and the events.
///
/// This is the decoded document as written. ``CaseIndex`` adds the lookups the CLI and
/// the browser need (events in date order, who cites what, search).
public struct CaseFile: Hashable, Sendable {
  /// The format version this build reads and writes.
  public static let formatVersion = 1

  public var title: String
  public var summary: String?
  public var sources: [Source]
  public var entities: [Entity]
  public var events: [Event]

  public init(
    title: String, summary: String? = nil, sources: [Source] = [], entities: [Entity] = [],
    events: [Event] = []
  ) {
    self.title = title
    self.summary = summary
    self.sources = sources
    self.entities = entities
    self.events = events
  }
}
