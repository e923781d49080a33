import Foundation
import LeaklineModel
import Testing

@Suite struct FileNotebookStoreTests {
  @Test func appendsAndReadsBack() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/case.notes.jsonl"
    let store = FileNotebookStore(path: path)
    #expect(store.isWritable)
    #expect(try store.readAll().changes.isEmpty)
    let changes = [
      change(.mark), change(.note, text: "line\none \u{0} \u{1B}[2J"),
      change(.label, label: "checked"),
    ]
    try store.append(Array(changes.prefix(2)))
    try store.append([changes[2]])
    #expect(try store.readNew().changes.isEmpty, "our own appends are not read back")
    let other = FileNotebookStore(path: path)
    let read = try other.readAll()
    #expect(read.changes == changes)
    #expect(read.problems.isEmpty)
    #expect(read.startsOver)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.split(separator: "\n").count == 3)
  }

  @Test func readNewSeesOtherWritersAndReplacedFiles() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/n.notes.jsonl"
    let browser = FileNotebookStore(path: path)
    let cli = FileNotebookStore(path: path)
    _ = try browser.readAll()
    #expect(browser.wakeDescriptor != nil)
    let mark = change(.mark)
    try cli.append([mark])
    var poll = pollfd(fd: browser.wakeDescriptor ?? -1, events: Int16(POLLIN), revents: 0)
    #expect(Glibc.poll(&poll, 1, 1000) == 1, "the watch wakes the browser")
    let new = try browser.readNew()
    #expect(new.changes == [mark])
    #expect(!new.startsOver)
    #expect(Glibc.poll(&poll, 1, 0) == 0, "readNew drains the watch")
    // A checkout replaces the file with an older one.
    let replacement = change(.note, text: "from git")
    try Data(NotebookLine.encode(replacement)).write(to: URL(fileURLWithPath: path + ".new"))
    #expect(rename(path + ".new", path) == 0)
    let after = try browser.readNew()
    #expect(after.startsOver)
    #expect(after.changes == [replacement])
  }

  @Test func reportsTornAndInvalidLinesAndKeepsThem() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/n.notes.jsonl"
    let good = [change(.mark), change(.label, label: "wrong")]
    var bytes = NotebookLine.encode(good[0])
    bytes += Array("not json at all\n".utf8)
    bytes += NotebookLine.encode(good[1])
    bytes += NotebookLine.encode(change(.note, text: "cut")).prefix(30)
    try Data(bytes).write(to: URL(fileURLWithPath: path))

    let store = FileNotebookStore(path: path)
    let read = try store.readAll()
    #expect(read.changes == good)
    #expect(read.problems.map(\.line) == [2, 4])
    #expect(read.problems[1].message.contains("incomplete"))
    #expect(read.problems[0].description.hasPrefix(path + ":2: not a notebook change"))

    // The next append fences the fragment: it stays a line of its own, nothing is glued.
    let next = change(.unmark)
    try store.append([next])
    let again = try FileNotebookStore(path: path).readAll()
    #expect(again.changes == good + [next])
    #expect(again.problems.map(\.line) == [2, 4])
    let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
    #expect((size ?? 0) > bytes.count, "nothing was removed from the file")
  }

  @Test func refusesWhatBreaksTheLimits() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = FileNotebookStore(path: folder + "/n.notes.jsonl")
    let long = String(repeating: "a", count: NotebookLimits.noteBytes + 1)
    #expect(throws: NotebookError.self) { try store.append([change(.note, text: long)]) }
    do {
      try store.append([change(.note, text: long)])
    } catch {
      #expect(error.message.contains("65537 bytes"))
      #expect(error.message.contains("64 KB"))
    }
    try store.append([change(.note, text: String(repeating: "a", count: NotebookLimits.noteBytes))])
    for bad in ["two words", "", "-dash", String(repeating: "x", count: 41), "semi;colon"] {
      #expect(throws: NotebookError.self) { try store.append([change(.label, label: bad)]) }
    }
    for good in ["checked", "needs-2nd-source", "wrong", "año_1.b"] {
      try store.append([change(.label, label: good)])
    }
    #expect(try store.readAll().changes.count == 5)
  }

  @Test func aMissingOrReadOnlyFolderIsReadOnlyWithAReason() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let missing = FileNotebookStore(path: folder + "/no/such/n.notes.jsonl")
    #expect(!missing.isWritable)
    #expect(missing.status?.contains("does not exist") == true)
    #expect(try missing.readAll().changes.isEmpty)
    #expect(throws: NotebookError.self) { try missing.append([change(.mark)]) }

    let created = FileNotebookStore(
      path: folder + "/data/leakline/notes/x.notes.jsonl", createsFolder: true)
    #expect(created.isWritable)
    try created.append([change(.mark)])
    #expect(try created.readAll().changes.count == 1)

    guard getuid() != 0 else { return }  // root writes anywhere
    let locked = folder + "/locked"
    try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
    chmod(locked, 0o555)
    defer { chmod(locked, 0o755) }
    let readOnly = FileNotebookStore(path: locked + "/n.notes.jsonl")
    #expect(!readOnly.isWritable)
    #expect(readOnly.status?.contains("cannot be written") == true)
  }
}
