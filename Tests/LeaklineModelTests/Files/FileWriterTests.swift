import Foundation
import LeaklineModel
import Testing

/// Writing exports: all or nothing, never over an existing file unless asked, and a
/// message a person can act on when it cannot be done.
@Suite struct FileWriterTests {
  /// A fresh, empty folder for one test.
  static func folder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leakline-writer-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  static func contents(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  static func listing(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }

  @Test func writesTheWholeFileAndNothingElse() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let text = String(repeating: "García Luna | línea\n", count: 50_000)
    try FileWriter.write(text, to: folder + "/out.md", overwrite: false)
    #expect(Self.contents(folder + "/out.md") == text)
    #expect(Self.listing(folder) == ["out.md"], "no temporary file is left")
  }

  @Test func keepsAnExistingFileWithoutOverwrite() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "precious".write(toFile: folder + "/out.md", atomically: false, encoding: .utf8)
    #expect(throws: FileWriteError(path: folder + "/out.md", reason: .alreadyExists)) {
      try FileWriter.write("new", to: folder + "/out.md", overwrite: false)
    }
    #expect(Self.contents(folder + "/out.md") == "precious")
    #expect(Self.listing(folder) == ["out.md"])
  }

  @Test func replacesAnExistingFileWithOverwriteKeepingItsPermissions() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/out.md"
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
    try FileWriter.write("new", to: path, overwrite: true)
    #expect(Self.contents(path) == "new")
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o640)
    #expect(Self.listing(folder) == ["out.md"])
  }

  struct FailureRow: Sendable, CustomTestStringConvertible {
    var path: @Sendable (String) -> String
    var message: @Sendable (String) -> String
    var testDescription: String
  }

  static let failures: [FailureRow] = [
    FailureRow(
      path: { $0 + "/missing/out.md" },
      message: {
        "Cannot write '\($0)/missing/out.md'. The folder '\($0)/missing' does not exist; create it, or choose another folder."
      },
      testDescription: "a missing folder"),
    FailureRow(
      path: { _ in "/etc/hostname/out.md" },
      message: { _ in
        "Cannot write '/etc/hostname/out.md'. '/etc/hostname' is not a folder; choose a path inside a folder."
      },
      testDescription: "a path under a regular file (read-only for root too)"),
    FailureRow(
      path: { $0 },
      message: {
        "Cannot write '\($0)'. It is a folder; give a file name, such as '\($0)/export.md'."
      },
      testDescription: "a folder"),
    FailureRow(
      path: { $0 + "/" },
      message: {
        "Cannot write '\($0)/'. It is a folder; give a file name, such as '\($0)/export.md'."
      },
      testDescription: "a path ending in a slash"),
  ]

  @Test(arguments: failures)
  func unwritablePathFailsWithAMessageAndLeavesNothing(_ row: FailureRow) throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = row.path(folder)
    do {
      try FileWriter.write("text", to: path, overwrite: false)
      Issue.record("wrote to \(path)")
    } catch {
      #expect(error.description == row.message(folder))
    }
    #expect(Self.listing(folder).isEmpty, "nothing is left behind")
  }

  @Test func readOnlyFileSystemIsExplained() throws {
    // /proc refuses new files even to root.
    do {
      try FileWriter.write("text", to: "/proc/leakline-test.md", overwrite: false)
      Issue.record("wrote to /proc")
    } catch {
      #expect(error.description.hasPrefix("Cannot write '/proc/leakline-test.md'. "))
      #expect(!error.explanation.isEmpty)
    }
  }

  struct ReasonRow: Sendable, CustomTestStringConvertible {
    var code: Int32
    var explanation: String
    var testDescription: String { explanation }
  }

  static let reasons: [ReasonRow] = [
    ReasonRow(code: EACCES, explanation: "Permission denied; choose a folder you can write to."),
    ReasonRow(code: EROFS, explanation: "The file system is read-only; choose another folder."),
    ReasonRow(
      code: ENOSPC,
      explanation: "The disk is full; free some space and try again. Nothing was written."),
  ]

  @Test(arguments: reasons)
  func systemErrorsAreSaidInWords(_ row: ReasonRow) {
    #expect(FileWriteError(path: "x.md", reason: .system(row.code)).explanation == row.explanation)
  }
}
