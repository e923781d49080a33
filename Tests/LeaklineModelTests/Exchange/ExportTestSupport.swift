import Foundation
import LeaklineArticle
import LeaklineModel
import Testing

/// The case files and views the export tests use, and the golden files they compare with.
enum ExportFixtures {
  /// `Tests/LeaklineModelTests/Goldens/export`.
  static let goldens = TestFiles.testsFolder.appendingPathComponent("Goldens/export")

  /// The small fixture, named as the CLI names it for `--case small.case.json`.
  static func small() throws -> MarkdownExporter {
    MarkdownExporter(index: try Small.index(), caseName: "small.case.json")
  }

  /// The article's case file as the binary embeds it, named as the CLI names it.
  static func article(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
    -> MarkdownExporter
  {
    do {
      let file = try CaseFileLoader.load(
        bytes: ArticleCaseFile.bytes, name: ArticleCaseFile.displayName)
      return MarkdownExporter(index: CaseIndex(file), caseName: ArticleCaseFile.displayName)
    } catch {
      Issue.record(
        "The article's case file does not load:\n\(error)", sourceLocation: sourceLocation)
      throw error
    }
  }

  /// One view of every kind, chosen by what records say rather than by id, so the same
  /// list works for the fixture and the article: the whole timeline, 2019–2022, García
  /// Luna's events, the Allende massacre, García Luna's dossier, reference 6 (or one with
  /// several numbers), a supplementary source, and a text and a field search.
  static func views(of exporter: MarkdownExporter) throws -> [ExportView] {
    let index = exporter.index
    let garcia = try #require(
      index.entitiesByKind.first { TextFolding.fold($0.name).contains("garcia luna") },
      "no entity named like 'García Luna'")
    let allende = index.events(matching: try SearchQuery.parse("allende"))
    let massacre = try #require(
      allende.first { TextFolding.fold($0.kind ?? "") == "massacre" } ?? allende.first
        ?? index.timeline.first)
    let reference = try #require(
      index.source(ref: 6) ?? index.sourcesInOrder.first { $0.refs.count > 1 }
        ?? index.sourcesInOrder.first(where: \.isArticleReference))
    var views: [ExportView] = [
      .wholeTimeline,
      .timeline(years: 2019...2022),
      .timeline(person: "garcia luna"),
      .event(massacre),
      .dossier(garcia),
      .source(reference),
      .searchResults(try SearchQuery.parse("garcia luna")),
      .searchResults(try SearchQuery.parse("year:2011 kind:massacre")),
    ]
    if let supplementary = index.sourcesInOrder.first(where: { !$0.isArticleReference }) {
      views.append(.source(supplementary))
    }
    return views
  }
}

/// Golden Markdown files: `Goldens/export/<folder>/<default file name of the view>`.
enum ExportGolden {
  /// Compares `markdown` with its golden file.
  ///
  /// A missing golden, or `RECORD_GOLDENS=1`, writes the file and fails the test, so a new
  /// export is never accepted without someone reading it.
  static func expect(
    _ markdown: String, named name: String, in folder: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let url = ExportFixtures.goldens.appendingPathComponent(folder).appendingPathComponent(name)
    expect(
      markdown, file: url, shown: "Goldens/export/\(folder)/\(name)", sourceLocation: sourceLocation
    )
  }

