import LeaklineModel
import LeaklineUI
import Testing

/// `e`: the path prompt, the write effect, the answer, and asking before overwriting.
@Suite struct BrowserExportTests {
  /// An exporter that names the request, so tests see exactly what was asked for.
  static let exporter = ClosureExporter { request, _, caseName in "# \(request) from \(caseName)\n"
  }

  struct Failing: ViewExporter {
    struct Refusal: Error, CustomStringConvertible {
      var description: String { "this view has nothing to export." }
    }
    func markdown(for request: ExportRequest, index: CaseIndex, caseName: String) throws -> String {
      throw Refusal()
    }
  }

  @Test func withoutAnExporterEExplains() {
    var browser = Browser.started()
    #expect(browser.press(.character("e")) == [])
    #expect(browser.state.prompt == nil)
    #expect(
      browser.state.status
        == StatusMessage("Export is not available in this build.", isWarning: true))
  }

  @Test func exportingADossierAsksForAPathThenWritesIt() {
    var browser = Browser.started(exporter: Self.exporter)
    browser.press(.character("p"), .enter, .character("e"))
    #expect(browser.state.prompt?.purpose == .exportPath(.dossier(entityID: "garcia-luna")))
    #expect(browser.lines.last?.hasPrefix("Export to: garcia-luna.md") == true)
    let effects = browser.press(.enter)
    let contents = "# \(ExportRequest.dossier(entityID: "garcia-luna")) from small.case.json\n"
    #expect(effects == [.writeFile(path: "garcia-luna.md", contents: contents, overwrite: false)])
    #expect(browser.state.status?.text == "Writing 'garcia-luna.md'…")
    _ = browser.handle(.fileWritten(path: "garcia-luna.md", error: nil))
    #expect(browser.state.status?.text == "Wrote 'garcia-luna.md'.")
    #expect(browser.state.pendingExport == nil)
  }

  @Test func theDefaultNameSaysWhatIsFiltered() throws {
    var browser = Browser.started(exporter: Self.exporter)
    browser.press(.character("/"))
    browser.type("2019..2022")
    browser.press(.enter, .character("e"))
    let query = try SearchQuery.parse("2019..2022")
    #expect(browser.state.prompt?.purpose == .exportPath(.timeline(query: query)))
    #expect(browser.state.prompt?.text == "timeline-2019-2022.md")
  }

  @Test func thePathCanBeRetyped() {
    var browser = Browser.started(exporter: Self.exporter)
    browser.press(.character("s"), .character("e"), .control("u"))
    browser.type("notes/sources.md")
    let effects = browser.press(.enter)
    #expect(
      effects.first.map {
        if case .writeFile(let path, _, false) = $0 { return path == "notes/sources.md" }
        return false
      } == true)
  }

  @Test func anExistingFileIsOverwrittenOnlyAfterYes() {
    var browser = Browser.started(exporter: Self.exporter)
    browser.press(.character("e"))
    let path = "timeline.md"
    let contents = "# \(ExportRequest.timeline(query: nil)) from small.case.json\n"
    #expect(browser.press(.enter) == [.writeFile(path: path, contents: contents, overwrite: false)])
    _ = browser.handle(
      .fileWritten(path: path, error: "Cannot write 'timeline.md': it already exists."))
    #expect(browser.state.context == .confirm)
    #expect(browser.lines.last == " 'timeline.md' already exists. Overwrite it? (y/n)")

    // No keeps the file.
    #expect(browser.press(.character("n")) == [])
    #expect(browser.state.status?.text == "Kept 'timeline.md' as it was; nothing written.")

    // Yes writes over it.
    browser.press(.character("e"))
    _ = browser.press(.enter)
    _ = browser.handle(
      .fileWritten(path: path, error: "Cannot write 'timeline.md': it already exists."))
    #expect(
      browser.press(.character("y")) == [
        .writeFile(path: path, contents: contents, overwrite: true)
      ])
    _ = browser.handle(.fileWritten(path: path, error: nil))
    #expect(browser.state.status?.text == "Wrote 'timeline.md'.")
  }

  @Test func aFailedWriteIsShownAsAWarning() {
    var browser = Browser.started(exporter: Self.exporter)
    browser.press(.character("e"))
    _ = browser.press(.enter)
    let error = "Cannot write 'timeline.md': permission denied."
    _ = browser.handle(.fileWritten(path: "timeline.md", error: error))
    #expect(
      browser.state.status
        == StatusMessage("Export failed: \(error) Press e to try another path.", isWarning: true))
    #expect(browser.state.context == .view(.timeline))
  }

  @Test func anExporterErrorIsShownAndNothingIsWritten() {
    var browser = Browser.started(exporter: Failing())
    browser.press(.character("e"))
    #expect(browser.press(.enter) == [])
    #expect(
      browser.state.status
        == StatusMessage("Export failed: this view has nothing to export.", isWarning: true))
  }

  @Test func escapeCancelsTheExport() {
    var browser = Browser.started(exporter: Self.exporter)
    browser.press(.character("e"))
    #expect(browser.press(.escape) == [])
    #expect(browser.state.prompt == nil)
    #expect(browser.state.status?.text == "Export cancelled.")
  }

  @Test func anEmptyPathIsRefused() {
    var browser = Browser.started(exporter: Self.exporter)
    browser.press(.character("e"), .control("u"))
    #expect(browser.press(.enter) == [])
    #expect(browser.state.prompt?.error == "Type a file name, or Esc to cancel.")
  }

  struct Name: Sendable, CustomTestStringConvertible {
    var request: ExportRequest
    var expected: String
    var testDescription: String { expected }
  }

  static let names: [Name] = [
    Name(request: .timeline(query: nil), expected: "timeline.md"),
    Name(
      request: .people(query: try? SearchQuery.parse("García  Luna!")),
      expected: "people-garcia-luna.md"),
    Name(request: .event(id: "garcia-luna-arrest"), expected: "garcia-luna-arrest.md"),
    Name(request: .source(id: "ref:3"), expected: "ref-3.md"),
    Name(request: .sources(query: try? SearchQuery.parse("!!")), expected: "sources.md"),
  ]

  @Test(arguments: names)
  func defaultFileNames(_ name: Name) {
    #expect(name.request.defaultFileName == name.expected)
  }
}

