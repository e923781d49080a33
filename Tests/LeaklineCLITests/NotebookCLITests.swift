import Foundation
import LeaklineModel
import Testing

/// The notebook from the command line: mark, note, label, search by them, list, export;
/// and the promises that need real processes (two writers at once, a kill mid-burst).
@Suite struct NotebookCLITests {
  /// A fresh folder with a notebook path in it.
  final class Scratch {
    let folder: String
    var notes: String { folder + "/case.notes.jsonl" }
    init() throws {
      folder =
        FileManager.default.temporaryDirectory.appendingPathComponent(
          "leakline-notes-\(UUID().uuidString)"
        ).path
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: folder) }
  }

  func run(_ scratch: Scratch, _ arguments: String...) throws -> CLIResult {
    try CLI.run(["--case", Paths.small, "--notes", scratch.notes, "--as", "ana"] + arguments)
  }

  @Test func marksNotesAndLabelsAreFoundBySearch() throws {
    let s = try Scratch()
    #expect(try run(s, "mark", "massacre").status == 0)
    #expect(
      try run(s, "note", "leak", "Two", "sources", "disagree", "on", "the", "date").status == 0)
    #expect(try run(s, "label", "garcia-arrest", "checked").status == 0)
    #expect(try run(s, "label", "garcia-arrest", "two words").status != 0)

    let marked = try run(s, "search", "is:marked")
    #expect(marked.status == 0)
    #expect(marked.lines.count == 1 && marked.stdout.contains("Massacre in a border town"))
    let noted = try run(s, "search", "note:disagree")
    #expect(noted.lines.count == 1 && noted.stdout.contains("Phone identifiers leak"))
    let labelled = try run(s, "search", "label:checked")
    #expect(labelled.lines.count == 1, "\(labelled.summary)")
    let none = try run(s, "search", "label:wrong")
    #expect(none.status == 1)

    let json = try jsonObject(try run(s, "notes", "--json"))
    let records = try #require(json["records"] as? [[String: Any]])
    #expect(
      records.map { $0["target"] as? String } == [
        "event:garcia-arrest", "event:leak", "event:massacre",
      ])
    let listed = try run(s, "notes", "--label", "checked")
    #expect(listed.stdout.contains("event:garcia-arrest") && !listed.stdout.contains("event:leak"))
    let place = try run(s, "notes", "--where")
    #expect(place.stdout == s.notes + "\n")

    #expect(try run(s, "unmark", "massacre").status == 0)
    #expect(try run(s, "search", "is:marked").status == 1)
  }

  @Test func hostileNotesAreShownSafelyOrRefused() throws {
    let s = try Scratch()
    let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J evil \u{9B}31m"
    #expect(try run(s, "note", "massacre", hostile).status == 0)
    let raw = try String(contentsOfFile: s.notes, encoding: .utf8)
    #expect(!raw.unicodeScalars.contains { $0.value == 0x1B }, "escaped in the file")
    let listed = try run(s, "notes")
    #expect(listed.status == 0)
    #expect(!listed.stdoutBytes.contains(0x1B) && !listed.stdoutBytes.contains(0x07))
    #expect(listed.stdout.contains("evil"))
    let json = try jsonObject(try run(s, "notes", "--json"))
    let notes = (json["records"] as? [[String: Any]])?.first?["notes"] as? [[String: Any]]
    #expect(notes?.first?["text"] as? String == hostile, "verbatim in JSON")

    let before = try Data(contentsOf: URL(fileURLWithPath: s.notes))
    let tooLong = try run(s, "note", "massacre", String(repeating: "a", count: 65_537))
    #expect(tooLong.status == 1)
    #expect(tooLong.stderr.contains("64 KB"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: s.notes)) == before, "nothing written")
  }

  @Test func anOrphanedNoteSurvivesARename() throws {
    let s = try Scratch()
    let casePath = s.folder + "/case.json"
    let original = try String(contentsOfFile: Paths.absolute(Paths.small), encoding: .utf8)
    try original.write(toFile: casePath, atomically: true, encoding: .utf8)
    func run(_ arguments: String...) throws -> CLIResult {
      try CLI.run(["--case", casePath, "--as", "ana"] + arguments)
    }
    #expect(try run("note", "massacre", "Keep me").status == 0)
    #expect(
      FileManager.default.fileExists(atPath: s.folder + "/case.notes.jsonl"), "beside the case")
    let renamed = original.replacingOccurrences(
      of: "\"id\": \"massacre\"", with: "\"id\": \"massacre-2011\"")
    #expect(renamed != original)
    try renamed.write(toFile: casePath, atomically: true, encoding: .utf8)

    let orphans = try run("notes", "--orphaned")
    #expect(orphans.status == 0)
    #expect(orphans.stdout.contains("Orphaned"))
    #expect(orphans.stdout.contains("event:massacre") && orphans.stdout.contains("Keep me"))
    let json = try jsonObject(try run("notes", "--json"))
    let record = (json["records"] as? [[String: Any]])?.first
    #expect(record?["orphaned"] as? Bool == true)
    #expect(try run("unmark", "event:massacre").status == 0, "kind:id reaches an orphan")
  }

  @Test func markdownExportWithAndWithoutNotes() throws {
    let s = try Scratch()
    #expect(try run(s, "note", "massacre", "Toll differs").status == 0)
    let with = try run(s, "export", "--show", "massacre", "-o", "-")
    #expect(with.status == 0)
    #expect(with.stdout.contains("**Reader's notes** (from the reader's notebook"))
    #expect(with.stdout.contains("**ana, ") && with.stdout.contains("Toll differs"))
    let without = try run(s, "export", "--show", "massacre", "-o", "-", "--no-notes")
    #expect(!without.stdout.contains("Reader's notes"))
    let csv = try run(s, "notes", "--format", "csv")
    #expect(csv.stdout.hasPrefix("target,title,orphaned"))
    #expect(csv.stdout.contains("Toll differs"))
    let markdown = try run(s, "notes", "--format", "markdown")
    #expect(markdown.stdout.contains("# Reader's notebook: A small test case"))
  }

  @Test func savedSearchesRunByName() throws {
    let s = try Scratch()
    #expect(try run(s, "mark", "massacre").status == 0)
    try FileNotebookStore(path: s.notes).append([
      NotebookChange(
        id: NotebookChange.newID(), at: .now(), by: "ana", target: NotebookTarget(.search, "open"),
        operation: .saveSearch, text: "is:marked -label:checked", label: "open")
    ])
    let found = try run(s, "search", "@open")
    #expect(found.status == 0)
    #expect(found.lines.count == 1 && found.stdout.contains("Massacre in a border town"))
    let missing = try run(s, "search", "@nope")
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("There is no saved search 'nope'"))
    #expect(missing.stderr.contains("@open"))
  }

  /// A team notebook's URL is shown with its password taken out, in every message: here
  /// the one saying there is no folder for its local spool (no HOME in this environment).
  /// Tests/team/team-test.sh runs team notebooks against a real server.
  @Test func teamURLsNeverPrintThePassword() throws {
    let result = try CLI.run(
      "--case", Paths.small, "--notes", "postgresql://ana:s3cr3t-sentinel@db/news", "notes")
    #expect(result.status == 1)
    #expect(result.stderr.contains("postgresql://ana:***@db/news: no folder for the local spool"))
    #expect(!(result.stdout + result.stderr).contains("s3cr3t-sentinel"))
  }

  // MARK: Several processes

  static var writer: URL? {
    guard let leakline = try? CLI.binary.get() else { return nil }
    let url = leakline.deletingLastPathComponent().appendingPathComponent(
      "leakline-notebook-writer")
    return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
  }

  func startWriter(_ notes: String, count: Int, author: String, noteBytes: Int, output: URL)
    throws -> Process
  {
    let writer = try #require(Self.writer, "build leakline-notebook-writer with swift build")
    let process = Process()
    process.executableURL = writer
    process.arguments = [notes, String(count), author, String(noteBytes)]
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: output)
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  @Test func twoProcessesAppendingAtOnceLoseNothing() throws {
    let s = try Scratch()
    let outputs = (0..<2).map { URL(fileURLWithPath: s.folder + "/writer-\($0).out") }
    let writers = try (0..<2).map {
      try startWriter(s.notes, count: 1000, author: "w\($0)", noteBytes: 300, output: outputs[$0])
    }
    for w in writers { w.waitUntilExit() }
    #expect(writers.allSatisfy { $0.terminationStatus == 0 })
    let read = try FileNotebookStore(path: s.notes).readAll()
    #expect(read.problems.isEmpty)
    #expect(read.changes.count == 2000)
    #expect(Set(read.changes.map(\.id)).count == 2000)
    #expect(Notebook(read.changes).notesByID.count == 2000)
  }

  @Test func killNineMidBurstKeepsEverySavedChange() throws {
    let s = try Scratch()
    let output = URL(fileURLWithPath: s.folder + "/writer.out")
    // Notes of 60 KB: each append is a write of many pages, which SIGKILL can cut.
    let writer = try startWriter(
      s.notes, count: 100_000, author: "k", noteBytes: 60_000, output: output)
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline {
      let saved = (try? String(contentsOf: output, encoding: .utf8))?.split(separator: "\n")
      if (saved?.count ?? 0) >= 20 { break }
      usleep(2_000)
    }
    kill(writer.processIdentifier, SIGKILL)
    writer.waitUntilExit()
    #expect(writer.terminationReason == .uncaughtSignal)

    let reported = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
      .filter { $0.hasPrefix("saved ") }.map { String($0.dropFirst(6)) }
    #expect(reported.count >= 20)
    let read = try FileNotebookStore(path: s.notes).readAll()
    let ids = Set(read.changes.map(\.id))
    #expect(reported.allSatisfy(ids.contains), "every change reported saved is there")
    // At most one torn line, the last, reported with its line number.
    #expect(read.problems.count <= 1)
    if let torn = read.problems.first {
      #expect(torn.line == read.changes.count + 1)
      #expect(torn.message.contains("incomplete"))
    }
  }
}
