import Foundation

/// A view's events as CSV, one event a row, for spreadsheets.
///
/// Actors are written by name (with their kinds in a parallel column, so an import can
/// rebuild them), sources by the article's reference number or, for supplementary
/// sources, by id. Discrepancies, relations and the sources' details do not fit a row;
/// the warnings say so.
enum CSVExporter {
  static func export(_ file: CaseFile) -> InteropOutput {
    let index = CaseIndex(file)
    var text = CSVTable.line(CSVColumn.allCases.map(\.rawValue))
    var separatorInName = 0
    for event in file.events {
      let actors = index.actors(of: event)
      separatorInName += actors.filter { $0.name.contains(";") }.count
      let row: [CSVColumn: String] = [
        .id: event.id,
        .date: event.when?.start.description ?? "",
        .end: event.when?.end?.description ?? "",
        .precision: CSVColumn.precision(of: event.when),
        .approximate: event.when?.isApproximate == true ? "true" : "false",
        .title: event.title,
        .place: event.place ?? "",
        .kind: event.kind ?? "",
        .scope: event.scope.rawValue,
        .status: event.status.rawValue,
        .actors: actors.map(\.name).joined(separator: CSVColumn.listSeparator),
        .actorKinds: actors.map(\.kind.rawValue).joined(separator: CSVColumn.listSeparator),
        .sources: index.sources(event.sources).map(reference).joined(
          separator: CSVColumn.listSeparator),
        .tags: event.tags.joined(separator: CSVColumn.listSeparator),
        .summary: event.summary ?? "",
      ]
      text += CSVTable.line(CSVColumn.allCases.map { row[$0] ?? "" })
    }
    var warnings: [String] = []
    warnings.warn(
      file.events.filter { !$0.discrepancies.isEmpty }.count, "event has", "events have",
      "discrepancies (article vs record), which CSV cannot carry; they were left out.")
    warnings.warn(
      file.sources.filter { $0.refs.count > 1 }.count, "source stands", "sources stand",
      "for several reference numbers; CSV gives only the first.")
    warnings.warn(
      separatorInName, "actor name contains", "actor names contain",
      "';', which separates names in the actors column; an import will split it.")
    if !file.sources.isEmpty || !file.entities.isEmpty {
      warnings.append(
        "CSV carries events only: sources are named by reference number or id (no titles, authors or URLs), "
          + "and people & units by name and kind (no aliases, roles, summaries or relations).")
    }
    return InteropOutput(
      text: text, warnings: warnings,
      contents: InteropOutput.count(file.events.count, "event", "events"))
  }

  /// How a source is named in the sources column: its first reference number, or its id.
  static func reference(_ source: Source) -> String {
    source.refs.first.map(String.init) ?? source.id
  }
}
