import LeaklineModel
import Testing

@Suite struct CaseDateParsingTests {
  struct Valid: Sendable, CustomTestStringConvertible {
    var text: String
    var year: Int
    var month: Int?
    var day: Int?
    var precision: CaseDate.Precision
    var testDescription: String { "\"\(text)\" is a date at \(precision) precision" }
  }

  static let valid: [Valid] = [
    Valid(text: "2011", year: 2011, month: nil, day: nil, precision: .year),
    Valid(text: "2011-03", year: 2011, month: 3, day: nil, precision: .month),
    Valid(text: "2011-03-18", year: 2011, month: 3, day: 18, precision: .day),
    Valid(text: "2020-02-29", year: 2020, month: 2, day: 29, precision: .day),
    Valid(text: "2000-02-29", year: 2000, month: 2, day: 29, precision: .day),
    Valid(text: "2011-12-31", year: 2011, month: 12, day: 31, precision: .day),
    Valid(text: "2011-04-30", year: 2011, month: 4, day: 30, precision: .day),
    Valid(text: "0001", year: 1, month: nil, day: nil, precision: .year),
    Valid(text: "9999-12-31", year: 9999, month: 12, day: 31, precision: .day),
  ]

  @Test(arguments: valid)
  func parsesValidDatesAtTheirOwnPrecision(_ row: Valid) throws {
    let date = try CaseDate(parsing: row.text)
    #expect(date.year == row.year)
    #expect(date.month == row.month)
    #expect(date.day == row.day)
    #expect(date.precision == row.precision)
    #expect(date.description == row.text, "the ISO form is the text as written")
  }

  struct Invalid: Sendable, CustomTestStringConvertible {
    var text: String
    var error: CaseDateError
    var why: String
    var testDescription: String { "\"\(text)\" is rejected: \(why)" }
  }

  static let invalid: [Invalid] = [
    Invalid(
      text: "2011-02-30", error: .dayOutOfRange(day: 30, month: 2, year: 2011, lastDay: 28),
      why: "February 2011 has 28 days"),
    Invalid(
      text: "2011-02-29", error: .dayOutOfRange(day: 29, month: 2, year: 2011, lastDay: 28),
      why: "2011 is not a leap year"),
    Invalid(
      text: "1900-02-29", error: .dayOutOfRange(day: 29, month: 2, year: 1900, lastDay: 28),
      why: "1900 is divisible by 100 but not 400"),
    Invalid(
      text: "2011-04-31", error: .dayOutOfRange(day: 31, month: 4, year: 2011, lastDay: 30),
      why: "April has 30 days"),
    Invalid(
      text: "2011-03-00", error: .dayOutOfRange(day: 0, month: 3, year: 2011, lastDay: 31),
      why: "there is no day 0"),
    Invalid(text: "2011-13", error: .monthOutOfRange(13), why: "there is no month 13"),
    Invalid(text: "2011-00", error: .monthOutOfRange(0), why: "there is no month 0"),
    Invalid(text: "0000", error: .yearOutOfRange(0), why: "there is no year 0"),
    Invalid(text: "2011-3-1", error: .badFormat("2011-3-1"), why: "leading zeros are required"),
    Invalid(text: "11", error: .badFormat("11"), why: "a year has four digits"),
    Invalid(text: "20111", error: .badFormat("20111"), why: "a year has four digits"),
    Invalid(text: "2011-03-18T00", error: .badFormat("2011-03-18T00"), why: "times are not dates"),
    Invalid(text: "2011/03/18", error: .badFormat("2011/03/18"), why: "the separator is a hyphen"),
    Invalid(text: " 2011", error: .badFormat(" 2011"), why: "spaces are not trimmed"),
    Invalid(text: "-011", error: .badFormat("-011"), why: "a sign is not a digit"),
    Invalid(text: "", error: .badFormat(""), why: "empty text is not a date"),
    Invalid(text: "０１２３", error: .badFormat("０１２３"), why: "fullwidth digits are not ASCII digits"),
    Invalid(
      text: "٢٠١١", error: .badFormat("٢٠١١"), why: "Arabic-Indic digits are not ASCII digits"),
    Invalid(
      text: "March 2011", error: .badFormat("March 2011"), why: "month names are not accepted"),
  ]

  @Test(arguments: invalid)
  func rejectsInvalidDatesWithTheKindOfError(_ row: Invalid) {
    #expect(throws: row.error) { try CaseDate(parsing: row.text) }
  }

  @Test func errorMessagesNameTheProblemInWords() {
    #expect(
      CaseDateError.dayOutOfRange(day: 30, month: 2, year: 2011, lastDay: 28).description
        == "day 30 does not exist in Feb 2011, which has 28 days")
    #expect(
      CaseDateError.monthOutOfRange(13).description == "month 13 does not exist (months run 01–12)")
    #expect(
      CaseDateError.badFormat("2011-3-1").description
        == "'2011-3-1' is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD")
  }

  @Test func aDayNeedsAMonth() {
    #expect(throws: CaseDateError.dayWithoutMonth) { try CaseDate(year: 2011, day: 3) }
  }
}

