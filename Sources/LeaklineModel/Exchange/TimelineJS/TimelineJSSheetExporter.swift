/// A view's dated events as a CSV in the columns of Knight Lab's Google Sheets template
/// (docs/formats.md, "timelinejs-csv"), for a TimelineJS user to paste into the template.
///
/// The first row is the title slide (`Type` `title`: the case title and summary); then a
/// row per dated event: the date parts, `Display Date` "c. 2011" for an approximate
/// date, the title as `Headline`, the same slide text as the JSON export, and the scope
/// as `Group`. The template has no id column, so an import makes ids from the headlines.
enum TimelineJSSheetExporter {
  static func export(_ file: CaseFile) -> InteropOutput {
    let index = CaseIndex(file)
    typealias Column = TimelineJSSheetColumn
    var text = CSVTable.line(Column.allCases.map(\.rawValue))
    func row(_ cells: [Column: String]) -> String {
      CSVTable.line(Column.allCases.map { cells[$0] ?? "" })
    }
    var title: [Column: String] = [.type: "title", .headline: HTMLText.escape(file.title)]
    if let summary = file.summary { title[.text] = TimelineJSSlideHTML.summary(summary) }
    text += row(title)
    var undated: [String] = []
    var rows = 0
    for event in file.events {
      guard let when = event.when else {
        undated.append(event.id)
        continue
      }
      var cells: [Column: String] = [
        .headline: HTMLText.escape(event.title), .text: TimelineJSSlideHTML.body(event, index),
        .group: event.scope.rawValue,
      ]
      cells[.year] = String(when.start.year)
      cells[.month] = when.start.month.map(String.init)
      cells[.day] = when.start.day.map(String.init)
      cells[.endYear] = when.end.map { String($0.year) }
      cells[.endMonth] = when.end?.month.map(String.init)
      cells[.endDay] = when.end?.day.map(String.init)
      if when.isApproximate { cells[.displayDate] = when.display }
      text += row(cells)
      rows += 1
    }
    var warnings = TimelineJSSlideHTML.warnings(undated: undated)
    warnings.append(
      "The template has no id column, so event ids are left out; an import makes them from the headlines."
    )
    return InteropOutput(
      text: text, warnings: warnings, contents: InteropOutput.count(rows, "event", "events"))
  }
}
