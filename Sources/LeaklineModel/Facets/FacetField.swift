/// What a frequency table counts events by: the questions "who turns up most", "which
/// source carries most of the disputed claims", "which years are busiest".
public enum FacetField: String, CaseIterable, Hashable, Sendable {
  case actor
  case kind
  case tag
  case status
  case scope
  case source
  case year
  case month

  /// The heading of the table, e.g. "Actors".
  public var title: String {
    switch self {
    case .actor: "Actors"
    case .kind: "Kinds"
    case .tag: "Tags"
    case .status: "Statuses"
    case .scope: "Scopes"
    case .source: "Sources"
    case .year: "Years"
    case .month: "Months"
    }
  }
}
