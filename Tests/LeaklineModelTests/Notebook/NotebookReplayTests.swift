import LeaklineModel
import Testing
import _LeaklineSynthetic

@Suite struct NotebookReplayTests {
  static let massacre = "event:allende-massacre"
  static let garcia = "entity:garcia-luna"

  /// A day of checking by two people, whose clocks interleave.
  static let day: [NotebookChange] = [
    change(.mark, massacre, id: "a1", at: 1000, by: "ana"),
    change(.note, massacre, id: "n1", at: 1001, by: "ana", text: "Death toll differs"),
    change(.label, massacre, id: "a2", at: 1002, by: "ana", label: "needs-2nd-source"),
    change(.mark, garcia, id: "b1", at: 1003, by: "ben"),
    change(.editNote, massacre, id: "b2", at: 1004, by: "ben", text: "Toll: 70 vs 300", note: "n1"),
    change(.note, garcia, id: "n2", at: 1005, by: "ben", text: "Check the 2019 arrest date"),
    change(.unmark, garcia, id: "a3", at: 1006, by: "ana"),
    change(.label, massacre, id: "b3", at: 1007, by: "ben", label: "checked"),
    change(.unlabel, massacre, id: "a4", at: 1008, by: "ana", label: "needs-2nd-source"),
    change(.note, garcia, id: "n3", at: 1009, by: "ana", text: "Delete me"),
    change(.deleteNote, garcia, id: "a5", at: 1010, by: "ana", note: "n3"),
    change(
      .saveSearch, "search:open", id: "a6", at: 1011, by: "ana", text: "is:marked -label:checked",
      label: "open"),
    change(.saveSearch, "search:gone", id: "a7", at: 1012, by: "ana", text: "x", label: "gone"),
    change(.deleteSearch, "search:gone", id: "a8", at: 1013, by: "ana", label: "gone"),
  ]

  func expectDayState(_ n: Notebook, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let m = NotebookTarget(Self.massacre)!
    let g = NotebookTarget(Self.garcia)!
    #expect(n.isMarked(m), sourceLocation: sourceLocation)
    #expect(!n.isMarked(g), sourceLocation: sourceLocation)
    #expect(n.notes(on: m).map(\.text) == ["Toll: 70 vs 300"], sourceLocation: sourceLocation)
    #expect(n.notes(on: m).first?.written.by == "ana", sourceLocation: sourceLocation)
    #expect(n.notes(on: m).first?.edited?.by == "ben", sourceLocation: sourceLocation)
    #expect(
      n.notes(on: m).first?.history.map(\.text) == ["Death toll differs"],
      sourceLocation: sourceLocation)
    #expect(
      n.notes(on: g).map(\.text) == ["Check the 2019 arrest date"], sourceLocation: sourceLocation)
    #expect(n.labels(on: m) == ["checked"], sourceLocation: sourceLocation)
    #expect(Array(n.savedSearches.keys) == ["open"], sourceLocation: sourceLocation)
    #expect(
      n.savedSearches["open"]?.query == "is:marked -label:checked", sourceLocation: sourceLocation)
    #expect(n.targets == [g, m], sourceLocation: sourceLocation)
  }

  @Test func replaysInOrder() {
    expectDayState(Notebook(Self.day))
  }

  @Test(arguments: 0..<20) func givesTheSameStateInAnyOrder(_ seed: Int) {
    var generator = SplitMix64(seed: UInt64(seed))
    let shuffled = Self.day.shuffled(using: &generator)
    expectDayState(Notebook(shuffled))
    // Applied one at a time, out of order, with duplicates (a resend, a union merge).
    var n = Notebook()
    for c in shuffled + shuffled.prefix(5) { n.apply([c]) }
    expectDayState(n)
    #expect(n.changes.count == Self.day.count)
  }

  @Test func twoFilesConcatenatedEitherWayAgree() {
    let ana = Self.day.filter { $0.by == "ana" }
    let ben = Self.day.filter { $0.by == "ben" }
    let one = Notebook(ana + ben)
    let two = Notebook(ben + ana)
    #expect(one.changes == two.changes)
    expectDayState(one)
  }

  @Test func sameTimeIsOrderedByChangeID() {
    let later = change(.unmark, Self.massacre, id: "b", at: 5)
    let earlier = change(.mark, Self.massacre, id: "a", at: 5)
    #expect(!Notebook([later, earlier]).isMarked(NotebookTarget(Self.massacre)!))
  }

  @Test func keepsOrphansAndListsThem() throws {
    let index = CaseIndex(try CaseFileLoader.load(path: TestFiles.fixture("small.case.json").path))
    let known = try #require(index.timeline.first)
    let n = Notebook([
      change(.note, "event:\(known.id)", text: "fine"),
      change(.note, "event:renamed-away", text: "still here"),
      change(.mark, "source:no-such-source"),
      change(.saveSearch, "search:x", text: "x", label: "x"),
    ])
    #expect(
      n.orphans(in: index) == [
        NotebookTarget(.event, "renamed-away"), NotebookTarget(.source, "no-such-source"),
      ])
    #expect(n.notes(on: NotebookTarget(.event, "renamed-away")).map(\.text) == ["still here"])
  }
}
