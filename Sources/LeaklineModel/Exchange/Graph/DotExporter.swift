/// The case's people and units as a Graphviz `digraph` (`dot -Tsvg case.dot > case.svg`):
/// nodes labelled with name and kind, edges with the relation type, sources in each
/// edge's `comment` attribute.
public enum DotExporter {
  public static func export(_ graph: CaseGraph, title: String) -> InteropOutput {
    var lines = ["// \(CaseGraph.oneLine(title))", "digraph \"case\" {"]
    lines.append("  graph [rankdir=LR, charset=\"UTF-8\"];")
    lines.append("  node [shape=box, style=rounded];")
    for n in graph.nodes {
      lines.append(
        "  \(quote(n.id)) [label=\(quote(n.name + "\n(" + n.kind.rawValue + ")"))];")
    }
    for e in graph.edges {
      var attributes = "label=\(quote(e.type))"
      if !e.sources.isEmpty {
        attributes += ", comment=\(quote("sources: " + e.sources.joined(separator: "; ")))"
      }
      lines.append("  \(quote(e.from)) -> \(quote(e.to)) [\(attributes)];")
    }
    lines.append("}")
    return InteropOutput(
      text: lines.joined(separator: "\n") + "\n", warnings: [],
      contents: InteropOutput.count(graph.nodes.count, "node", "nodes") + " and "
        + InteropOutput.count(graph.edges.count, "relation", "relations"))
  }

  /// A DOT double-quoted string. Backslashes and quotes are escaped; a newline becomes
  /// `\n` (a line break in a label); other control characters become spaces.
  static func quote(_ text: String) -> String {
    var out = "\""
    for c in text.replacingNewlines(with: "\u{1}").unicodeScalars {
      switch c {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\u{1}": out += "\\n"
      default: out.unicodeScalars.append(c.properties.generalCategory == .control ? " " : c)
      }
    }
    return out + "\""
  }
}

extension String {
  /// The text with each line break (LF, CR or CRLF) replaced by `marker`.
  func replacingNewlines(with marker: Character) -> String {
    var out = ""
    var previousCR = false
    for scalar in unicodeScalars {
      if scalar == "\n" && previousCR {
        previousCR = false
        continue
      }
      previousCR = scalar == "\r"
      if scalar == "\n" || scalar == "\r" {
        out.append(marker)
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
