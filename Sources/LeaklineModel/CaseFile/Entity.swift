/// A person, unit, agency, organisation, cartel, group or outlet the case is about.
public struct Entity: Hashable, Sendable, Identifiable {
  /// What kind of actor an entity is. The raw values are the case-file format's words.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    case person, unit, agency, organization, cartel, group, outlet

    /// A plural heading for lists grouped by kind.
    public var pluralTitle: String {
      switch self {
      case .person: "People"
      case .unit: "Units"
      case .agency: "Agencies"
      case .organization: "Organizations"
      case .cartel: "Cartels"
      case .group: "Groups"
      case .outlet: "Outlets"
      }
    }
  }

  public var id: String
  public var kind: Kind
  public var name: String
  /// Other names: nicknames, accent-free spellings, misspellings found in sources.
  public var aliases: [String]
  public var role: String?
  public var summary: String?
  public var sources: [String]
  public var relations: [Relation]
  /// Findings of `leakline audit` someone reviewed and let stand (docs/audit.md).
  public var reviewed: [AuditReview]

  public init(
    id: String, kind: Kind, name: String, aliases: [String] = [], role: String? = nil,
    summary: String? = nil, sources: [String], relations: [Relation] = [],
    reviewed: [AuditReview] = []
  ) {
    self.id = id
    self.kind = kind
    self.name = name
    self.aliases = aliases
    self.role = role
    self.summary = summary
    self.sources = sources
    self.relations = relations
    self.reviewed = reviewed
  }
}

/// A typed, sourced link from one entity to another, read "<from> <type> <to>".
public struct Relation: Hashable, Sendable {
  /// The id of the other entity.
  public var to: String
  /// What the link is: "took bribes from", "commanded", "son of".
  public var type: String
  public var sources: [String]
  public var note: String?

  public init(to: String, type: String, sources: [String], note: String? = nil) {
    self.to = to
    self.type = type
    self.sources = sources
    self.note = note
  }
}
