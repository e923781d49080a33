import LeaklineModel
import Testing

@Suite struct NotebookLocationTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var casePath: String?
    var writable: Bool
    var xdg: String?
    var home: String?
    var expected: String?
    var testDescription: String { "\(casePath ?? "built-in") writable=\(writable)" }
  }

  static let rows: [Row] = [
    Row(
      casePath: "/cases/allende.case.json", writable: true, xdg: nil, home: "/home/ana",
      expected: "/cases/allende.notes.jsonl"),
    Row(
      casePath: "/cases/leak.json", writable: true, xdg: nil, home: nil,
      expected: "/cases/leak.notes.jsonl"),
    Row(
      casePath: "/cases/leak", writable: true, xdg: nil, home: nil,
      expected: "/cases/leak.notes.jsonl"),
    Row(
      casePath: "/ro/allende.case.json", writable: false, xdg: "/xdg", home: "/home/ana",
      expected: "/xdg/leakline/notes/el-caso-allende-"),
    Row(
      casePath: "/ro/allende.case.json", writable: false, xdg: nil, home: "/home/ana/",
      expected: "/home/ana/.local/share/leakline/notes/el-caso-allende-"),
    Row(
      casePath: "/ro/allende.case.json", writable: false, xdg: "relative/ignored", home: "/h",
      expected: "/h/.local/share/leakline/notes/el-caso-allende-"),
    Row(
      casePath: nil, writable: true, xdg: nil, home: "/home/ana",
      expected: "/home/ana/.local/share/leakline/notes/el-caso-allende-"),
    Row(casePath: nil, writable: false, xdg: nil, home: nil, expected: nil),
  ]

  @Test(arguments: rows) func choosesThePlace(_ row: Row) {
    let location = NotebookLocation.defaultFor(
      casePath: row.casePath, caseFolderIsWritable: row.writable, caseTitle: "El caso Allende",
      xdgDataHome: row.xdg, home: row.home)
    guard let expected = row.expected else {
      #expect(location == nil)
      return
    }
    #expect(location?.path.hasPrefix(expected) == true, "\(location?.path ?? "nil")")
    #expect(location?.path.hasSuffix(".notes.jsonl") == true)
    #expect(location?.createsFolder == expected.contains("/leakline/notes/"))
  }

  @Test func twoCasesWithOneTitleNeverShareANotebook() {
    func place(_ path: String?) -> String? {
      NotebookLocation.defaultFor(
        casePath: path, caseFolderIsWritable: false, caseTitle: "Leak", xdgDataHome: nil,
        home: "/h")?.path
    }
    let all = [place("/a/leak.json"), place("/b/leak.json"), place(nil)]
    #expect(Set(all.compactMap { $0 }).count == 3)
    #expect(place("/a/leak.json") == place("/a/leak.json"))
  }
}
