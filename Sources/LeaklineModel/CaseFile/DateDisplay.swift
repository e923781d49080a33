/// How dates read on screen and in exports: at their own precision, in English,
/// independent of the user's locale ("2011", "Mar 2011", "18–20 Mar 2011", "c. 2011").
extension CaseDate {
  /// "2011", "Mar 2011" or "18 Mar 2011".
  public var display: String {
    switch (month, day) {
    case (let m?, let d?): "\(d) \(CaseDate.monthNames[m - 1]) \(year)"
    case (let m?, nil): "\(CaseDate.monthNames[m - 1]) \(year)"
    default: String(year)
    }
  }
}

extension DateSpan {
  /// The span as people write it: shared parts are said once ("18–20 Mar 2011",
  /// "Mar–Apr 2011", "2009–2012"), and an approximate date starts with "c. ".
  public var display: String {
    let prefix = isApproximate ? "c. " : ""
    guard let end, end != start else { return prefix + start.display }
    let s = start
    let e = end
    let names = CaseDate.monthNames
    switch (s.precision, e.precision) {
    case (.day, .day) where s.year == e.year && s.month == e.month:
      // swift-format-ignore: NeverForceUnwrap
      // Day precision implies month and day are present.
      return prefix + "\(s.day!)–\(e.day!) \(names[s.month! - 1]) \(s.year)"
    case (.day, .day) where s.year == e.year:
      return prefix
        + "\(s.day!) \(names[s.month! - 1]) – \(e.day!) \(names[e.month! - 1]) \(s.year)"
    case (.month, .month) where s.year == e.year:
      return prefix + "\(names[s.month! - 1])–\(names[e.month! - 1]) \(s.year)"
    case (.year, .year):
      return prefix + "\(s.year)–\(e.year)"
    default:
      return prefix + "\(s.display) – \(e.display)"
    }
  }

  /// The ISO form: "2011-03-18", or "2011-03-18/2011-03-20" for a range (ISO 8601
  /// interval notation), with "~" in front when approximate.
  public var iso: String {
    (isApproximate ? "~" : "") + start.description + (end.map { "/" + $0.description } ?? "")
  }
}

extension CaseDate {
  /// How many characters ``display`` has, worked out without making it.
  var displayLength: Int {
    switch (month, day) {
    case (let m?, let d?):
      CaseDate.digits(d) + 1 + CaseDate.monthNames[m - 1].utf8.count + 1 + CaseDate.digits(year)
    case (let m?, nil): CaseDate.monthNames[m - 1].utf8.count + 1 + CaseDate.digits(year)
    default: CaseDate.digits(year)
    }
  }

  /// How many characters `n` (not negative) has in decimal.
  static func digits(_ n: Int) -> Int {
    var n = n
    var count = 1
    while n >= 10 {
      n /= 10
      count += 1
    }
    return count
  }
}

extension DateSpan {
  /// How many characters ``display`` has, worked out without making it: a list of
  /// thousands of events is laid out with a date column as wide as its widest date, and
  /// formatting every date to find it would cost more than a frame.
  ///
  /// Every character of a date's display (digits, ASCII letters, spaces, `.` and `–`) is
  /// one terminal column wide, so this is also its display width.
  public var displayLength: Int {
    let prefix = isApproximate ? 3 : 0
    guard let end, end != start else { return prefix + start.displayLength }
    let s = start
    let e = end
    let names = CaseDate.monthNames
    switch (s.precision, e.precision) {
    case (.day, .day) where s.year == e.year && s.month == e.month:
      // swift-format-ignore: NeverForceUnwrap
      // Day precision implies month and day are present.
      return prefix + CaseDate.digits(s.day!) + 1 + CaseDate.digits(e.day!) + 1
        + names[s.month! - 1].utf8.count + 1 + CaseDate.digits(s.year)
    case (.day, .day) where s.year == e.year:
      return prefix + CaseDate.digits(s.day!) + 1 + names[s.month! - 1].utf8.count + 3
        + CaseDate.digits(e.day!) + 1 + names[e.month! - 1].utf8.count + 1 + CaseDate.digits(s.year)
    case (.month, .month) where s.year == e.year:
      return prefix + names[s.month! - 1].utf8.count + 1 + names[e.month! - 1].utf8.count + 1
        + CaseDate.digits(s.year)
    case (.year, .year):
      return prefix + CaseDate.digits(s.year) + 1 + CaseDate.digits(e.year)
    default:
      return prefix + s.displayLength + 3 + e.displayLength
    }
  }
}

extension Event {
  /// The event's date for display, or "undated".
  public var dateDisplay: String { when?.display ?? "undated" }

  /// How many characters ``dateDisplay`` has, without making it (see
  /// ``DateSpan/displayLength``).
  public var dateDisplayLength: Int { when?.displayLength ?? 7 }

  /// A short marker for events that are not the article's own: "context" or "later".
  public var scopeMarker: String? {
    switch scope {
    case .article: nil
    case .context: "context"
    case .later: "later"
    }
  }
}
