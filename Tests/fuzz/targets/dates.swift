/// Fuzz target: the date parser and date display.
///
/// The input is read as `DATE` or `DATE/END` (the ISO interval form), with the first
/// byte's low bit choosing "approximate". Properties: nothing traps; a parsed date prints
/// back as the text it came from; a span's first day is never after the start's last day;
/// every display string is non-empty and terminal-safe; errors have a message.
public func fuzzDates(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  let text = String(decoding: bytes, as: UTF8.self)
  let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(
    String.init)
  guard let start = parse(parts[0]) else { return 0 }
  let end = parts.count > 1 ? parse(parts[1]) : nil
  let span = DateSpan(start: start, end: end, isApproximate: (bytes.first ?? 0) & 1 == 1)
  for shown in [span.display, span.iso, start.display] {
    if shown.isEmpty { FuzzCheck.fail("an empty display for '\(text)'") }
    FuzzCheck.terminalSafe(shown, "the display of '\(text)'")
  }
  if span.firstDay > span.start.lastDay {
    FuzzCheck.fail("span \(span.iso) starts after its start date ends")
  }
  _ = span.years
  _ = span.overlaps(years: 1990...2020)
  if let end, end < start { _ = span < DateSpan(start: end) }
  return 0
}

/// Parses one date, checking what holds for every date that parses.
private func parse(_ text: String) -> CaseDate? {
  let date: CaseDate
  do {
    date = try CaseDate(parsing: text)
  } catch {
    if error.description.isEmpty { FuzzCheck.fail("an empty error for '\(text)'") }
    return nil
  }
  if date.description != text {
    FuzzCheck.fail("'\(text)' parsed as \(date), which prints differently")
  }
  if date.firstDay > date.lastDay { FuzzCheck.fail("\(date) ends before it starts") }
  guard (1...9999).contains(date.year) else { FuzzCheck.fail("\(date) has year \(date.year)") }
  do {
    let again = try CaseDate(year: date.year, month: date.month, day: date.day)
    if again != date { FuzzCheck.fail("\(date) rebuilt from its parts differs") }
  } catch {
    FuzzCheck.fail("\(date) parsed but its parts are refused: \(error)")
  }
  return date
}
