import Foundation
import LeaklineModel
import Testing

@Suite struct NotebookSearchTests {
  static let index: CaseIndex = {
    // swift-format-ignore: NeverUseForceTry
    // The fixture is part of the source tree; a test without it cannot run anyway.
    try! CaseIndex(CaseFileLoader.load(path: TestFiles.fixture("small.case.json").path))
  }()

  static let notebook = Notebook([
    change(.mark, "event:massacre", at: 1, by: "Ana"),
    change(.mark, "entity:garcia", at: 2, by: "ben"),
    change(.note, "event:leak", at: 3, by: "ben", text: "The leak's date is disputed"),
    change(.label, "event:leak", at: 4, by: "ana", label: "needs-2nd-source"),
    change(.label, "source:court-record", at: 5, by: "ana", label: "checked"),
    change(.mark, "event:monument", at: 6, by: "ben"),
    change(.unmark, "event:monument", at: 7, by: "ben"),
    change(.mark, "event:renamed-away", at: 8, by: "ana"),
  ])

  struct Row: Sendable, CustomTestStringConvertible {
    var query: String
    var events: [String]
    var entities: [String] = []
    var sources: [String] = []
    var testDescription: String { "`\(query)`" }
  }

  static let rows: [Row] = [
    Row(query: "is:marked", events: ["massacre"], entities: ["garcia"]),
    Row(query: "IS:Marked", events: ["massacre"], entities: ["garcia"]),
    Row(query: "has:note", events: ["leak"]),
    Row(query: "has:label", events: ["leak"], sources: ["court-record"]),
    Row(query: "note:disputed", events: ["leak"]),
    Row(query: "note:\"date is\"", events: ["leak"]),
    Row(query: "note:missing", events: []),
    Row(query: "label:needs", events: ["leak"]),
    Row(query: "label:checked", events: [], sources: ["court-record"]),
    Row(query: "by:ana", events: ["leak", "massacre"], sources: ["court-record"]),
    Row(query: "by:BEN", events: ["leak"], entities: ["garcia"]),
    Row(query: "-is:marked by:ana", events: ["leak"], sources: ["court-record"]),
    Row(query: "is:marked massacre", events: ["massacre"]),
  ]

  @Test(arguments: rows) func findsWhatTheNotebookSays(_ row: Row) throws {
    let query = try SearchQuery.parse(row.query)
    #expect(query.usesNotebook)
    let search = NotebookSearch(Self.notebook, in: Self.index)
    let index = Self.index
    #expect(index.events(matching: query, notebook: search).map(\.id) == row.events)
    #expect(index.entities(matching: query, notebook: search).map(\.id) == row.entities)
    #expect(index.sources(matching: query, notebook: search).map(\.id) == row.sources)
    let matches = try #require(index.search.eventMatches(query, notebook: search))
    #expect(matches.count == row.events.count)
    // Without a notebook, notebook words match nothing (excluding one matches all).
    let without = index.events(matching: query)
    #expect(
      query.required.contains { if case .notebook = $0 { true } else { false } }
        ? without.isEmpty : true)
  }

  @Test func aNewMarkShowsInTheNextSearch() throws {
    var notebook = Self.notebook
    let query = try SearchQuery.parse("is:marked")
    #expect(
      Self.index.events(matching: query, notebook: NotebookSearch(notebook, in: Self.index)).count
        == 1)
    notebook.apply([change(.mark, "event:garcia-arrest", at: 9)])
    #expect(
      Self.index.events(matching: query, notebook: NotebookSearch(notebook, in: Self.index)).map(
        \.id)
        == ["massacre", "garcia-arrest"])
  }

  @Test(arguments: [
    ("is:starred", "'starred' is not a is; use one of: marked."),
    ("has:stars", "'stars' is not a has; use one of: note, label."),
    ("label:", "'label:' needs a value, e.g. label:word."),
  ])
  func refusesWhatItDoesNotKnow(_ query: String, _ message: String) {
    #expect(throws: SearchQueryError.self) { try SearchQuery.parse(query) }
    do {
      _ = try SearchQuery.parse(query)
    } catch {
      #expect(error.description == message)
    }
  }

  @Test func describesNotebookWords() throws {
    let query = try SearchQuery.parse("is:marked label:checked -by:ana note:toll has:note")
    #expect(
      query.description
        == "marked, label \"checked\", note \"toll\", with a note, not noted by \"ana\"")
  }
}
