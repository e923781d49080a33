import Foundation

/// A structural check of the Mermaid `graph` subset the exporter writes (there is no
/// Mermaid CLI here): a `graph LR` header; node lines `ID["label"]`; edge lines
/// `ID -->|"label"| ID` between declared nodes; `%%` comments; ids of letters, digits
/// and `_`, declared once; labels on one line with no `"` (Mermaid ends them there).
enum MermaidGraphSyntax {
  /// The problems found, one line each, with the line number; empty when it is valid.
  static func problems(_ text: String) -> [String] {
    var problems: [String] = []
    var declared = Set<String>()
    var edges: [(Int, String, String)] = []
    var sawHeader = false
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (n, raw) in lines.enumerated() {
      let line = raw.drop { $0 == " " }
      let at = "line \(n + 1)"
      if line.isEmpty { continue }
      if line.hasPrefix("%%") {
        if line.hasPrefix("%%{") { problems.append("\(at): a comment that reads as a directive") }
        continue
      }
      if !sawHeader {
        if line != "graph LR" { problems.append("\(at): expected 'graph LR', got '\(line)'") }
        sawHeader = true
        continue
      }
      if let (id, label, rest) = node(line), rest.isEmpty {
        if !isID(id) { problems.append("\(at): bad node id '\(id)'") }
        if !declared.insert(id).inserted { problems.append("\(at): node '\(id)' declared twice") }
        if !isLabel(label) { problems.append("\(at): bad label '\(label)'") }
        continue
      }
      let parts = line.split(separator: " ", maxSplits: 1)
      if parts.count == 2, parts[1].hasPrefix("-->|\"") {
        let from = String(parts[0])
        let rest = parts[1].dropFirst("-->|\"".count)
        guard let close = rest.range(of: "\"| ") else {
          problems.append("\(at): edge label not closed with '\"| '")
          continue
        }
        let label = String(rest[..<close.lowerBound])
        let to = String(rest[close.upperBound...])
        if !isLabel(label) { problems.append("\(at): bad edge label '\(label)'") }
        if !isID(from) || !isID(to) { problems.append("\(at): bad edge ends '\(from)' '\(to)'") }
        edges.append((n + 1, from, to))
        continue
      }
      problems.append("\(at): neither a node, an edge nor a comment: '\(line)'")
    }
    if !sawHeader { problems.append("no 'graph LR' header") }
    for (n, from, to) in edges where !declared.contains(from) || !declared.contains(to) {
      problems.append("line \(n): edge between undeclared nodes '\(from)' '\(to)'")
    }
    return problems
  }

  private static func node(_ line: Substring) -> (String, String, Substring)? {
    guard let open = line.range(of: "[\""), let close = line.range(of: "\"]", options: .backwards),
      open.upperBound <= close.lowerBound
    else { return nil }
    return (
      String(line[..<open.lowerBound]), String(line[open.upperBound..<close.lowerBound]),
      line[close.upperBound...]
    )
  }

  private static func isID(_ id: String) -> Bool {
    !id.isEmpty
      && id.unicodeScalars.allSatisfy {
        $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_")
      }
  }

  /// A label is fine when, without its `<br/>` breaks and `#…;` entity codes, it has no
  /// character that could end it or start markup: `"`, `;`, `#`, `<`, `>`, `|`, `%`, a
  /// line break.
  private static func isLabel(_ label: String) -> Bool {
    let plain = label.replacingOccurrences(of: "<br/>", with: "")
      .replacingOccurrences(of: "#[a-z0-9]+;", with: "", options: .regularExpression)
    return !plain.contains { "\";#<>|%\n\r".contains($0) }
  }
}
