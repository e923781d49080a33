/// Builds a case file from a CSV of events in the columns ``CSVExporter`` writes
/// (docs/formats.md): one event a row; `date`, `title` and `sources` required.
///
/// Every problem is reported with its line, column, row and field, and nothing is built
/// until there are none.
enum CSVImporter {
  static func caseFile(text: String, name: String, title: String?) throws(CaseFileError) -> (
    CaseFile, warnings: [String]
  ) {
    var b = ImportBuilder(file: name)
    let records: [CSVTable.Record]
    do {
      records = try CSVTable.parse(text)
    } catch {
      b.problem(
        line: error.line, column: error.column, place: "", "CSV syntax error: " + error.message,
        fix: error.help)
      return try b.finish(title: "", events: [])
    }
    guard let header = records.first else {
      b.problem(
        line: nil, column: nil, place: "", "The CSV is empty",
        fix: "Start with a header row naming the columns: "
          + CSVColumn.allCases.map(\.rawValue).joined(separator: ",") + ".")
      return try b.finish(title: "", events: [])
    }
    var columnIndex: [CSVColumn: Int] = [:]
    for (i, raw) in header.cells.enumerated() {
      let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
      guard let column = CSVColumn(rawValue: name) else {
        let near = Suggestion.nearest(to: name, in: CSVColumn.allCases.map(\.rawValue))
        b.warn(
          "Column '\(raw)' is not one Leakline reads, so it was ignored"
            + (near.map { " (did you mean '\($0)'?)" } ?? "") + ".")
        continue
      }
      if columnIndex[column] != nil {
        b.problem(
          line: header.line, column: header.columns[i], place: "row 1, field '\(name)'",
          "The column '\(name)' appears twice",
          fix: "Keep one '\(name)' column and delete or rename the other.")
      }
      columnIndex[column] = i
    }
    for column in CSVColumn.required where columnIndex[column] == nil {
      b.problem(
        line: header.line, column: 1, place: "row 1 (the header)",
        "The CSV has no '\(column.rawValue)' column (its columns are: \(header.cells.joined(separator: ", ")))",
        fix:
          "Add a column named '\(column.rawValue)'; docs/formats.md lists the columns and what goes in each."
      )
    }
    if !b.issues.isEmpty { return try b.finish(title: "", events: []) }

    let rows = Array(records.dropFirst())
    // Ids the file gives are claimed first, so ids made for other rows never take them.
    var givenIDs: [Int: String] = [:]
    if let idColumn = columnIndex[.id] {
      for (n, row) in rows.enumerated() where idColumn < row.cells.count {
        let id = row.cells[idColumn].trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty else { continue }
        let place = "row \(row.row), field 'id'"
        if !ImportBuilder.isValidID(id) {
          b.problem(
            line: row.line, column: row.columns[idColumn], place: place,
            "'\(id)' is not a valid id",
            fix:
              "Use letters, digits, '.', '_', ':' and '-' (starting with a letter or digit), or leave the cell empty to have one made."
          )
        } else if !b.claim(id) {
          b.problem(
            line: row.line, column: row.columns[idColumn], place: place,
            "The id '\(id)' is used by an earlier row",
            fix: "Give each row its own id, or leave the cell empty to have one made.")
        } else {
          givenIDs[n] = id
        }
      }
    }
    var events: [Event] = []
    for (n, row) in rows.enumerated() {
      let reader = CSVRowReader(row: row, columns: columnIndex)
      if row.cells.count > header.cells.count {
        b.problem(
          line: row.line, column: row.columns[header.cells.count], place: "row \(row.row)",
          "Row \(row.row) has \(row.cells.count) cells but the header has \(header.cells.count)",
          fix:
            "Quote cells that contain commas (\"Allende, Coahuila\"), or add the missing column to the header."
        )
        continue
      }
      if let event = reader.event(givenID: givenIDs[n], builder: &b) { events.append(event) }
    }
    return try b.finish(title: title ?? "Imported from \(name)", events: events)
  }
}
