import Foundation
import LeaklineModel
import Testing

extension Resolution {
  /// The entity resolved, if the name resolved to one.
  fileprivate var entity: Entity? {
    if case .entity(let e) = self { return e }
    return nil
  }
}

/// What the exporter writes for each kind of view, checked against golden files, and the
/// promises the goldens alone cannot show (determinism, the stamp, file names).
@Suite struct MarkdownExporterTests {
  @Test func smallFixtureMatchesGoldens() throws {
    let exporter = try ExportFixtures.small()
    for view in try ExportFixtures.views(of: exporter) {
      ExportGolden.expect(
        exporter.markdown(for: view), named: exporter.defaultFileName(for: view), in: "small")
    }
  }

  @Test func articleMatchesGoldens() throws {
    let exporter = try ExportFixtures.article()
    for view in try ExportFixtures.views(of: exporter) {
      ExportGolden.expect(
        exporter.markdown(for: view), named: exporter.defaultFileName(for: view), in: "article")
    }
  }

  /// docs/examples holds real exports of the article's case file, exactly as
  /// `leakline export --show "garcia luna" -o -` and `leakline export --year 2019..2022 -o -`
  /// print them; RECORD_GOLDENS=1 regenerates them with the goldens.
  @Test func docsExamplesAreCurrent() throws {
    let exporter = try ExportFixtures.article()
    let examples = TestFiles.packageRoot.appendingPathComponent("docs/examples")
    let garcia = try #require(exporter.index.resolve("garcia luna").entity)
    for (name, view) in [
      ("garcia-luna-dossier.md", ExportView.dossier(garcia)),
      ("timeline-2019-2022.md", .timeline(years: 2019...2022)),
    ] {
      ExportGolden.expect(
        exporter.markdown(for: view), file: examples.appendingPathComponent(name),
        shown: "docs/examples/" + name)
    }
  }

  /// A view's document depends on the view alone, not on what was exported before it nor
  /// on which load of the file it comes from: the index's caches (warm after exporting
  /// every other view, cold in a fresh load) and its hash tables (seeded per table, so two
  /// loads iterate them differently) must not show. The goldens hold the bytes across runs.
  @Test func sameViewGivesSameBytes() throws {
    let warm = try ExportFixtures.article()
    let views = try ExportFixtures.views(of: warm)
    let warmedUp = views.map { warm.markdown(for: $0) }
    for (view, earlier) in zip(views, warmedUp).reversed() {
      let cold = try ExportFixtures.article().markdown(for: view)
      #expect(warm.markdown(for: view) == cold, "\(warm.title(of: view)) after every other view")
      #expect(earlier == cold, "\(warm.title(of: view)) after the views before it")
    }
  }

  @Test func stampAddsOneLineAndNothingElse() throws {
    let exporter = try ExportFixtures.small()
    let plain = exporter.markdown(for: .wholeTimeline).split(
      separator: "\n", omittingEmptySubsequences: false)
    let stamped = exporter.markdown(for: .wholeTimeline, stamp: "2026-11-27 16:40 UTC")
      .split(separator: "\n", omittingEmptySubsequences: false)
    #expect(stamped.filter { !plain.contains($0) } == ["- **Generated:** 2026-11-27 16:40 UTC"])
    #expect(stamped.count == plain.count + 1)
    #expect(!plain.joined().contains("Generated"))
  }

  @Test func documentNamesTheViewTheCaseFileAndTheFilter() throws {
    let exporter = try ExportFixtures.small()
    let markdown = exporter.markdown(for: .timeline(years: 2019...2022, person: "García"))
    let lines = markdown.split(separator: "\n").map(String.init)
    #expect(lines[0] == "# Timeline: in 2019–2022, person \"garcia\"")
    #expect(lines.contains("- **Case file:** *A small test case* — small.case.json"))
    #expect(lines.contains("- **Filter:** in 2019–2022, person \"garcia\""))
  }

