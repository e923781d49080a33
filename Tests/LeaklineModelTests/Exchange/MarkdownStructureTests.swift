import Foundation
import LeaklineModel
import Testing

/// Every export, parsed by GitHub's own Markdown parser (`cmark-gfm`), has the structure it
/// promises: headings in order, one footnote definition per cited source, every footnote
/// reference resolved, links that land on a section, whole tables, a well-formed Mermaid
/// block for timelines, and no HTML at all.
@Suite struct MarkdownStructureTests {
  @Test func smallFixtureExportsParse() throws {
    let exporter = try ExportFixtures.small()
    for view in try ExportFixtures.views(of: exporter) { try check(view, of: exporter) }
  }

  @Test func articleExportsParse() throws {
    let exporter = try ExportFixtures.article()
    for view in try ExportFixtures.views(of: exporter) { try check(view, of: exporter) }
  }

  @Test func hostileExportsParse() throws {
    let exporter = ExportFixtures.hostile()
    for view in try ExportFixtures.hostileViews(of: exporter) { try check(view, of: exporter) }
  }

  @Test func missingParserFailsWithInstallHint() {
    // A PATH with no cmark-gfm in it: parsing fails, with the message the tests above
    // would fail with, saying how to install it.
    let error = #expect(throws: CmarkGFM.Missing.self) {
      try CmarkGFM.parse("# Title\n", searchPath: "/nonexistent/leakline-test-bin")
    }
    #expect(error?.description.contains("apt-get install cmark-gfm") == true)
  }

  @Test func parserIsInstalled() {
    // Tests/install-prerequisites.sh installs it; without it every test above fails.
    #expect(CmarkGFM.executable() != nil, "\(CmarkGFM.Missing())")
  }

  /// Parses the export of `view` and checks its structure.
  func check(
    _ view: ExportView, of exporter: MarkdownExporter,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let markdown = exporter.markdown(for: view)
    let parsed = try CmarkGFM.parse(markdown)
    let name = exporter.title(of: view)
    func expect(_ ok: Bool, _ message: String) {
      #expect(ok, "\(name): \(message)", sourceLocation: sourceLocation)
    }

    // Headings: the title first and alone at level 1, no level skipped on the way down.
    let headings = parsed.headings
    expect(headings.first?.level == 1, "the first heading is the title")
    expect(
      headings.first?.text == MarkdownText.clean(exporter.title(of: view)),
      "the title names the view")
    expect(headings.filter { $0.level == 1 }.count == 1, "one title")
    for (a, b) in zip(headings, headings.dropFirst()) where b.level > a.level + 1 {
      expect(false, "heading '\(b.text)' (level \(b.level)) skips a level after '\(a.text)'")
    }
    // Events: one heading each, in the exporter's (date) order.
    let eventHeadings = exporter.events(in: view).map { e in
      (e.when?.display ?? "Undated") + " — " + MarkdownText.clean(e.title)
    }
    let texts = headings.map(\.text)
    var position = texts.startIndex
    for expected in eventHeadings {
      guard let found = texts[position...].firstIndex(of: expected) else {
        expect(false, "no heading '\(expected)' in date order")
        break
      }
      position = found + 1
    }
    // Timelines: years in order, undated last.
    if case .timeline = view {
      let years = headings.filter { $0.level == 2 }.compactMap { Int($0.text) }
      expect(
        years == years.sorted() && Set(years).count == years.count, "year headings ascend: \(years)"
      )
    }

    // Footnotes: one definition per cited source, every reference resolved, none unused.
    let definitions = parsed.footnoteDefinitions
    let references = parsed.footnoteReferences
    expect(
      Set(definitions).count == definitions.count, "a footnote is defined twice: \(definitions)")
    expect(
      Set(references) == Set(definitions),
      "references \(Set(references)) ≠ definitions \(Set(definitions))")
    let written = try NSRegularExpression(pattern: #"(?<!\\)\[\^[a-z0-9-]+\](?!:)"#)
      .numberOfMatches(in: markdown, range: NSRange(markdown.startIndex..., in: markdown))
    expect(
      written == references.count,
      "\(written) footnote references written, \(references.count) resolved")
    let cited = citedSources(in: view, of: exporter, sectionNames: Set(texts))
    expect(
      definitions.count == cited.count,
      "\(definitions.count) footnotes for \(cited.count) cited sources")

    // Links: inside the document they land on a heading; outside, only web addresses.
    let anchors = Set(githubAnchors(texts))
    for link in parsed.nodes.filter({ $0.name == "link" }) {
      let destination = link.attributes["destination"] ?? ""
      if destination.hasPrefix("#") {
        expect(
          anchors.contains(String(destination.dropFirst())),
          "link \(destination) lands on no heading")
      } else {
        let lower = destination.lowercased()
        expect(
          lower.hasPrefix("https://") || lower.hasPrefix("http://"), "link to '\(destination)'")
      }
    }

    // No HTML: no HTML nodes, nothing GitHub would drop as raw HTML, no script.
    let htmlNodes = parsed.nodes.filter { $0.name == "html_block" || $0.name == "html_inline" }
    expect(htmlNodes.isEmpty, "raw HTML: \(htmlNodes.map(\.literal))")
    expect(!parsed.html.contains("raw HTML omitted"), "GitHub would drop raw HTML")
    expect(!parsed.html.lowercased().contains("<script"), "a script tag")
    expect(!parsed.html.lowercased().contains("<img"), "an image tag")

    // Tables: every row has the header's cells.
    for table in parsed.nodes.filter({ $0.name == "table" }) {
      let rows = table.children.map { $0.children.filter { $0.name == "table_cell" }.count }
      expect(Set(rows).count == 1, "table rows have \(rows) cells")
    }

    // Mermaid: only for timelines, and only lines Mermaid reads as intended.
    let mermaid = parsed.nodes.filter {
      $0.name == "code_block" && $0.attributes["info"] == "mermaid"
    }
    let codeBlocks = parsed.nodes.filter { $0.name == "code_block" }
    expect(codeBlocks.count == mermaid.count, "a code block from data")
    if case .timeline = view, !exporter.events(in: view).isEmpty {
      expect(mermaid.count == 1, "one Mermaid block")
      for block in mermaid { checkMermaid(block.literal, expect) }
    } else {
      expect(mermaid.isEmpty, "Mermaid outside a timeline")
    }

    // Nothing a terminal or a bidi-aware editor would act on.
    let bad = markdown.unicodeScalars.filter { s in
      (s.value < 0x20 && s != "\n") || (0x7F...0x9F).contains(s.value)
        || [0x061C, 0x200E, 0x200F, 0xFEFF].contains(s.value) || (0x202A...0x202E).contains(s.value)
        || (0x2066...0x2069).contains(s.value)
    }
    expect(bad.isEmpty, "control or bidi characters: \(bad.map { String($0.value, radix: 16) })")
  }

  private func checkMermaid(_ text: String, _ expect: (Bool, String) -> Void) {
    let lines = text.split(separator: "\n").map(String.init)
    expect(lines.first == "timeline", "Mermaid starts with 'timeline'")
    let label = #"[^:;#%<>`"{}\[\]]+"#
    let patterns = [
      #"^    title "# + label + "$", #"^    section "# + label + "$",
      "^        " + label + "( : " + label + ")+$",
    ]
    for line in lines.dropFirst()
    where !patterns.contains(where: { line.range(of: $0, options: .regularExpression) != nil }) {
      expect(false, "Mermaid line '\(line)'")
    }
  }

  /// The sources the statements in a view rest on: its events (with their discrepancy
  /// notes), the entities with a section, the relations shown, and the source itself.
  private func citedSources(
    in view: ExportView, of exporter: MarkdownExporter, sectionNames: Set<String>
  ) -> Set<
    String
  > {
    let index = exporter.index
    var ids: [String] = exporter.events(in: view).flatMap {
      $0.sources + $0.discrepancies.flatMap(\.sources)
    }
    ids += index.entitiesByKind.filter { sectionNames.contains(MarkdownText.clean($0.name)) }
      .flatMap(\.sources)
    switch view {
    case .dossier(let entity):
      ids +=
        entity.relations.flatMap(\.sources)
        + index.incomingRelations(to: entity.id).flatMap(\.relation.sources)
    case .source(let source):
      ids += [source.id] + index.citations(of: source.id).relations.flatMap(\.relation.sources)
    default: break
    }
    return Set(ids.filter { index.source(id: $0) != nil })
  }

  /// The anchors GitHub gives these headings, with "-1", "-2" for repeats (github-slugger).
  private func githubAnchors(_ headings: [String]) -> [String] {
    var seen: [String: Int] = [:]
    return headings.map { text in
      // Per code point, as GitHub's regular expression works: keep \p{L}, \p{M}, \p{N},
      // \p{Pc}, "-" and space; spaces become "-".
      var kept = String.UnicodeScalarView()
      for scalar in text.lowercased().unicodeScalars {
        let category = scalar.properties.generalCategory
        let isWord =
          scalar.properties.isAlphabetic || scalar.properties.numericType != nil
          || [.nonspacingMark, .spacingMark, .enclosingMark, .connectorPunctuation].contains(
            category)
        if scalar == " " {
          kept.append("-")
        } else if scalar == "-" || isWord {
          kept.append(scalar)
        }
      }
      let base = String(kept)
      var slug = base
      while seen[slug] != nil {
        seen[base, default: 0] += 1
        slug = base + "-" + String(seen[base] ?? 0)
      }
      seen[slug] = 0
      return slug
    }
  }
}
