/// When an event happened: a date, or a range of dates, possibly approximate.
///
/// Events without any known date have no `DateSpan` at all (`Event.when == nil`) and are
/// shown in an "undated" group instead of being dropped or given a made-up date.
public struct DateSpan: Hashable, Sendable, Comparable {
  /// The date, or the first date of the range.
  public var start: CaseDate
  /// The last date of the range, at its own precision.
  public var end: CaseDate?
  /// Whether the case file marks the date as approximate ("c. 2011").
  public var isApproximate: Bool

  /// Makes a span. Ranges whose end is before their start are rejected by the validator,
  /// not here, so a file with that mistake can still be shown in full.
  public init(start: CaseDate, end: CaseDate? = nil, isApproximate: Bool = false) {
    self.start = start
    self.end = end
    self.isApproximate = isApproximate
  }

  /// The first day covered.
  public var firstDay: Int { start.firstDay }
  /// The last day covered.
  public var lastDay: Int { (end ?? start).lastDay }

  /// The years this span touches, in order.
  public var years: ClosedRange<Int> { start.year...max(start.year, (end ?? start).year) }

  /// Whether any day of the span falls in `years`.
  public func overlaps(years range: ClosedRange<Int>) -> Bool {
    years.overlaps(range)
  }

  public static func < (a: DateSpan, b: DateSpan) -> Bool {
    if a.start != b.start { return a.start < b.start }
    return a.lastDay < b.lastDay
  }
}
