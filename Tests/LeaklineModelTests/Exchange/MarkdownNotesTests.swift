import Foundation
import LeaklineModel
import Testing

/// The reader's notes in a Markdown export: in a block labelled as the reader's, with
/// author and date, after each record; left out with `showsNotes` false (`--no-notes`).
@Suite struct MarkdownNotesTests {
  static let notebook = Notebook([
    change(.mark, "event:massacre", at: 1_765_154_607_123, by: "ana"),
    change(
      .note, "event:massacre", id: "n1", at: 1_765_154_700_000, by: "ana",
      text: "Toll: the article says 70,\nthe record [3] says 300.\n\u{1B}[2J*not bold*"),
    change(
      .editNote, "event:massacre", at: 1_765_241_000_000, by: "ben",
      text: "Toll: 70 in the article, 300 in the record.", note: "n1"),
    change(.label, "event:massacre", at: 1_765_154_800_000, by: "ana", label: "needs-2nd-source"),
    change(.note, "entity:garcia", at: 1_765_154_900_000, by: "ben", text: "Check the 2019 arrest"),
  ])

  @Test func showsNotesOnlyWhenAsked() throws {
    var exporter = try ExportFixtures.small()
    let massacre = try #require(exporter.index.event(id: "massacre"))
    let garcia = try #require(exporter.index.entity(id: "garcia"))
    let plain = exporter.markdown(for: .event(massacre))
    exporter.notebook = Self.notebook
    ExportGolden.expect(
      exporter.markdown(for: .event(massacre)), named: "event-with-notes.md", in: "notes")
    ExportGolden.expect(
      exporter.markdown(for: .dossier(garcia)), named: "dossier-with-notes.md", in: "notes")
    exporter.showsNotes = false
    let without = exporter.markdown(for: .event(massacre))
    ExportGolden.expect(without, named: "event-without-notes.md", in: "notes")
    #expect(without == plain, "--no-notes gives the export without a notebook")
    #expect(!without.contains("Reader's notes"))
  }

  @Test func aNotebookSearchExportsWhatIsMarked() throws {
    var exporter = try ExportFixtures.small()
    exporter.notebook = Self.notebook
    let view = ExportView.searchResults(try SearchQuery.parse("is:marked"))
    #expect(exporter.events(in: view).map(\.id) == ["massacre"])
    #expect(exporter.defaultFileName(for: view) == "search-marked.md")
  }
}
