import Foundation
import Testing

/// `browse --open/--query/--view` refuse what they cannot start on before the terminal is
/// touched, and `show` ends with the command that opens its record.
@Suite struct LinkInCLITests {
  @Test func showPrintsTheCommandThatOpensTheRecord() throws {
    let result = try CLI.run("show", "allende-massacre")
    #expect(result.status == 0, "\(result.summary)")
    #expect(result.lines.last == "Open it: leakline browse --open allende-massacre")
  }

  @Test func aCaseFileNameWithSpacesIsQuotedForTheShell() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leakline link \(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("it's mine.json").path
    try #require(try CLI.run("init", path).status == 0)
    let result = try CLI.run("--case", path, "show", "example-day")
    let quoted = "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    #expect(result.lines.last == "Open it: leakline --case \(quoted) browse --open example-day")
  }

  @Test func aCaseFileFromStandardInputIsNamedAsSuch() throws {
    let result = try FilesAndStreamsCLITests.shell(
      "\"$LEAKLINE\" --case - show allende-massacre < \"$CASE\"")
    #expect(result.status == 0, "\(result.summary)")
    #expect(result.lines.last == "Open it: leakline --case - browse --open allende-massacre")
  }

  @Test(arguments: [
    (
      ["browse", "--view", "calendar"],
      "'calendar' is not a view. Views: timeline, people, sources, notebook."
    ),
    (["browse", "--open", "nobody-at-all"], "is called 'nobody-at-all'"),
    (["browse", "--query", "year:soon"], "--query: 'soon' is not a year"),
  ])
  func badStartOptionsAreAnErrorWithoutATerminal(_ arguments: [String], _ message: String) throws {
    let result = try CLI.run(arguments)
    #expect(result.status == 1, "\(result.summary)")
    #expect(result.stderr.contains(message), "\(result.summary)")
  }
}
