/// Reads one CSV row into an event, reporting each bad cell with its row and field.
struct CSVRowReader {
  let row: CSVTable.Record
  let columns: [CSVColumn: Int]

  /// The trimmed text of a cell, with the formula protection of ``CSVTable/quote(_:)``
  /// taken off; nil when the column is missing or the cell empty.
  func cell(_ column: CSVColumn) -> String? {
    guard let i = columns[column], i < row.cells.count else { return nil }
    let text = CSVTable.unprotect(row.cells[i]).trimmingCharacters(in: .whitespacesAndNewlines)
    return text.isEmpty ? nil : text
  }

  /// The text of a cell as written (summaries keep their line breaks).
  private func rawCell(_ column: CSVColumn) -> String? {
    guard let i = columns[column], i < row.cells.count else { return nil }
    let text = CSVTable.unprotect(row.cells[i])
    return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
  }

  private func problem(
    _ b: inout ImportBuilder, _ column: CSVColumn, _ message: String, fix: String
  ) {
    let i = columns[column] ?? 0
    b.problem(
      line: row.line, column: i < row.columns.count ? row.columns[i] : nil,
      place: "row \(row.row), field '\(column.rawValue)'", message, fix: fix)
  }

  private func date(_ column: CSVColumn, _ b: inout ImportBuilder) -> CaseDate?? {
    guard let text = cell(column) else { return .some(nil) }
    do {
      return try CaseDate(parsing: text)
    } catch {
      problem(
        &b, column, "Row \(row.row): " + error.description,
        fix:
          "Write the date as YYYY, YYYY-MM or YYYY-MM-DD (2011, 2011-03, 2011-03-18), only as precise as the sources; leave 'date' empty for an undated event."
      )
      return nil
    }
  }

  private func choice<T: RawRepresentable & CaseIterable>(
    _ column: CSVColumn, _ b: inout ImportBuilder, default value: T
  ) -> T
  where T.RawValue == String {
    guard let text = cell(column) else { return value }
    if let parsed = T(rawValue: text.lowercased()) { return parsed }
    let words = T.allCases.map(\.rawValue)
    let near = Suggestion.nearest(to: text.lowercased(), in: words)
    problem(
      &b, column,
      "Row \(row.row): '\(text)' is not a \(column.rawValue)"
        + (near.map { " (did you mean '\($0)'?)" } ?? ""),
      fix: "Write one of " + words.joined(separator: ", ")
        + ", or leave the cell empty for '\(value.rawValue)'.")
    return value
  }

  func event(givenID: String?, builder b: inout ImportBuilder) -> Event? {
    let before = b.issues.count
    let title = cell(.title)
    if title == nil {
      problem(
        &b, .title, "Row \(row.row) has no title",
        fix: "Every event needs a short title; write one in the 'title' cell.")
    }
    let start = date(.date, &b)
    let end = date(.end, &b)
    if case .some(nil) = start, case .some(.some) = end {
      problem(
        &b, .end, "Row \(row.row) has an end date but no date",
        fix: "Add the start date, or leave 'end' empty for an undated event.")
    }
    if case .some(.some(let s)) = start, case .some(.some(let e)) = end, e.lastDay < s.firstDay {
      problem(
        &b, .end, "Row \(row.row): the end (\(e)) is before the date (\(s))",
        fix: "Swap the two dates, or correct the one that is wrong.")
    }
    if let precision = cell(.precision), case .some(let s) = start {
      let actual = CSVColumn.precision(of: s.map { DateSpan(start: $0) })
      if precision.lowercased() != actual {
        problem(
          &b, .precision,
          "Row \(row.row): precision says '\(precision)' but the date '\(s?.description ?? "")' is \(actual == "undated" ? "empty" : "a " + actual)",
          fix:
            "The date's own form is its precision (2011 is a year, 2011-03 a month); correct the date, or leave 'precision' empty."
        )
      }
    }
    var approximate = false
    if let text = cell(.approximate) {
      switch text.lowercased() {
      case "true", "yes", "1", "y": approximate = true
      case "false", "no", "0", "n": approximate = false
      default:
        problem(
          &b, .approximate, "Row \(row.row): '\(text)' is not true or false",
          fix: "Write true or false (or leave it empty for false).")
      }
    }
    let scope = choice(.scope, &b, default: Event.Scope.article)
    let status = choice(.status, &b, default: Event.Status.verified)

    let tokens = cell(.sources).map(CSVColumn.split) ?? []
    if tokens.isEmpty {
      problem(
        &b, .sources, "Row \(row.row) names no source",
        fix:
          "Every event needs a source: write the article's reference number (6) or a source id, several separated by ';'."
      )
    }
    var sources: [String] = []
    for token in tokens {
      if let number = Int(token), number >= 1 {
        sources.append(b.reference(number))
      } else if ImportBuilder.isValidID(token), Int(token) == nil {
        sources.append(b.namedSource(token))
      } else {
        problem(
          &b, .sources, "Row \(row.row): '\(token)' is neither a reference number nor a source id",
          fix: "Write a reference number (1 or more) or a source id, separated by ';'.")
      }
    }

    let names = cell(.actors).map(CSVColumn.split) ?? []
    let kindWords = cell(.actorKinds).map(CSVColumn.split) ?? []
    if !kindWords.isEmpty, kindWords.count != names.count {
      problem(
        &b, .actorKinds, "Row \(row.row) has \(names.count) actors but \(kindWords.count) kinds",
        fix:
          "Give one kind per actor, in the same order, separated by ';' — or leave 'actor_kinds' empty."
      )
    }
    var kinds: [Entity.Kind?] = []
    for word in kindWords {
      let kind = Entity.Kind(rawValue: word.lowercased())
      if kind == nil {
        problem(
          &b, .actorKinds, "Row \(row.row): '\(word)' is not a kind of person or unit",
          fix: "Write one of " + Entity.Kind.allCases.map(\.rawValue).joined(separator: ", ") + ".")
      }
      kinds.append(kind)
    }
    guard b.issues.count == before, let title, case .some(let startDate) = start,
      case .some(let endDate) = end
    else {
      return nil
    }
    let actors = names.enumerated().map { i, name in
      b.actor(named: name, kind: i < kinds.count ? kinds[i] : nil, sources: sources)
    }
    let id = givenID ?? b.newID(from: title, fallback: "event")
    return Event(
      id: id, when: startDate.map { DateSpan(start: $0, end: endDate, isApproximate: approximate) },
      title: title,
      place: cell(.place), kind: cell(.kind), scope: scope, status: status, actors: actors,
      summary: rawCell(.summary),
      sources: sources, tags: cell(.tags).map(CSVColumn.split) ?? [])
  }
}