  /// Compares `markdown` with the file at `url` (`shown` names it in messages).
  static func expect(
    _ markdown: String, file url: URL, shown: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let recording = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
    guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
      do {
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try markdown.write(to: url, atomically: true, encoding: .utf8)
        Issue.record(
          "Recorded \(shown). Review it (git diff, or open it on GitHub), then run again without RECORD_GOLDENS.",
          sourceLocation: sourceLocation)
      } catch {
        Issue.record(
          "Cannot write the golden \(url.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard markdown != expected else { return }
    let got = markdown.split(separator: "\n", omittingEmptySubsequences: false)
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let first =
      zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(got.count, want.count)
    let line = { (lines: [Substring]) in
      first < lines.count ? String(lines[first]) : "<end of file>"
    }
    Issue.record(
      """
      The export differs from \(shown) at line \(first + 1):
        expected: \(line(want))
        actual:   \(line(got))
      If the change is intended, run with RECORD_GOLDENS=1 and review the diff.
      """, sourceLocation: sourceLocation)
  }
}

extension ExportFixtures {
  /// Text that tries everything: table pipes, emphasis, HTML and script, code, links with
  /// `javascript:`, terminal escapes, bell, bidi overrides, math, entities, strike-through,
  /// pandoc attributes and citations, a forged footnote and an HTML comment.
  static let hostileText =
    "Pipe | star * under_score <script>alert(1)</script> `tick` [link](javascript:x) "
    + "\u{1B}[31mred\u{1B}[0m bell\u{07} \u{202E}evil\u{202C} $x$ &amp; ~~strike~~ {#id} @cite ^sup^ "
    + "[^ref-1] <!-- comment --> [\u{301}accent](javascript:y)"

  /// A case file whose every string is hostile, built in code so it can hold what the
  /// loader would refuse (a `javascript:` URL, ids with spaces, dangling references): the
  /// exporter must be safe on any model, not only on validated files.
  static func hostile() -> MarkdownExporter {
    let date = { (text: String) in DateSpan(start: CaseDate.iso(text)) }
    let file = CaseFile(
      title: "# Hostile <b>case</b> | file\u{1B}]0;pwned\u{07}",
      summary: "- list?\n\n# heading\n<div>html</div>\n```\nfence",
      sources: [
        Source(
          id: "ref x", title: "Title ] with [^fn] and <img src=x onerror=alert(1)>", refs: [1],
          authors: ["*Bold* Author", "<b>Tag</b>"], publisher: "Pub | lisher_",
          published: CaseDate.iso("2020"),
          url: "javascript:alert(1)"),
        Source(
          id: "weird id <x>", title: "Second\nline", url: "https://example.org/a b<c>",
          isURLConfirmed: false),
        Source(
          id: "good", title: "Good", url: "https://example.org/ok?a=1&b=2", note: "- note | *x*"),
      ],
      entities: [
        Entity(
          id: "e1", kind: .person, name: "# Evil | Name *",
          aliases: ["<script>x</script>", "`code`"],
          role: "1. not a list", summary: "+ plus\n- minus\n= eq\n> quote\n    indented",
          sources: ["ref x"],
          relations: [
            Relation(
              to: "e2", type: "pays | bribes *to*", sources: ["weird id <x>"],
              note: "note | with pipe\nnewline"),
            Relation(to: "ghost", type: "<i>haunts</i>", sources: ["missing"]),
          ]),
        Entity(id: "e2", kind: .group, name: "Group: with; colons # hash", sources: ["good"]),
        Entity(id: "e3", kind: .organization, name: hostileText, sources: ["good"]),
      ],
      events: [
        Event(
          id: "ev1", when: date("2011-03-18"), title: hostileText, place: "Place | <i>x</i>",
          kind: "k*",
          status: .disputed, actors: ["e1", "e2", "e3", "nobody"],
          summary: "```\ncode fence\n```\n~~~\n| a | b |\n|---|---|\n<script>alert(2)</script>",
          sources: ["ref x", "good", "missing"], tags: ["t|g"],
          discrepancies: [
            Discrepancy(
              article: "Article <says> | *this*", record: "Record [shows](http://x) `that`",
              sources: ["weird id <x>"])
          ]),
        Event(
          id: "ev2", when: date("2012"), title: "2012. Numbered: colon; semicolon # and %% comment",
          actors: ["e2"], sources: ["good"]),
        Event(
          id: "ev3", when: nil, title: "- dash \u{2066}iso\u{2069} \u{85}nel \u{9B}csi",
          sources: ["good"]),
      ])
    return MarkdownExporter(index: CaseIndex(file), caseName: "hostile \u{1B}[2J.case.json")
  }

  /// Every view of the hostile case file.
  static func hostileViews(of exporter: MarkdownExporter) throws -> [ExportView] {
    let index = exporter.index
    return [
      .wholeTimeline,
      .timeline(SearchQuery(required: [.word("pipe")])),
      .event(try #require(index.event(id: "ev1"))),
      .dossier(try #require(index.entity(id: "e1"))),
      .dossier(try #require(index.entity(id: "e3"))),
      .source(try #require(index.source(id: "ref x"))),
      .source(try #require(index.source(id: "weird id <x>"))),
      .searchResults(try SearchQuery.parse("pipe")),
    ]
  }
}
