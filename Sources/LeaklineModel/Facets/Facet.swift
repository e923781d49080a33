/// One row of a frequency table: a value, how many events of the list have it, and the
/// search term that selects those events.
public struct FacetValue: Hashable, Sendable {
  /// What the value is for a program: an entity or source id, a folded kind or tag, a
  /// status, a scope, `YYYY` or `YYYY-MM`; empty for "none" rows.
  public var key: String
  /// What a person reads, e.g. "Genaro García Luna (person)" or "[3] Title".
  public var label: String
  /// Events of the list with this value (each event once, however often it lists it).
  public var count: Int
  /// A term of the query language (docs/search.md) that selects these events, quoted so
  /// that it parses back to the same term, e.g. `person:"genaro garcia luna"`, `source:3`;
  /// `nil` when the language cannot say it (no kind, undated, a month).
  public var term: String?

  public init(key: String, label: String, count: Int, term: String?) {
    self.key = key
    self.label = label
    self.count = count
    self.term = term
  }
}

/// A frequency table over a list of events, most frequent first.
public struct Facet: Hashable, Sendable {
  public var field: FacetField
  /// How many events the list has: the base of each value's share.
  public var total: Int
  /// Values by count, most first; ties in the value's natural order (reference number,
  /// year, name).
  public var values: [FacetValue]

  public init(field: FacetField, total: Int, values: [FacetValue]) {
    self.field = field
    self.total = total
    self.values = values
  }

  /// The share of the list a value has, 0…1 (values of many-valued facets add up to
  /// more than 1: an event has several actors).
  public func share(of value: FacetValue) -> Double {
    total == 0 ? 0 : Double(value.count) / Double(total)
  }

  /// The share as a whole percentage for tables, "<1%" for a value present but rare.
  public func percentText(of value: FacetValue) -> String {
    let p = share(of: value) * 100
    if value.count > 0 && p < 1 { return "<1%" }
    return "\(Int(p.rounded()))%"
  }
}
