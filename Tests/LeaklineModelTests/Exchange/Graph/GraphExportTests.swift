import Foundation
import LeaklineModel
import Testing

/// The graph exports: Graphviz draws the DOT without a word of complaint, the Mermaid
/// graph passes a structural check, hostile names stay inside their labels, and ids and
/// order are stable.
@Suite struct GraphExportTests {
  /// Names, ids and relation types written to break DOT and Mermaid quoting.
  static let hostile: CaseFile = {
    let names = [
      "Quote \" inside", "Back\\slash\\", "Line\nbreak\r\nand\rCR", "[Brackets] (and) {braces}",
      "Arrow --> and |pipes| ;semi #hash <b>tag</b>", "%%{init: x}%%", "\u{1B}[31mred\u{7}",
      "\\N \\G \\L dot escapes",
    ]
    let ids = ["a\"b", "a-b", "a_b", "a b", "ü", "x\\", "n_a_b", "-->"]
    var entities: [Entity] = []
    for (i, name) in names.enumerated() {
      let next = ids[(i + 1) % ids.count]
      entities.append(
        Entity(
          id: ids[i], kind: i % 2 == 0 ? .person : .unit, name: name, sources: ["s\"1"],
          relations: [
            Relation(to: next, type: names[(i + 3) % names.count], sources: ["s\"1", "r"])
          ]
        ))
    }
    return CaseFile(
      title: "Hostile \"graph\"\n-->",
      sources: [Source(id: "s\"1", title: "S"), Source(id: "r", title: "R", refs: [4])],
      entities: entities)
  }()

  static func export(
    _ file: CaseFile, _ view: ExportView = .wholeTimeline, as format: ExportFormat, depth: Int = 1
  )
    -> InteropOutput
  {
    InteropExporter(index: CaseIndex(file), caseName: "test").export(view, as: format, depth: depth)
  }

  static func article() throws -> CaseFile { try ArticleCaseFileTests.index().caseFile }

  @Test func graphvizDrawsTheArticleAndTheHostileCase() throws {
    for file in [try Self.article(), Self.hostile] {
      let dot = Self.export(file, as: .dot).text
      let svg = try Graphviz.svg(dot)
      #expect(svg.contains("<svg"))
      let nodes = CaseIndex(file).caseFile.entities.count
      #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == nodes, "\(file.title)")
    }
  }

  @Test func graphvizDrawsEveryHostileNameAsWritten() throws {
    let svg = try Graphviz.svg(Self.export(Self.hostile, as: .dot).text)
    // SVG escapes markup; the names' words survive, and no label ended early.
    for word in [
      "Quote &quot; inside", "Back\\slash\\", "[Brackets] (and) {braces}",
      "\\N \\G \\L dot escapes",
    ] {
      #expect(svg.contains(word), "\(word)")
    }
  }

  @Test func mermaidGraphPassesTheSyntaxCheck() throws {
    for file in [try Self.article(), Self.hostile] {
      let out = Self.export(file, as: .mermaidGraph)
      #expect(MermaidGraphSyntax.problems(out.text) == [], "\(file.title)")
      let nodeLines = out.text.split(separator: "\n").filter { $0.contains("[\"") }
      #expect(nodeLines.count == file.entities.count)
    }
  }

  @Test func theSyntaxCheckCatchesBrokenGraphs() {
    #expect(!MermaidGraphSyntax.problems("graph LR\n  a[\"x\"y\"]\n").isEmpty)
    #expect(!MermaidGraphSyntax.problems("graph LR\n  a[\"x\"]\n  a -->|\"t\"| b\n").isEmpty)
    #expect(!MermaidGraphSyntax.problems("graph LR\n  a-b[\"x\"]\n").isEmpty)
    #expect(!MermaidGraphSyntax.problems("flowchart TD\n").isEmpty)
    #expect(MermaidGraphSyntax.problems("graph LR\n  a[\"x #quot;\"]\n  a -->|\"t\"| a\n") == [])
  }

  @Test func mermaidIDsAreDistinctAndStable() {
    let out = Self.export(Self.hostile, as: .mermaidGraph).text
    // Entity ids sorted: "a b", "a\"b", "a-b", "a_b" all clean to a_b.
    #expect(out.contains("  n_a_b_2[\"Quote #quot; inside<br/>person\"]"))
    #expect(out.contains("  n_x_[\"#37;#37;{init: x}#37;#37;<br/>unit\"]"))
    #expect(!out.contains("%%{"))
    #expect(out.contains("n_a_b_3[") && out.contains("n_a_b_4[") && out.contains("n_n_a_b["))
    #expect(out == Self.export(Self.hostile, as: .mermaidGraph).text)
  }

  @Test func dotIsSortedWithSourcesAsComments() throws {
    let dot = Self.export(try Self.article(), as: .dot).text
    let nodeIDs = dot.split(separator: "\n").filter {
      $0.contains(" [label=") && !$0.contains("->")
    }
    .map { $0.split(separator: "\"")[1] }
    #expect(nodeIDs == nodeIDs.sorted())
    #expect(
      dot.contains(
        "\"garcia-luna\" -> \"sinaloa-cartel\" [label=\"took bribes from\", comment=\"sources: "))
  }

  @Test(arguments: [(0, 1), (1, 5), (2, 0)])
  func aDossierGraphReachesDepthSteps(_ depth: Int, _ minimumNodes: Int) throws {
    let file = try Self.article()
    let garcia = try #require(file.entities.first { $0.id == "garcia-luna" })
    let out = Self.export(file, .dossier(garcia), as: .dot, depth: depth)
    let nodes = out.text.split(separator: "\n").filter {
      $0.contains(" [label=") && !$0.contains("->")
    }.count
    let one = Self.export(file, .dossier(garcia), as: .dot, depth: 1).text.split(separator: "\n")
      .filter { $0.contains(" [label=") && !$0.contains("->") }.count
    if depth == 0 { #expect(nodes == 1) }
    if depth == 1 { #expect(nodes >= minimumNodes) }
    if depth == 2 { #expect(nodes > one) }
    #expect(out.warnings == [])
    _ = try Graphviz.svg(out.text)
  }
}
