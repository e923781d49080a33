import Foundation
import LeaklineModel
import Testing

/// Paths that are not ordinary case files: each gives one clear issue naming the path, and
/// none reads gigabytes; a FIFO is read as a stream (BoundedReaderTests has the limit).
@Suite struct FileKindTests {
  /// Loads `path` and returns its single issue, recording a failure otherwise.
  private func singleIssue(
    _ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> CaseFileIssue? {
    guard
      let error = Hostile.load(path: path, sourceLocation: sourceLocation)?.refused(
        path, sourceLocation: sourceLocation)
    else {
      return nil
    }
    #expect(
      error.issues.count == 1, "\(error.issues.map(\.debugSanitised))",
      sourceLocation: sourceLocation)
    let issue = error.issues.first
    #expect(issue?.file == path, sourceLocation: sourceLocation)
    // The headline names the path as it prints: sanitised.
    #expect(
      issue?.headline.hasPrefix(TerminalSafeText.sanitize(path) + ":") == true,
      sourceLocation: sourceLocation)
    Hostile.expectProblemsPrintSafely(error, sourceLocation: sourceLocation)
    return issue
  }

  @Test func aFolderIsNotACaseFile() throws {
    let folder = try Hostile.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(singleIssue(folder.path)?.message == "This is a folder, not a case file")
  }

  /// A FIFO is read as a stream, as `cat` reads it: its writer's bad bytes are reported
  /// like a file's, naming the path (here through a symlink) with line and column.
  @Test func aFIFOIsReadAsAStreamEvenBehindASymlink() throws {
    let folder = try Hostile.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("pipe").path
    let link = folder.appendingPathComponent("case.json").path
    try #require(mkfifo(fifo, 0o600) == 0, "mkfifo failed: errno \(errno)")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: fifo)
    Thread.detachNewThread { try? FileWriter.write("[1]", to: fifo, overwrite: false) }
    let issue = singleIssue(link)
    #expect(
      issue?.message.contains("not a case file object") == true, "\(String(describing: issue))")
    #expect(issue?.location == SourceLocation(line: 1, column: 1))
  }

  @Test func aCharacterDeviceIsRefused() throws {
    #expect(singleIssue("/dev/zero")?.message.contains("not a regular file") == true)
  }

  @Test func aZeroByteFileIsEmpty() throws {
    let folder = try Hostile.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("empty.json").path
    _ = FileManager.default.createFile(atPath: path, contents: Data())
    #expect(singleIssue(path)?.message == "The file is empty")
  }

  /// A sparse file just over the limit: refused from its size alone, never read.
  @Test func aFileOverTwoGigabytesIsRefusedBeforeReading() throws {
    let folder = try Hostile.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("huge.json").path
    _ = FileManager.default.createFile(atPath: path, contents: Data("{".utf8))
    try #require(
      truncate(path, off_t(CaseFileLoader.maximumFileSize) + 1) == 0,
      "truncate failed: errno \(errno)")
    let issue = singleIssue(path)
    #expect(
      issue?.message.contains("more than Leakline reads (2048 MiB)") == true,
      "\(issue?.message ?? "")")
  }

  @Test func aMissingFileSaysSo() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "no-such-\(UUID().uuidString).json"
    ).path
    #expect(singleIssue(path)?.message == "No such file")
  }

  @Test func aSymlinkLoopIsAMessage() throws {
    let folder = try Hostile.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let a = folder.appendingPathComponent("a.json").path
    let b = folder.appendingPathComponent("b.json").path
    try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
    try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
    #expect(singleIssue(a)?.message.hasPrefix("Cannot open the file") == true)
  }

  /// Root reads any file whatever its mode, so this runs only for other users.
  @Test(.enabled(if: getuid() != 0, "root can read a file with mode 000"))
  func anUnreadableFileIsPermissionDenied() throws {
    let folder = try Hostile.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("secret.json").path
    _ = FileManager.default.createFile(
      atPath: path, contents: Data("{}".utf8), attributes: [.posixPermissions: 0])
    #expect(singleIssue(path)?.message == "Permission denied")
  }

  /// A path holding control characters is named in messages; printed, it is sanitised.
  @Test func aPathWithControlCharactersPrintsSafely() throws {
    let folder = try Hostile.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("case\u{1B}]0;pwned\u{07}.json").path
    _ = FileManager.default.createFile(atPath: path, contents: Data("[1]".utf8))
    #expect(singleIssue(path)?.message.contains("not a case file object") == true)
  }
}
