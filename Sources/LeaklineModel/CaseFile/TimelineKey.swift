/// An event's date as integers, so that sorting a million events into the timeline
/// compares numbers instead of `DateSpan`s.
///
/// `CaseIndex` orders two dated events by `x != y ? x < y : a < b` on their spans.
/// `DateSpan`'s `<` compares starts (first day, then precision) and then last days, and a
/// start's first day and precision determine it, so `x < y` is `order` compared
/// lexicographically; `x != y` is `span` compared, which packs every field. The sort sees
/// the same answers and so produces the same order.
struct TimelineKey {
  /// Whether the event has a date.
  let isDated: Bool
  /// First day of the start, its precision, and the last day covered.
  let order: (Int, Int, Int)
  /// Start, end and approximation packed, equal exactly when the spans are.
  let span: UInt64

  init(_ when: DateSpan?) {
    guard let when else {
      isDated = false
      order = (0, 0, 0)
      span = 0
      return
    }
    isDated = true
    order = (when.start.firstDay, when.start.precision.rawValue, when.lastDay)
    let end = when.end.map { TimelineKey.pack($0) | 1 << 23 } ?? 0
    span = TimelineKey.pack(when.start) | end << 23 | (when.isApproximate ? 1 << 47 : 0)
  }

  /// Year (14 bits), month (4; 0 when unknown) and day (5; 0 when unknown).
  private static func pack(_ d: CaseDate) -> UInt64 {
    UInt64(d.year) << 9 | UInt64(d.month ?? 0) << 5 | UInt64(d.day ?? 0)
  }
}