@Suite struct CaseDateOrderingTests {
  struct Pair: Sendable, CustomTestStringConvertible {
    var earlier: String
    var later: String
    var testDescription: String { "\(earlier) sorts before \(later)" }
  }

  static let pairs: [Pair] = [
    Pair(earlier: "2011", later: "2011-03"),
    Pair(earlier: "2011-03", later: "2011-03-18"),
    Pair(earlier: "2011", later: "2011-03-18"),
    Pair(earlier: "2011", later: "2011-01"),
    Pair(earlier: "2011-01", later: "2011-01-01"),
    Pair(earlier: "2010-12-31", later: "2011"),
    Pair(earlier: "2011-03-18", later: "2011-04"),
    Pair(earlier: "2011-12", later: "2012"),
    Pair(earlier: "0999", later: "1000"),
  ]

  @Test(arguments: pairs)
  func datesSortByTheirFirstDayThenByPrecision(_ pair: Pair) {
    let a = CaseDate.iso(pair.earlier)
    let b = CaseDate.iso(pair.later)
    #expect(a < b)
    #expect(!(b < a))
    #expect(a != b)
  }

  @Test func aYearIsNotItsFirstDay() throws {
    let year = try CaseDate(parsing: "2011")
    let firstDay = try CaseDate(parsing: "2011-01-01")
    #expect(year != firstDay)
    #expect(year.description == "2011")
    #expect(year.firstDay == firstDay.firstDay)
    #expect(year.lastDay == (try CaseDate(parsing: "2011-12-31")).lastDay)
  }

  @Test func sortingKeepsEachDatesPrecision() {
    let sorted = ["2011-03-18", "2011", "2010-06", "2011-03"].map(CaseDate.iso).sorted()
    #expect(sorted.map(\.description) == ["2010-06", "2011", "2011-03", "2011-03-18"])
  }

  @Test(arguments: [
    (1900, false), (2000, true), (2011, false), (2020, true), (2100, false), (2400, true),
  ])
  func leapYearsFollowTheGregorianRule(_ year: Int, _ leap: Bool) {
    #expect(CaseDate.isLeap(year) == leap)
    #expect(CaseDate.daysIn(month: 2, year: year) == (leap ? 29 : 28))
  }
}

@Suite struct DateDisplayTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var start: String
    var end: String?
    var approximate = false
    var display: String
    var iso: String
    var testDescription: String { "\(iso) reads \"\(display)\"" }
  }

  static let rows: [Row] = [
    Row(start: "2011", end: nil, display: "2011", iso: "2011"),
    Row(start: "2011-03", end: nil, display: "Mar 2011", iso: "2011-03"),
    Row(start: "2011-03-18", end: nil, display: "18 Mar 2011", iso: "2011-03-18"),
    Row(
      start: "2011-03-18", end: "2011-03-20", display: "18–20 Mar 2011",
      iso: "2011-03-18/2011-03-20"),
    Row(
      start: "2011-03-30", end: "2011-04-02", display: "30 Mar – 2 Apr 2011",
      iso: "2011-03-30/2011-04-02"),
    Row(start: "2011-03", end: "2011-04", display: "Mar–Apr 2011", iso: "2011-03/2011-04"),
    Row(start: "2009", end: "2012", display: "2009–2012", iso: "2009/2012"),
    Row(
      start: "2010-12-30", end: "2011-01-02", display: "30 Dec 2010 – 2 Jan 2011",
      iso: "2010-12-30/2011-01-02"),
    Row(start: "2010-11", end: "2011-02", display: "Nov 2010 – Feb 2011", iso: "2010-11/2011-02"),
    Row(
      start: "2011-03", end: "2011-03-20", display: "Mar 2011 – 20 Mar 2011",
      iso: "2011-03/2011-03-20"),
    Row(start: "2011", end: "2011", display: "2011", iso: "2011/2011"),
    Row(start: "1997", end: nil, approximate: true, display: "c. 1997", iso: "~1997"),
    Row(start: "2009", end: "2012", approximate: true, display: "c. 2009–2012", iso: "~2009/2012"),
    Row(start: "2019-12-01", end: nil, display: "1 Dec 2019", iso: "2019-12-01"),
  ]

  @Test(arguments: rows)
  func spansReadAsPeopleWriteThem(_ row: Row) {
    let span = DateSpan(
      start: .iso(row.start), end: row.end.map(CaseDate.iso), isApproximate: row.approximate)
    #expect(span.display == row.display)
    #expect(span.iso == row.iso)
  }

  @Test func anUndatedEventSaysSo() {
    let event = Event(id: "monument", when: nil, title: "Monument", sources: ["s"])
    #expect(event.dateDisplay == "undated")
  }

  @Test func aRangeTouchesEveryYearItSpans() {
    let span = DateSpan(start: .iso("2009-06"), end: .iso("2012-02"))
    #expect(span.years == 2009...2012)
    #expect(span.overlaps(years: 2011...2011))
    #expect(span.overlaps(years: 2012...2020))
    #expect(!span.overlaps(years: 2013...2020))
    #expect(!span.overlaps(years: 1990...2008))
  }
}