/// The adapter to the model's Markdown exporter, as the executable wires it.
@Suite struct MarkdownViewExporterTests {
  @Test func aFilteredTimelineExportsAsFilteredMarkdown() {
    var browser = Browser.started(exporter: MarkdownViewExporter())
    browser.press(.character("/"))
    browser.type("2019..2022")
    browser.press(.enter, .character("e"))
    #expect(browser.state.prompt?.text == "timeline-2019-2022.md")
    guard case .writeFile(let path, let markdown, false)? = browser.press(.enter).first else {
      Issue.record("Enter in the export prompt did not write a file")
      return
    }
    #expect(path == "timeline-2019-2022.md")
    #expect(markdown.hasPrefix("# "))
    #expect(markdown.contains("García Luna arrested in Texas"))
    #expect(markdown.contains("Mexico shuts down the SIU"))
    #expect(!markdown.contains("Allende massacre"))
  }

  @Test func aDossierUsesTheExportersFileName() {
    var browser = Browser.started(exporter: MarkdownViewExporter())
    browser.press(.character("p"), .enter, .character("e"))
    #expect(browser.state.prompt?.text == "garcia-luna-dossier.md")
  }

  @Test func listsWithoutAMarkdownViewSayWhatToDoInstead() {
    var browser = Browser.started(exporter: MarkdownViewExporter())
    browser.press(.character("s"), .character("e"))
    #expect(browser.state.prompt == nil)
    #expect(
      browser.state.status
        == StatusMessage(
          "Open a source (Enter) to export it with everything citing it.", isWarning: true))
    browser.press(.character("p"), .character("e"))
    #expect(browser.state.status?.text == "Search (/) or open a dossier (Enter) to export people.")
    browser.press(.character("/"))
    browser.type("garcia")
    browser.press(.enter, .character("e"))
    #expect(browser.state.prompt?.text == "search-garcia.md")
  }
}
