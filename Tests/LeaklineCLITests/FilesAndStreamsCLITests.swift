import Foundation
import Testing

/// Files and streams the way a Unix tool treats them, run through a real shell exactly as
/// a person types them: devices, links and pipes given to `-o`, a full disk behind standard
/// output, a closed pipe, and case files on standard input.
@Suite struct FilesAndStreamsCLITests {
  /// Runs `script` with `sh -c` in the package root; `$LEAKLINE` is the built binary and
  /// `$CASE` the article's case file. Nothing comes in on standard input unless the script
  /// sends it.
  static func shell(_ script: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws -> CLIResult
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script]
    process.currentDirectoryURL = Paths.packageRoot
    process.environment = [
      "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin",
      "LEAKLINE": try CLI.binary.get().path, "CASE": Paths.article,
    ]
    process.standardInput = FileHandle.nullDevice
    return try CLI.finish(process, arguments: ["sh", "-c", script], sourceLocation: sourceLocation)
  }

  static func kind(_ path: String) -> mode_t? {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
  }

  /// The whole-timeline export, as `export -o -` writes it.
  static func wholeExport() throws -> String {
    let result = try CLI.run("export", "-o", "-")
    try #require(result.status == 0, "\(result.summary)")
    return result.stdout
  }

  // MARK: -o on devices, links and pipes

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full here"))
  func exportToDevFullStaysADeviceAndSaysTheDiskIsFull() throws {
    let result = try CLI.run("export", "--force", "-o", "/dev/full")
    #expect(result.status == 1, "\(result.summary)")
    #expect(
      result.stderr
        == "Cannot write '/dev/full'. The disk is full; free some space and try again. Nothing was written.\n"
    )
    #expect(Self.kind("/dev/full") == S_IFCHR)
  }

  /// A device node of its own, so the test never risks a shared one.
  @Test(.enabled(if: getuid() == 0, "creating a device node needs root"))
  func exportToADeviceNodeWritesItAndLeavesIt() throws {
    let folder = try ExportCommandTests.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let node = folder + "/full"
    // /dev/full's numbers, 1:7 (glibc's makedev is a macro Swift cannot call).
    try #require(mknod(node, S_IFCHR | 0o666, dev_t(1 << 8 | 7)) == 0, "mknod: errno \(errno)")
    let result = try CLI.run("export", "--force", "-o", node)
    #expect(result.status == 1, "\(result.summary)")
    #expect(result.stderr.contains("The disk is full"), "\(result.summary)")
    #expect(Self.kind(node) == S_IFCHR)
  }

  @Test func exportThroughALinkFillsItsTargetAndKeepsTheLink() throws {
    let folder = try ExportCommandTests.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "old notes".write(toFile: folder + "/target.md", atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/link.md", withDestinationPath: "target.md")
    let result = try CLI.run("export", "--force", "-o", folder + "/link.md")
    #expect(result.status == 0, "\(result.summary)")
    #expect(Self.kind(folder + "/link.md") == S_IFLNK)
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.md")
        == "target.md")
    #expect(ExportCommandTests.contents(folder + "/target.md") == (try Self.wholeExport()))
    #expect(ExportCommandTests.listing(folder) == ["link.md", "target.md"])
  }

  @Test func exportThroughADanglingLinkNamesBothPaths() throws {
    let folder = try ExportCommandTests.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/link.md", withDestinationPath: folder + "/gone.md")
    let result = try CLI.run("export", "--force", "-o", folder + "/link.md")
    #expect(result.status == 1, "\(result.summary)")
    #expect(
      result.stderr
        == "Cannot write '\(folder)/link.md'. It is a symbolic link to '\(folder)/gone.md', which does not exist; create that file, or remove the link.\n"
    )
    #expect(ExportCommandTests.listing(folder) == ["link.md"])
  }

  @Test func exportToAFIFODeliversTheWholeDocumentAndLeavesTheFIFO() throws {
    let folder = try ExportCommandTests.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let fifo = folder + "/out.fifo"
    try #require(mkfifo(fifo, 0o600) == 0, "mkfifo failed: errno \(errno)")
    let result = try Self.shell(
      "cat '\(fifo)' > '\(folder)/received.md' & \"$LEAKLINE\" export -o '\(fifo)'; s=$?; wait; exit $s"
    )
    #expect(result.status == 0, "\(result.summary)")
    #expect(result.stderr == "Wrote 68 events to \(fifo).\n")
    #expect(ExportCommandTests.contents(folder + "/received.md") == (try Self.wholeExport()))
    #expect(Self.kind(fifo) == S_IFIFO)
  }

  @Test func exportToDevNullAndDevStdoutNeedsNoForce() throws {
    let null = try CLI.run("export", "-o", "/dev/null")
    #expect(null.status == 0, "\(null.summary)")
    #expect(null.stderr == "Wrote 68 events to /dev/null.\n")
    let stdout = try Self.shell("\"$LEAKLINE\" export -o /dev/stdout | cat")
    #expect(stdout.status == 0, "\(stdout.summary)")
    #expect(stdout.stdout == (try Self.wholeExport()))
  }

  // MARK: Standard output

  struct FullDiskRow: Sendable, CustomTestStringConvertible {
    var command: String
    var testDescription: String { command }
  }

  static let fullDisk: [FullDiskRow] = [
    FullDiskRow(command: "list"),
    FullDiskRow(command: "list --json"),
    FullDiskRow(command: "show garcia-luna"),
    FullDiskRow(command: "search garcia"),
    FullDiskRow(command: "validate \"$CASE\""),
    FullDiskRow(command: "export -o -"),
  ]

  @Test(
    .enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full here"),
    arguments: fullDisk)
  func standardOutputOnAFullDiskFailsWithAMessage(_ row: FullDiskRow) throws {
    let result = try Self.shell("\"$LEAKLINE\" \(row.command) > /dev/full")
    #expect(result.status == 1, "\(result.summary)")
    #expect(
      result.stderr
        == "leakline: Cannot write to standard output. The disk is full; free some space and try again. The output is incomplete.\n",
      "\(result.summary)")
    #expect(!result.stderr.contains("Wrote"))
  }

  /// Over `ulimit -f` a write fails with EFBIG: a message and status 1, to a file (which is
  /// not left half-written) and to standard output alike.
  @Test func aFileSizeLimitIsAMessage() throws {
    let folder = try ExportCommandTests.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = try Self.shell(
      "exec bash -c 'ulimit -f 8 && \"$LEAKLINE\" export -o \"$0\"' '\(folder)/out.md'")
    #expect(file.status == 1, "\(file.summary)")
    #expect(
      file.stderr
        == "Cannot write '\(folder)/out.md'. The file is larger than the file system or 'ulimit -f' allows. Nothing was written.\n"
    )
    #expect(ExportCommandTests.listing(folder).isEmpty, "no temporary file is left")
    let standardOutput = try Self.shell(
      "exec bash -c 'ulimit -f 8 && \"$LEAKLINE\" export -o - > \"$0\"' '\(folder)/out.md'")
    #expect(standardOutput.status == 1, "\(standardOutput.summary)")
    #expect(
      standardOutput.stderr
        == "leakline: Cannot write to standard output. The file is larger than the file system or 'ulimit -f' allows. The output is incomplete.\n"
    )
  }

  /// `head` closes the pipe after one line: leakline ends quietly by SIGPIPE, as before.
  @Test func aClosedPipeStopsQuietly() throws {
    let folder = try ExportCommandTests.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // Enough lines that the pipe is still being written when head has gone.
    let big = folder + "/big.json"
    let events = (0..<50_000).map {
      #"{"id": "e\#($0)", "date": "2011", "title": "Event \#($0)", "sources": ["s"]}"#
    }
    let text =
      #"{"leakline": 1, "title": "Big", "sources": [{"id": "s", "title": "S"}], "entities": [], "events": ["#
      + events.joined(separator: ",") + "]}"
    try text.write(toFile: big, atomically: false, encoding: .utf8)
    let result = try Self.shell(
      "exec bash -c '\"$LEAKLINE\" --case \"$0\" list | head -1; echo \"${PIPESTATUS[0]}\" >&2' '\(big)'"
    )
    #expect(result.lines == ["2011              Event 0"], "\(result.summary)")
    // Nothing said; the status a shell shows for SIGPIPE, 128 + 13, as before.
    #expect(result.stderr == "141\n", "\(result.summary)")
  }

  // MARK: Standard input

  @Test func aCaseFileOnStandardInputWorks() throws {
    let piped = try Self.shell("cat \"$CASE\" | \"$LEAKLINE\" --case - list")
    let direct = try CLI.run("list")
    #expect(piped.status == 0, "\(piped.summary)")
    #expect(piped.stdout == direct.stdout)
    let validate = try Self.shell("\"$LEAKLINE\" validate - < \"$CASE\"")
    #expect(validate.status == 0, "\(validate.summary)")
    #expect(
      validate.stdout == "<stdin>: valid — 68 events, 78 people & units, 110 sources.\n")
    let substituted = try Self.shell("\"$LEAKLINE\" --case /dev/fd/3 list 3< \"$CASE\"")
    #expect(substituted.stdout == direct.stdout, "\(substituted.summary)")
  }

  @Test func aProcessSubstitutionIsReadAsAStream() throws {
    let direct = try CLI.run("list")
    let result = try Self.shell("exec bash -c '\"$LEAKLINE\" --case <(cat \"$CASE\") list'")
    #expect(result.status == 0, "\(result.summary)")
    #expect(result.stdout == direct.stdout)
  }

  @Test func endlessStandardInputStopsAtTheSizeLimit() throws {
    let result = try Self.shell("\"$LEAKLINE\" --case - list < /dev/zero")
    #expect(result.status == 1, "\(result.summary)")
    #expect(
      result.stderr.hasPrefix(
        "<stdin>: The input is more than Leakline reads (2048 MiB); reading stopped there\n"),
      "\(result.summary)")
  }

  @Test func problemsOnStandardInputNameItWithLineAndColumn() throws {
    let result = try Self.shell(
      #"printf '{"leakline": 1,\n "title": }' | "$LEAKLINE" --case - list"#)
    #expect(result.status == 1, "\(result.summary)")
    #expect(result.stderr.hasPrefix("<stdin>:2:11: JSON syntax error"), "\(result.summary)")
    #expect(result.stderr.contains("Run 'leakline validate -' on the fixed file to check it."))
  }

  @Test func importReadsStandardInput() throws {
    let csv = try Self.shell("\"$LEAKLINE\" export --format csv -o -")
    try #require(csv.status == 0, "\(csv.summary)")
    let folder = try ExportCommandTests.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try csv.stdout.write(toFile: folder + "/events.csv", atomically: false, encoding: .utf8)
    let result = try Self.shell(
      "\"$LEAKLINE\" import --from csv - -o - < '\(folder)/events.csv' | \"$LEAKLINE\" validate -")
    #expect(result.status == 0, "\(result.summary)")
    #expect(result.stdout.hasPrefix("<stdin>: valid — 68 events"), "\(result.summary)")
  }
}
