import Foundation
import Testing

/// `leakline init`: the starter it writes is valid, browsable from the CLI, has each kind
/// of date, and never replaces a file that is already there.
@Suite struct InitCommandTests {
  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leakline-init-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func initThenValidateExitsZero() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("x.json").path
    let written = try CLI.run("init", path)
    #expect(written.status == 0, "\(written.summary)")
    #expect(written.stdout.contains("Wrote an example case file to \(path)."))
    let checked = try CLI.run("validate", path)
    #expect(checked.status == 0, "\(checked.summary)")
    #expect(checked.stdout.contains("valid — 3 events, 2 people & units, 1 sources."))
  }

  @Test func theStarterHasEachKindOfDateAndIsMarkedAsAnExample() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("x.json").path
    try #require(try CLI.run("init", path).status == 0)
    let listed = try CLI.run("--case", path, "list")
    try #require(listed.status == 0, "\(listed.summary)")
    #expect(listed.stdout.contains("18 Mar 2019"))  // a day
    #expect(listed.stdout.contains("Jun 2019"))  // a month
    #expect(listed.stdout.contains("c. 2019–2020"))  // an approximate range
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("An EXAMPLE written by 'leakline init'"))
  }

  @Test func initNeverReplacesAnExistingFile() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("mine.json").path
    try Data("my notes\n".utf8).write(to: URL(fileURLWithPath: path))
    let result = try CLI.run("init", path)
    #expect(result.status == 1, "\(result.summary)")
    #expect(result.stderr.contains("never replaces a file"), "\(result.summary)")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "my notes\n")
  }

  @Test func initIntoAMissingFolderSaysSo() throws {
    let result = try CLI.run("init", "/nonexistent-leakline-folder/x.json")
    #expect(result.status == 1, "\(result.summary)")
    #expect(result.stderr.contains("does not exist"), "\(result.summary)")
  }
}
