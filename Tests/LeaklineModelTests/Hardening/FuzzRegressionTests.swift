import LeaklineModel
import Testing

/// One test per crash the fuzz targets (Tests/fuzz/) found. The crashing input is kept in
/// Tests/fuzz/crashes/<target>/ too, so every fuzz run replays it first.
@Suite struct FuzzRegressionTests {
  /// A small case like the query target's fixed case: the haystacks that matter.
  static func index() throws -> CaseIndex {
    let json = #"""
      {"leakline": 1, "title": "t",
       "sources": [{"id": "court", "title": "Court record \u009b2J"}, {"id": "nul", "title": "Before\u0000after"}],
       "entities": [{"id": "unit", "kind": "unit", "name": "Vetted unit \u001b[2J", "sources": ["court"]}],
       "events": [{"id": "e", "date": "2011", "title": "Massacre\u0000 in a town", "actors": ["unit"], "sources": ["court"]}]}
      """#
    return CaseIndex(try CaseFileLoader.load(bytes: Array(json.utf8), name: "fixed.json"))
  }

  /// crashes/query/crash-8ccfa9c5…: `show`/`search` with "rt\0\0\0 c\0urt" trapped with
  /// "String index is out of bounds" inside Foundation's `String.contains`, which on Linux
  /// reads a needle holding NUL as a C string. Fixed in `TextFolding.fold` (NUL → "␀").
  @Test func aQueryHoldingNULDoesNotTrap() throws {
    let index = try Self.index()
    let text = "rt\u{0}\u{0}\u{0} c\u{0}urt"
    _ = index.resolve(text)
    let query = try SearchQuery.parse(text)
    #expect(index.events(matching: query).isEmpty)
    #expect(index.sources(matching: query).isEmpty)
  }

  /// With NUL folded the same way on both sides, search finds NUL exactly, and no more:
  /// Foundation alone said "court".contains("rt\0") was true.
  @Test func nulMatchesOnlyNUL() throws {
    let index = try Self.index()
    #expect(TextFolding.fold("A\u{0}B") == "a␀b")
    #expect(TextFolding.fold("Á\u{0}B") == "a␀b")
    #expect(index.events(matching: try SearchQuery.parse("massacre\u{0}")).map(\.id) == ["e"])
    #expect(index.events(matching: try SearchQuery.parse("massacr\u{0}")).isEmpty)
    #expect(
      index.sources(matching: try SearchQuery.parse("\"before\u{0}after\"")).map(\.id) == ["nul"])
    #expect(index.sources(matching: try SearchQuery.parse("record\u{0}")).isEmpty)
  }
}
