/// Reads the rows of Knight Lab's Google Sheets template (saved as CSV) into slides, as
/// TimelineJS reads the sheet: cells trimmed; `Year`, `Month`, `Day` whole numbers with
/// spaces and commas ignored ("1,987"); an end date only when `End Year` is given; `Type`
/// `title` (the first one) and `era` rows apart from the events; `Tag` for `Group`.
struct SheetReader {
  let columns: [TimelineJSSheetColumn: Int]

  /// The columns of `header`; nil when `Year` or `Headline` is missing or a column is
  /// given twice (reported). Columns TimelineJS does not read are named in a warning.
  static func columns(_ header: CSVTable.Record, _ b: inout ImportBuilder)
    -> [TimelineJSSheetColumn: Int]?
  {
    var columns: [TimelineJSSheetColumn: Int] = [:]
    var ignored: [String] = []
    for (i, raw) in header.cells.enumerated() {
      guard let column = TimelineJSSheetColumn(header: raw) else {
        if !raw.trimmingCharacters(in: .whitespaces).isEmpty { ignored.append(raw) }
        continue
      }
      if columns[column] != nil {
        b.problem(
          line: header.line, column: header.columns[i], place: "row 1, field '\(raw)'",
          "The column '\(column.rawValue)' appears twice",
          fix: "Keep one '\(column.rawValue)' column and delete or rename the other.")
      }
      columns[column] = i
    }
    for column in [TimelineJSSheetColumn.year, .headline] where columns[column] == nil {
      b.problem(
        line: header.line, column: 1, place: "row 1 (the header)",
        "The sheet has no '\(column.rawValue)' column (its columns are: \(header.cells.joined(separator: ", ")))",
        fix:
          "Use the header of Knight Lab's template: "
          + TimelineJSSheetColumn.allCases.map(\.rawValue).joined(separator: ", ")
          + " (a CSV in Leakline's own columns imports with --from csv).")
    }
    if !ignored.isEmpty {
      b.warn(
        "\(ignored.count) column\(ignored.count == 1 ? " is" : "s are") not in the TimelineJS template, so TimelineJS and the import ignore \(ignored.count == 1 ? "it" : "them"): "
          + ignored.map { "'\($0)'" }.joined(separator: ", ") + ".")
    }
    return b.issues.isEmpty ? columns : nil
  }

  /// A cell's text, trimmed, with a spreadsheet's formula protection taken off; nil when
  /// empty or the column is missing.
  func cell(_ row: CSVTable.Record, _ column: TimelineJSSheetColumn) -> String? {
    guard let i = columns[column], i < row.cells.count else { return nil }
    let text = CSVTable.unprotect(row.cells[i]).trimmingCharacters(in: .whitespacesAndNewlines)
    return text.isEmpty ? nil : text
  }

  func place(_ row: CSVTable.Record, _ column: TimelineJSSheetColumn?) -> TimelineJSSlide.Place {
    guard let column else {
      return TimelineJSSlide.Place(line: row.line, column: 1, path: "row \(row.row)")
    }
    let i = columns[column] ?? 0
    return TimelineJSSlide.Place(
      line: row.line, column: i < row.columns.count ? row.columns[i] : nil,
      path: "row \(row.row), field '\(column.rawValue)'")
  }

  /// Whether every cell of the row is empty (a spreadsheet's trailing ",,,," rows).
  func isBlank(_ row: CSVTable.Record) -> Bool {
    row.cells.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
  }

  /// What the row's `Type` says it is: "title", "era", or anything else (an event).
  func type(_ row: CSVTable.Record) -> String { cell(row, .type)?.lowercased() ?? "" }

  /// A whole number as TimelineJS reads a date cell: spaces and commas ignored, an
  /// optional minus; `.some(nil)` when empty, nil after a problem (reported).
  private func wholeNumber(
    _ row: CSVTable.Record, _ column: TimelineJSSheetColumn, _ b: inout ImportBuilder
  ) -> Int?? {
    guard let text = cell(row, column) else { return .some(nil) }
    let cleaned = text.filter { !$0.isWhitespace && $0 != "," }
    let digits = cleaned.hasPrefix("-") ? cleaned.dropFirst() : Substring(cleaned)
    if !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
      let n = Int(cleaned)
    {
      return n
    }
    b.problem(
      at: place(row, column), "Row \(row.row): '\(text)' is not a whole number",
      fix:
        "Write the \(column.rawValue.lowercased()) as a number (\(column == .year || column == .endYear ? "2011, or -44 for 44 BCE" : "3")), as the template asks."
    )
    return nil
  }

  /// The row as a slide: `number` is its place among the sheet's slides. Without a year
  /// (or with a bad date cell) `start` is nil and the problem reported, except for the
  /// title row, which needs no date.
  func slide(
    _ row: CSVTable.Record, number: Int, isTitle: Bool, _ b: inout ImportBuilder,
    endWithoutYear: inout Int
  ) -> TimelineJSSlide {
    var slide = TimelineJSSlide(number: number, place: place(row, nil))
    slide.headline = cell(row, .headline)
    slide.text = cell(row, .text)
    slide.display = cell(row, .displayDate)
    slide.group = cell(row, .group)
    slide.mediaCaption = cell(row, .mediaCaption)
    slide.mediaCredit = cell(row, .mediaCredit)
    slide.hasMedia = [.media, .mediaCaption, .mediaCredit, .mediaThumbnail].contains {
      cell(row, $0) != nil
    }
    slide.hasBackground = cell(row, .background) != nil

    let year = wholeNumber(row, .year, &b)
    let month = wholeNumber(row, .month, &b)
    let day = wholeNumber(row, .day, &b)
    if case .some(let y?) = year, case .some(let m) = month, case .some(let d) = day {
      slide.start = TimelineJSSlide.When(
        year: y, month: m, day: d, hasTime: cell(row, .time) != nil, place: place(row, .year))
    } else if case .some(nil) = year, !isTitle {
      b.problem(
        at: place(row, .year), "Row \(row.row) has no Year",
        fix:
          "Write the year (and, if known, the month and day); TimelineJS needs it on every row but the title."
      )
    } else if case .some(nil) = year, cell(row, .time) != nil {
      b.problem(
        at: place(row, .time), "Row \(row.row) has a Time but no Year",
        fix: "Add the date, or clear the Time.")
    }

    let endYear = wholeNumber(row, .endYear, &b)
    let endMonth = wholeNumber(row, .endMonth, &b)
    let endDay = wholeNumber(row, .endDay, &b)
    if case .some(let y?) = endYear, case .some(let m) = endMonth, case .some(let d) = endDay {
      slide.end = TimelineJSSlide.When(
        year: y, month: m, day: d, hasTime: cell(row, .endTime) != nil,
        place: place(row, .endYear))
    } else if case .some(nil) = endYear,
      [.endMonth, .endDay, .endTime].contains(where: { cell(row, $0) != nil })
    {
      endWithoutYear += 1
    }
    return slide
  }
}
