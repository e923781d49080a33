import Testing

@testable import LeaklineModel

/// `DateSpan.displayLength` counts the characters of `display` without making it (a
/// dossier of tens of thousands of events sizes its date column from it). It must agree
/// with `display` for every shape of span: each precision, both orders of shared parts,
/// one- to four-digit years, one- and two-digit days, approximate or not.
@Suite struct DateDisplayLengthTests {
  static let dates: [CaseDate] = {
    var dates: [CaseDate] = []
    for year in [1, 9, 10, 99, 100, 999, 1000, 2011, 9999] {
      dates.append(try! CaseDate(year: year))
      for month in [1, 5, 9, 12] {
        dates.append(try! CaseDate(year: year, month: month))
        for day in [1, 9, 10, 28] {
          dates.append(try! CaseDate(year: year, month: month, day: day))
        }
      }
    }
    return dates
  }()

  @Test func everySpanShapeHasTheLengthOfItsDisplay() {
    var checked = 0
    for start in Self.dates {
      for end in [nil] + Self.dates.filter({ $0.year == start.year || $0.year == 2011 }) {
        for approximate in [false, true] {
          let span = DateSpan(start: start, end: end, isApproximate: approximate)
          let display = span.display
          #expect(span.displayLength == display.count, "\(display)")
          checked += 1
        }
      }
    }
    #expect(checked > 10_000)
  }

  @Test func undatedEventsCountTheirWord() {
    let event = Event(id: "x", when: nil, title: "t", sources: [])
    #expect(event.dateDisplayLength == event.dateDisplay.count)
  }
}
