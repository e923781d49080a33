/// The formats `leakline export --format` writes, named as on the command line.
///
/// Markdown is for reading; the others are for the tools people already use: a case file
/// (`json`) to reopen with `--case`, a spreadsheet (`csv`), TimelineJS (JSON or its Google
/// Sheets template, `timelinejs-csv`), Aleph's
/// FollowTheMoney (`ftm`), Zotero or LaTeX for the sources (`csl-json`, `bibtex`), and
/// the network of people and units for Graphviz or Mermaid (`dot`, `mermaid-graph`).
/// See docs/formats.md for what each carries and loses.
public enum ExportFormat: String, Sendable, CaseIterable {
  case markdown, json, csv, timelinejs
  /// Knight Lab's TimelineJS Google Sheets template, as CSV.
  case timelinejsCSV = "timelinejs-csv"
  case ftm
  case cslJSON = "csl-json"
  case bibtex
  /// People and units with their relations as a Graphviz graph.
  case dot
  /// The same graph as a Mermaid `graph`, which GitHub draws.
  case mermaidGraph = "mermaid-graph"

  /// The file-name ending for a default file name: "md", "case.json", "csv", …
  public var fileExtension: String {
    switch self {
    case .markdown: "md"
    case .json: "case.json"
    case .csv: "csv"
    case .timelinejs: "timeline.json"
    case .timelinejsCSV: "timeline.csv"
    case .ftm: "ftm.jsonl"
    case .cslJSON: "csl.json"
    case .bibtex: "bib"
    case .dot: "dot"
    case .mermaidGraph: "mmd"
    }
  }
}

/// What an exporter made: the text to write, and what the format could not carry.
///
/// Warnings are values, not printed, so the CLI and the tests decide where they go.
public struct InteropOutput: Sendable, Equatable {
  /// The document, ending with a newline.
  public var text: String
  /// One sentence each: what was left out or changed, and why.
  public var warnings: [String]
  /// What the document holds, for "Wrote 12 events to …": "12 events", "9 sources".
  public var contents: String

  public init(text: String, warnings: [String], contents: String) {
    self.text = text
    self.warnings = warnings
    self.contents = contents
  }

  /// "1 event", "12 events".
  static func count(_ n: Int, _ one: String, _ many: String) -> String {
    "\(n) " + (n == 1 ? one : many)
  }
}

extension Array where Element == String {
  /// Adds a warning about `count` records when there are any: "3 events had discrepancies…".
  mutating func warn(_ count: Int, _ one: String, _ many: String, _ rest: String) {
    guard count > 0 else { return }
    append("\(count) \(count == 1 ? one : many) \(rest)")
  }
}
