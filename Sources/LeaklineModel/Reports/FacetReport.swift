import Foundation

/// `leakline facets` as text and as JSON: each table's values with count, share of the
/// list and the search term that selects them.
public enum FacetReport {
  /// One table per facet: a heading with the list's size, then `count  share  value  term`
  /// rows; with `limit`, the first rows and a line saying how many more.
  public static func lines(_ facets: [Facet], query: SearchQuery, limit: Int? = nil) -> [String] {
    var out: [String] = []
    for facet in facets {
      if !out.isEmpty { out.append("") }
      let list =
        query.isEmpty
        ? "all \(facet.total) events" : "\(facet.total) events matching \(query.description)"
      out.append("\(facet.field.title) of \(list)")
      if facet.values.isEmpty {
        out.append("  (none)")
        continue
      }
      let shown = limit.map { Array(facet.values.prefix($0)) } ?? facet.values
      let countWidth = String(shown.map(\.count).max() ?? 0).count
      let labelWidth = min(56, shown.map(\.label.count).max() ?? 0)
      for value in shown {
        let count = String(value.count)
        let share = facet.percentText(of: value)
        var row = "  " + String(repeating: " ", count: countWidth - count.count) + count
        row += "  " + String(repeating: " ", count: max(0, 4 - share.count)) + share
        let label = value.label.count > 56 ? String(value.label.prefix(55)) + "…" : value.label
        row +=
          "  "
          + (value.term == nil
            ? label : PlainTextLayout.pad(label, labelWidth + 1) + (value.term ?? ""))
        out.append(row)
      }
      if shown.count < facet.values.count {
        out.append(
          "  … \(facet.values.count - shown.count) more (--by \(facet.field.rawValue) lists all)")
      }
    }
    return out
  }

  /// `{"case", "query", "count", "facets": [{"by", "values": [{"key", "label", "count",
  /// "share", "term"}]}]}`; share is the count over the list's size, as text with three
  /// decimals (JSON numbers here are integers).
  public static func json(_ facets: [Facet], query: SearchQuery, caseTitle: String) -> JSONText {
    var m: [(String, JSONText)] = [("case", .string(caseTitle))]
    m.append(("query", .string(query.text.isEmpty ? query.description : query.text)))
    m.append(("count", .int(facets.first?.total ?? 0)))
    m.append(
      (
        "facets",
        .array(
          facets.map { facet in
            .object([
              ("by", .string(facet.field.rawValue)),
              (
                "values",
                .array(
                  facet.values.map { v in
                    .object([
                      ("key", .string(v.key)), ("label", .string(v.label)),
                      ("count", .int(v.count)),
                      ("share", .string(String(format: "%.3f", facet.share(of: v)))),
                      ("term", .string(v.term)),
                    ])
                  })
              ),
            ])
          })
      ))
    return .object(m)
  }
}