  @Test func footnotesGiveTheFullReference() throws {
    let exporter = try ExportFixtures.small()
    let markdown = exporter.markdown(for: .wholeTimeline)
    let lines = markdown.split(separator: "\n").map(String.init)
    #expect(
      lines.contains(
        "[^ref-1]: Ana Núñez, “First report”, *Daily Example*, 14 Dec 2019. <https://example.org/first>. Article ref \\[1\\]."
      ))
    // One document, two reference numbers; an unconfirmed URL is flagged.
    #expect(
      lines.contains {
        $0.hasPrefix("[^ref-2]: ") && $0.contains("Article ref \\[2\\], also \\[5\\]")
          && $0.contains("(unconfirmed")
      })
    // A supplementary source is labelled as such and never numbered as the article's.
    #expect(
      lines.contains {
        $0.hasPrefix("[^src-court-record]: ") && $0.contains("Supplementary source")
          && !$0.contains("Article ref")
      })
  }

  @Test func timelineHasMermaidAndOtherViewsDoNot() throws {
    let exporter = try ExportFixtures.small()
    for view in try ExportFixtures.views(of: exporter) {
      let markdown = exporter.markdown(for: view)
      if case .timeline = view {
        #expect(
          markdown.contains("```mermaid\ntimeline\n    title "), "\(exporter.title(of: view))")
      } else {
        #expect(!markdown.contains("```mermaid"), "\(exporter.title(of: view))")
      }
    }
  }

  @Test func dossierLinksActorsToTheirSections() throws {
    let exporter = try ExportFixtures.small()
    let garcia = try #require(exporter.index.entity(id: "garcia"))
    let markdown = exporter.markdown(for: .dossier(garcia))
    #expect(
      markdown.contains(
        "- **Who:** [Genaro García Luna](#genaro-garcía-luna), [Sinaloa Cartel](#sinaloa-cartel)"))
    #expect(markdown.contains("\n## Genaro García Luna\n"))
    #expect(markdown.contains("\n### Sinaloa Cartel\n"))
    #expect(
      markdown.contains(
        "| **Genaro García Luna** | took bribes from | [Sinaloa Cartel](#sinaloa-cartel) |"))
  }

  @Test func discrepanciesSayWhatTheArticleSaysAndWhatTheRecordShows() throws {
    let exporter = try ExportFixtures.small()
    let arrest = try #require(exporter.index.event(id: "cienfuegos-arrest"))
    let markdown = exporter.markdown(for: .event(arrest))
    #expect(
      markdown.contains(
        "> **Article says:** Arrested in Miami.\n>\n> **Record shows:** Arrested at LAX.[^src-court-record]"
      ))
  }

  @Test func emptyFilterSaysSo() throws {
    let exporter = try ExportFixtures.small()
    let view = ExportView.timeline(years: 1900...1901)
    #expect(exporter.isEmpty(view))
    #expect(exporter.markdown(for: view).contains("\nNo events match this filter.\n"))
    #expect(!exporter.markdown(for: view).contains("```mermaid"))
  }

  struct NameRow: Sendable, CustomTestStringConvertible {
    var view: @Sendable (CaseIndex) throws -> ExportView
    var expected: String
    var testDescription: String { expected }
  }

  static let names: [NameRow] = [
    NameRow(view: { _ in .wholeTimeline }, expected: "timeline.md"),
    NameRow(view: { _ in .timeline(years: 2019...2022) }, expected: "timeline-2019-2022.md"),
    NameRow(view: { _ in .timeline(years: 2011...2011) }, expected: "timeline-2011.md"),
    NameRow(view: { _ in .timeline(years: 1...2012) }, expected: "timeline-to-2012.md"),
    NameRow(
      view: { _ in .timeline(years: 2019...2022, person: "García Luna") },
      expected: "timeline-2019-2022-garcia-luna.md"
    ),
    NameRow(
      view: { .event(try #require($0.event(id: "massacre"))) }, expected: "event-massacre.md"),
    NameRow(
      view: { .dossier(try #require($0.entity(id: "garcia"))) }, expected: "garcia-dossier.md"),
    NameRow(view: { .dossier(try #require($0.entity(id: "tokyo"))) }, expected: "tokyo-dossier.md"),
    NameRow(view: { .source(try #require($0.source(ref: 5))) }, expected: "reference-2.md"),
    NameRow(
      view: { .source(try #require($0.source(id: "court-record"))) },
      expected: "source-court-record.md"),
    NameRow(
      view: { _ in
        .searchResults(try SearchQuery.parse(#"person:"garcía luna" -trial kind:arrest"#))
      },
      expected: "search-garcia-luna-kind-arrest-not-trial.md"),
    NameRow(
      view: { _ in .searchResults(try SearchQuery.parse("../../etc/passwd")) },
      expected: "search-etc-passwd.md"),
    NameRow(view: { _ in .searchResults(try SearchQuery.parse("東京")) }, expected: "search.md"),
  ]

  @Test(arguments: names)
  func defaultFileNameIsSafeAndSaysWhatItIs(_ row: NameRow) throws {
    let exporter = try ExportFixtures.small()
    #expect(exporter.defaultFileName(for: try row.view(exporter.index)) == row.expected)
  }
}
