import Foundation

/// The case's people and units as a Mermaid `graph` (GitHub draws it in a ```mermaid
/// block): nodes labelled with name and kind, edges with the relation type, sources as
/// `%%` comments before each edge.
public enum MermaidGraphExporter {
  public static func export(_ graph: CaseGraph, title: String) -> InteropOutput {
    let ids = nodeIDs(graph.nodes.map(\.id))
    var lines = ["%% \(CaseGraph.oneLine(title))", "graph LR"]
    for n in graph.nodes {
      lines.append("  \(ids[n.id] ?? "n")[\"\(label(n.name))<br/>\(n.kind.rawValue)\"]")
    }
    for e in graph.edges {
      if !e.sources.isEmpty {
        // `%` spelled %25, so that no source id can make a `%%{…}%%` directive.
        let sources = CaseGraph.oneLine(e.sources.joined(separator: "; "))
        lines.append("  %% sources: " + sources.replacingOccurrences(of: "%", with: "%25"))
      }
      lines.append(
        "  \(ids[e.from] ?? "n") -->|\"\(label(e.type))\"| \(ids[e.to] ?? "n")")
    }
    return InteropOutput(
      text: lines.joined(separator: "\n") + "\n", warnings: [],
      contents: InteropOutput.count(graph.nodes.count, "node", "nodes") + " and "
        + InteropOutput.count(graph.edges.count, "relation", "relations"))
  }

  /// Mermaid node ids from entity ids: letters, digits and `_` only, prefixed `n_`;
  /// ids that clean to the same text get `_2`, `_3` in sorted order, so they stay stable.
  static func nodeIDs(_ entityIDs: [String]) -> [String: String] {
    var out: [String: String] = [:]
    var used = Set<String>()
    for id in entityIDs.sorted() {
      let clean = String(
        id.unicodeScalars.map {
          $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))
            ? Character($0) : "_"
        })
      var candidate = "n_" + clean
      var n = 2
      while used.contains(candidate) {
        candidate = "n_\(clean)_\(n)"
        n += 1
      }
      used.insert(candidate)
      out[id] = candidate
    }
    return out
  }

  /// Text inside a quoted Mermaid label: one line, with `"`, `#`, `<`, `>`, `;`, `|` and
  /// `%` written as Mermaid's entity codes, so they show as themselves and cannot end the
  /// label, the statement or the edge text, nor start a `%%{…}%%` directive (which
  /// Mermaid looks for anywhere in the text).
  static func label(_ text: String) -> String {
    var out = ""
    for c in CaseGraph.oneLine(text) {
      switch c {
      case "\"": out += "#quot;"
      case "#": out += "#35;"
      case "<": out += "#lt;"
      case ">": out += "#gt;"
      case ";": out += "#59;"
      case "|": out += "#124;"
      case "%": out += "#37;"
      default: out.append(c)
      }
    }
    return out
  }
}
