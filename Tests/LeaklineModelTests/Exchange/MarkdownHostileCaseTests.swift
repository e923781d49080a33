import LeaklineModel
import Testing

/// A case file written to break things exports to Markdown that shows its text, literally,
/// and nothing else: no HTML, no broken tables, no control characters, no forged links.
/// (``MarkdownStructureTests`` parses the same exports with cmark-gfm.)
@Suite struct MarkdownHostileCaseTests {
  @Test func hostileExportsMatchGoldens() throws {
    let exporter = ExportFixtures.hostile()
    for view in try ExportFixtures.hostileViews(of: exporter) {
      ExportGolden.expect(
        exporter.markdown(for: view), named: exporter.defaultFileName(for: view), in: "hostile")
    }
  }

  @Test func hostileTextIsShownLiterally() throws {
    let exporter = ExportFixtures.hostile()
    let event = try #require(exporter.index.event(id: "ev1"))
    let parsed = try CmarkGFM.parse(exporter.markdown(for: .event(event)))
    let shown = parsed.headings.map(\.text)
    // What a reader sees is the text, minus the control characters, on one line.
    #expect(shown.contains("18 Mar 2011 — " + MarkdownText.clean(ExportFixtures.hostileText)))
    #expect(MarkdownText.clean(ExportFixtures.hostileText).contains("<script>alert(1)</script>"))
    #expect(!MarkdownText.clean(ExportFixtures.hostileText).contains("\u{1B}"))
  }

  @Test func tablesKeepEveryCellWhole() throws {
    let exporter = ExportFixtures.hostile()
    let evil = try #require(exporter.index.entity(id: "e1"))
    let parsed = try CmarkGFM.parse(exporter.markdown(for: .dossier(evil)))
    let table = try #require(parsed.nodes.first { $0.name == "table" })
    let rows = table.children.map { $0.children.filter { $0.name == "table_cell" }.map(\.text) }
    #expect(rows.first == ["From", "Relation", "To", "Sources", "Note"])
    #expect(rows.dropFirst().map { $0.count } == [5, 5])
    #expect(rows.dropFirst().first?[1] == "pays | bribes *to*")
    #expect(rows.dropFirst().first?[4] == "note | with pipe newline")
    #expect(rows.dropFirst().last?[2] == "ghost", "an unknown entity is shown by its id")
  }

  @Test func urlsThatAreNotWebAddressesAreText() throws {
    let exporter = ExportFixtures.hostile()
    let markdown = exporter.markdown(for: .wholeTimeline)
    #expect(markdown.contains(", 2020. javascript:alert(1). Article ref \\[1\\]."))
    #expect(
      markdown.contains(
        " https://example.org/a b\\<c\\> (unconfirmed: a likely address, not checked)."))
    #expect(markdown.contains(" <https://example.org/ok?a=1&b=2>."))
  }

  @Test func everyStringComesOutOnOneLine() throws {
    let exporter = ExportFixtures.hostile()
    let markdown = exporter.markdown(for: .wholeTimeline)
    #expect(markdown.contains("\n\\- list? \\# heading \\<div\\>html\\</div\\> \\`\\`\\` fence\n"))
    #expect(
      markdown.contains(
        "- **Case file:** *\\# Hostile \\<b\\>case\\</b\\> \\| file\\]0;pwned* — hostile \\[2J.case.json"
      ))
  }
}
