/// The columns of Leakline's event CSV, shared by the exporter and the importer so the
/// two cannot drift apart. docs/formats.md documents each.
enum CSVColumn: String, CaseIterable, Sendable {
  case id, date, end, precision, approximate, title, place, kind, scope, status
  case actors
  case actorKinds = "actor_kinds"
  case sources, tags, summary

  /// The columns an imported CSV must have; the others may be left out.
  static let required: [CSVColumn] = [.date, .title, .sources]

  /// How lists (actors, their kinds, sources, tags) are joined in one cell.
  static let listSeparator = "; "

  /// Splits a list cell; empty items are dropped.
  static func split(_ cell: String) -> [String] {
    cell.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
  }

  /// The precision word for a date: "day", "month", "year", or "undated".
  static func precision(of span: DateSpan?) -> String {
    switch span?.start.precision {
    case .day: "day"
    case .month: "month"
    case .year: "year"
    case nil: "undated"
    }
  }
}
