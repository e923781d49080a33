/// A calendar date written at its own precision: a year, a month or a day.
///
/// Case files say "2011" when only the year is known; that is a different fact from
/// "2011-01-01", so the precision is part of the value and is kept everywhere (sorting,
/// display, export). Comparison orders by the earliest day the date can stand for, so
/// "2011" sorts before "2011-03" which sorts before "2011-03-18".
public struct CaseDate: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// How much of the date is known.
  public enum Precision: Int, Sendable, Comparable, CaseIterable {
    case year = 0
    case month, day
    public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
  }

  /// The year, 1 through 9999.
  public let year: Int
  /// The month, 1 through 12, when known.
  public let month: Int?
  /// The day of the month, when known (only with a month).
  public let day: Int?

  /// The precision the date was written at.
  public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

  /// Makes a date, checking the calendar.
  ///
  /// - Throws: ``CaseDateError`` when the parts cannot form a real date (month 13, 2011-02-30).
  public init(year: Int, month: Int? = nil, day: Int? = nil) throws(CaseDateError) {
    guard (1...9999).contains(year) else { throw .yearOutOfRange(year) }
    if let month {
      guard (1...12).contains(month) else { throw .monthOutOfRange(month) }
      if let day {
        let last = CaseDate.daysIn(month: month, year: year)
        guard (1...last).contains(day) else {
          throw .dayOutOfRange(day: day, month: month, year: year, lastDay: last)
        }
      }
    } else if day != nil {
      throw .dayWithoutMonth
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
  ///
  /// - Throws: ``CaseDateError`` naming what is wrong with the text.
  public init(parsing text: String) throws(CaseDateError) {
    let bytes = Array(text.utf8)
    func digits(_ range: Range<Int>) -> Int? {
      var value = 0
      for i in range {
        let b = bytes[i]
        guard b >= 0x30, b <= 0x39 else { return nil }
        value = value * 10 + Int(b - 0x30)
      }
      return value
    }
    switch bytes.count {
    case 4:
      guard let y = digits(0..<4) else { throw .badFormat(text) }
      try self.init(year: y)
    case 7:
      guard bytes[4] == 0x2D, let y = digits(0..<4), let m = digits(5..<7) else {
        throw .badFormat(text)
      }
      try self.init(year: y, month: m)
    case 10:
      guard bytes[4] == 0x2D, bytes[7] == 0x2D, let y = digits(0..<4), let m = digits(5..<7),
        let d = digits(8..<10)
      else { throw .badFormat(text) }
      try self.init(year: y, month: m, day: d)
    default:
      throw .badFormat(text)
    }
  }

  /// The ISO form the date was written in: `2011`, `2011-03` or `2011-03-18`.
  public var description: String {
    var s = String(year).leftPadded(to: 4)
    if let month { s += "-" + String(month).leftPadded(to: 2) }
    if let day { s += "-" + String(day).leftPadded(to: 2) }
    return s
  }

  /// The first day this date can stand for, as a sortable day number.
  public var firstDay: Int { CaseDate.dayNumber(year: year, month: month ?? 1, day: day ?? 1) }

  /// The last day this date can stand for, as a sortable day number.
  public var lastDay: Int {
    let m = month ?? 12
    return CaseDate.dayNumber(
      year: year, month: m, day: day ?? CaseDate.daysIn(month: m, year: year))
  }

  public static func < (a: CaseDate, b: CaseDate) -> Bool {
    if a.firstDay != b.firstDay { return a.firstDay < b.firstDay }
    return a.precision < b.precision
  }

  /// Whether `year` is a leap year in the proleptic Gregorian calendar.
  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in a month.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// A monotonic day number (days since 0000-03-01), used only for ordering and overlap.
  static func dayNumber(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let m = month <= 2 ? month + 9 : month - 3
    return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
  }
}

/// Why a date could not be read.
public enum CaseDateError: Error, Hashable, Sendable, CustomStringConvertible {
  case badFormat(String)
  case yearOutOfRange(Int)
  case monthOutOfRange(Int)
  case dayOutOfRange(day: Int, month: Int, year: Int, lastDay: Int)
  case dayWithoutMonth

  public var description: String {
    switch self {
    case .badFormat(let text):
      return "'\(text)' is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD"
    case .yearOutOfRange(let y): return "year \(y) is outside 0001–9999"
    case .monthOutOfRange(let m): return "month \(m) does not exist (months run 01–12)"
    case .dayOutOfRange(let d, let m, let y, let last):
      return "day \(d) does not exist in \(CaseDate.monthNames[m - 1]) \(y), which has \(last) days"
    case .dayWithoutMonth: return "a day needs a month"
    }
  }
}

extension CaseDate {
  /// English month abbreviations, fixed so output never depends on the user's locale.
  public static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]
}

extension String {
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
