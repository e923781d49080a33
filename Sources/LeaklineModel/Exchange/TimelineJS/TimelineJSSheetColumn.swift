/// The columns of Knight Lab's TimelineJS Google Sheets template, in the template's
/// order and spelling: the header the sheet exporter writes and the sheet reader reads
/// (docs/formats.md, "timelinejs-csv").
enum TimelineJSSheetColumn: String, CaseIterable, Sendable {
  case year = "Year"
  case month = "Month"
  case day = "Day"
  case time = "Time"
  case endYear = "End Year"
  case endMonth = "End Month"
  case endDay = "End Day"
  case endTime = "End Time"
  case displayDate = "Display Date"
  case headline = "Headline"
  case text = "Text"
  case media = "Media"
  case mediaCredit = "Media Credit"
  case mediaCaption = "Media Caption"
  case mediaThumbnail = "Media Thumbnail"
  case type = "Type"
  case group = "Group"
  case background = "Background"

  /// The column a header cell names: the template's names, in any case, with `Tag` (the
  /// older template's name) for `Group`, as TimelineJS reads them.
  init?(header: String) {
    let name = header.trimmingCharacters(in: .whitespaces).lowercased()
    if name == "tag" {
      self = .group
      return
    }
    guard let column = Self.allCases.first(where: { $0.rawValue.lowercased() == name }) else {
      return nil
    }
    self = column
  }

  /// Whether a CSV header is the template's: it has `Year` and `Headline` and none of the
  /// columns of Leakline's own event CSV (`date`, `title`), so `--from csv` can tell the
  /// two apart.
  static func isTemplate(_ header: [String]) -> Bool {
    let columns = Set(header.compactMap(Self.init(header:)))
    let own = Set(header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
    return columns.contains(.year) && columns.contains(.headline)
      && own.isDisjoint(with: [CSVColumn.date.rawValue, CSVColumn.title.rawValue])
  }
}
