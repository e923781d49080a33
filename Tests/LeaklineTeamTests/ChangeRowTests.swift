import LeaklineModel
import Testing

@testable import LeaklineTeam

/// Every text survives the trip into a row and back, NUL included, and only a change with
/// a NUL is stored escaped.
@Suite struct ChangeRowTests {
  static let texts: [String] = [
    "plain", "it's \"quoted\"", #"back\slash \\ and \0 typed"#, "nul\0inside", "\0",
    "\u{1B}[2J\u{1B}]0;title\u{7}", "\\", "trailing\\", "日本語 and emoji 🧾", "",
    "line\nbreak\r\ttab", "'; DROP TABLE leakline_notebook_changes; --",
  ]

  @Test(arguments: texts)
  func roundTrips(text: String) throws {
    let change = NotebookChange(
      id: "0123456789abcdef0123456789abcdef",
      at: NotebookTime(millisecondsSince1970: 1_765_000_000_123),
      by: "ana\0maría", target: NotebookTarget(.event, "allende-massacre"), operation: .note,
      text: text, label: nil, noteID: nil)
    let parameters = ChangeRow.parameters(for: change, caseKey: "case")
    #expect(!parameters.contains { $0?.contains("\0") == true })
    // The row as the server returns it: seq, id, v, milliseconds, author, target, op, text,
    // label, note id, escaped ('t'/'f').
    let row: [String?] = [
      "7", parameters[1], parameters[2], parameters[3], parameters[4], parameters[5],
      parameters[6], parameters[7], parameters[8], parameters[9],
      parameters[10] == "true" ? "t" : "f",
    ]
    let (seq, result) = ChangeRow.change(from: row)
    #expect(seq == 7)
    #expect(try result.get() == change)
  }

  @Test func plainTextIsStoredAsTyped() {
    let change = NotebookChange(
      id: "a", at: NotebookTime(millisecondsSince1970: 0), by: "ana",
      target: NotebookTarget(.source, "ref-3"), operation: .note, text: #"C:\path "x""#)
    let parameters = ChangeRow.parameters(for: change, caseKey: "case")
    #expect(parameters[7] == #"C:\path "x""#)
    #expect(parameters[10] == "false")
  }

  @Test func unknownVersionOrOperationIsReportedNotRead() {
    let base: [String?] = ["3", "id1", "1", "0", "ana", "event:e", "mark", nil, nil, nil, "f"]
    var newer = base
    newer[2] = "2"
    var odd = base
    odd[6] = "star"
    var target = base
    target[5] = "nowhere"
    for row in [newer, odd, target] {
      if case .success = ChangeRow.change(from: row).change { Issue.record("read \(row)") }
    }
    #expect((try? ChangeRow.change(from: base).change.get()) != nil)
  }
}
