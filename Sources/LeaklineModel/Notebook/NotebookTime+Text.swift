import Foundation

extension NotebookTime {
  /// The time now, to the millisecond.
  public static func now() -> NotebookTime {
    NotebookTime(date: Date())
  }

  /// A `Date`, to the millisecond (rounded down).
  public init(date: Date) {
    self.init(
      millisecondsSince1970: Int64((date.timeIntervalSince1970 * 1000).rounded(.down)))
  }

  /// The time as a `Date`.
  public var date: Date {
    Date(timeIntervalSince1970: Double(millisecondsSince1970) / 1000)
  }

  /// `2026-12-08T00:43:27.123Z`: ISO 8601, UTC, always with milliseconds, so that the
  /// text sorts as the times do (years 0000 to 9999).
  ///
  /// Written by hand rather than with a `DateFormatter`: a notebook of 100,000 changes is
  /// read in a fraction of a second, and a formatter costs microseconds per call.
  public var text: String {
    let ms = millisecondsSince1970
    let days = ms >= 0 ? ms / 86_400_000 : -((-ms + 86_399_999) / 86_400_000)
    let inDay = ms - days * 86_400_000
    let (y, m, d) = NotebookTime.civil(fromDays: days)
    var out = ""
    out.reserveCapacity(24)
    func two(_ n: Int64) { out += n < 10 ? "0\(n)" : "\(n)" }
    let year = max(0, min(9999, y))
    out += String(repeating: "0", count: 4 - String(year).count) + String(year)
    out += "-"
    two(m)
    out += "-"
    two(d)
    out += "T"
    two(inDay / 3_600_000)
    out += ":"
    two(inDay / 60_000 % 60)
    out += ":"
    two(inDay / 1000 % 60)
    out += "."
    let milli = inDay % 1000
    out += milli < 10 ? "00\(milli)" : milli < 100 ? "0\(milli)" : "\(milli)"
    out += "Z"
    return out
  }

  /// The date alone, `2026-12-08`, for lists and exports.
  public var day: String { String(text.prefix(10)) }

  /// Reads ``text``'s form: `YYYY-MM-DDTHH:MM:SS.mmmZ`, also without milliseconds
  /// (`…:SSZ`); nil for anything else.
  public init?(text: some StringProtocol) {
    let parsed: NotebookTime? =
      text.utf8.withContiguousStorageIfAvailable {
        NotebookTime.parse($0)
      } ?? NotebookTime.parse(Array(text.utf8).withUnsafeBufferPointer { $0 })
    guard let parsed else { return nil }
    self = parsed
  }

  /// Reads the UTF-8 bytes of ``text``'s form.
  static func parse(_ b: UnsafeBufferPointer<UInt8>) -> NotebookTime? {
    guard b.count == 24 || b.count == 20 else { return nil }
    func number(_ from: Int, _ count: Int) -> Int64? {
      var n: Int64 = 0
      for i in from..<(from + count) {
        let c = b[i]
        guard c >= 0x30, c <= 0x39 else { return nil }
        n = n * 10 + Int64(c - 0x30)
      }
      return n
    }
    func isByte(_ i: Int, _ c: Character) -> Bool { b[i] == c.asciiValue }
    guard isByte(4, "-"), isByte(7, "-"), isByte(10, "T"), isByte(13, ":"), isByte(16, ":"),
      isByte(b.count - 1, "Z"),
      let y = number(0, 4), let m = number(5, 2), let d = number(8, 2),
      let hh = number(11, 2), let mm = number(14, 2), let ss = number(17, 2)
    else { return nil }
    var milli: Int64 = 0
    if b.count == 24 {
      guard isByte(19, "."), let ms = number(20, 3) else { return nil }
      milli = ms
    }
    guard (1...12).contains(m), d >= 1, d <= NotebookTime.daysIn(month: m, year: y), hh < 24,
      mm < 60, ss < 60
    else { return nil }
    let days = NotebookTime.days(fromCivil: y, m, d)
    return NotebookTime(
      millisecondsSince1970: days * 86_400_000 + hh * 3_600_000 + mm * 60_000 + ss * 1000 + milli)
  }

  private static func daysIn(month m: Int64, year y: Int64) -> Int64 {
    switch m {
    case 2: (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  private static func days(fromCivil year: Int64, _ m: Int64, _ d: Int64) -> Int64 {
    let y = m <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The date of a day counted from 1970-01-01 (the inverse of `days(fromCivil:)`).
  private static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}
