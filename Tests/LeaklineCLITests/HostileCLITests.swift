import Foundation
import Testing

/// The real `leakline` binary on hostile case files (Tests/LeaklineModelTests/Fixtures/hostile,
/// plus huge and odd files generated here): every subcommand, text and `--json`, exits as
/// expected, names the place of a problem, and never writes a raw ESC, BEL, C1 CSI, CR,
/// backspace, NUL or bidi control to stdout or stderr.
@Suite struct HostileCLITests {
  static let folder = "Tests/LeaklineModelTests/Fixtures/hostile"

  /// The control sequences in every text field of the loadable hostile fixtures.
  static let controls = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{00}\r\u{08}"

  // MARK: Files that load

  /// Every command over a case that loads (`show` names records of each kind; `export`
  /// writes Markdown to stdout).
  static func commands(_ file: String) -> [[String]] {
    let text: [[String]] = [
      ["list"], ["search", "event"], ["search", "person:name"], ["show", "event"],
      ["show", "undated"],
      ["show", "person"], ["show", "unit"], ["show", "ref-1"], ["show", "extra"], ["sources"],
      ["sources", "1"],
    ]
    let exports: [[String]] = [
      ["export", "--show", "event", "-o", "-"], ["export", "--show", "person", "-o", "-"],
      ["export", "--query", "event", "-o", "-"],
    ]
    return text.flatMap { [$0 + ["--case", file], $0 + ["--case", file, "--json"]] }
      + exports.map { $0 + ["--case", file] }
      + [["validate", file], ["validate", file, "--json"]]
  }

  @Test(arguments: ["controls-in-every-field.case.json", "bidi-in-every-field.case.json"])
  func everyCommandOnALoadableHostileFileIsClean(_ name: String) throws {
    let file = Self.folder + "/" + name
    for arguments in Self.commands(file) {
      let result = try CLI.run(arguments)
      #expect(result.status == 0, "\(result.safeSummary)")
      expectNoRawControls(result)
      if arguments.contains("--json") { _ = try? jsonObject(result) }
    }
  }

  @Test func jsonKeepsTheDataAndEscapesIt() throws {
    let file = Self.folder + "/controls-in-every-field.case.json"
    let result = try CLI.run("show", "event", "--case", file, "--json")
    #expect(result.status == 0, "\(result.safeSummary)")
    expectNoRawControls(result)
    // The escapes are JSON's own, so a program gets the title exactly as the file has it.
    #expect(result.stdout.contains(#"\u001b]0;pwned\u0007\u001b[2J\u009b31m\u0000\r\b"#))
    let object = try jsonObject(result)
    let event = try #require(object["event"] as? [String: Any])
    #expect(event["title"] as? String == "Event " + Self.controls)
  }

  @Test func textShowsControlsAsVisiblePlaceholders() throws {
    let result = try CLI.run(
      "show", "event", "--case", Self.folder + "/controls-in-every-field.case.json")
    #expect(result.status == 0, "\(result.safeSummary)")
    #expect(result.lines.first == "Event ␛]0;pwned␇␛[2J\\u{9B}31m␀␍␈")
  }

  // MARK: Files that are refused

  struct Refused: Sendable, CustomTestStringConvertible {
    var file: String
    /// "line:column" of the first problem, or nil when the problem is the whole file.
    var at: String?
    var message: String
    var testDescription: String { file }
  }

  static let refused: [Refused] = [
    Refused(file: "controls-in-ids.case.json", at: "6:10", message: "is not a valid id"),
    Refused(file: "controls-in-error-messages.case.json", at: nil, message: "Unknown field"),
    Refused(
      file: "raw-control-in-string.case.json", at: "3:17",
      message: "A raw control character (U+001B) inside a string"),
    Refused(
      file: "raw-cr-in-string.case.json", at: "3:17",
      message: "A raw control character (U+000D) inside a string"),
    Refused(
      file: "raw-escape-between-tokens.case.json", at: "3:12",
      message: "Expected a value but found byte 0x1B"),
    Refused(file: "not-utf8-latin1.case.json", at: "3:14", message: "not UTF-8 text"),
    Refused(file: "not-utf8-overlong.case.json", at: "3:17", message: "not UTF-8 text"),
    Refused(file: "not-utf8-surrogate.case.json", at: "3:17", message: "not UTF-8 text"),
    Refused(file: "not-utf8-utf16.case.json", at: "1:1", message: "not UTF-8 text"),
    Refused(
      file: "lone-surrogate-escape.case.json", at: "3:17", message: "half of a surrogate pair"),
    Refused(file: "truncated-in-string.case.json", at: "3:12", message: "A string is never closed"),
    Refused(file: "truncated-in-escape.case.json", at: "3:17", message: "Incomplete \\u escape"),
    Refused(
      file: "truncated-after-value.case.json", at: nil, message: "The file ends inside an array"),
    Refused(file: "empty.case.json", at: nil, message: "The file is empty"),
    Refused(file: "nul-bytes.case.json", at: "1:1", message: "Expected a value but found byte 0x0"),
    Refused(file: "binary-garbage.case.json", at: nil, message: "not UTF-8 text"),
    Refused(file: "text-garbage.case.json", at: "1:1", message: "Expected a value"),
  ]

  @Test(arguments: refused)
  func aRefusedFileIsAMessageWithItsPlace(_ row: Refused) throws {
    let file = Self.folder + "/" + row.file
    for arguments in [
      ["list", "--case", file], ["list", "--case", file, "--json"], ["show", "x", "--case", file],
      ["validate", file],
    ] {
      let result = try CLI.run(arguments)
      #expect(result.status == 1, "\(result.safeSummary)")
      expectNoRawControls(result)
      let messages = arguments[0] == "validate" ? result.stdout : result.stderr
      let place = file + (row.at.map { ":\($0): " } ?? ":")
      #expect(messages.contains(place), "no '\(place)' in \(result.safeSummary)")
      #expect(messages.contains(row.message), "no '\(row.message)' in \(result.safeSummary)")
    }
    let json = try CLI.run("validate", file, "--json")
    #expect(json.status == 1, "\(json.safeSummary)")
    expectNoRawControls(json)
    let object = try jsonObject(json)
    #expect(object["valid"] as? Bool == false)
    #expect((object["problems"] as? [Any])?.isEmpty == false)
  }

  // MARK: Generated files

  @Test func oddPathsAreMessagesNotHangs() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leakline-hostile-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let empty = folder.appendingPathComponent("empty.json").path
    _ = FileManager.default.createFile(atPath: empty, contents: Data())
    let huge = folder.appendingPathComponent("huge.json").path
    _ = FileManager.default.createFile(atPath: huge, contents: Data("{".utf8))
    try #require(truncate(huge, (1 << 31) + 1) == 0)
    let named = folder.appendingPathComponent("name\u{1B}]0;pwned\u{07}.json").path
    _ = FileManager.default.createFile(atPath: named, contents: Data("[]".utf8))
    let cases: [(String, String)] = [
      (folder.path, "This is a folder, not a case file"),
      ("/dev/zero", "not a regular file"),  // a FIFO is read: FilesAndStreamsCLITests
      (empty, "The file is empty"),
      (huge, "more than Leakline reads"),
      (named, "not a case file object"),
      (folder.appendingPathComponent("missing.json").path, "No such file"),
    ]
    for (path, message) in cases {
      for arguments in [["list", "--case", path], ["validate", path]] {
        let result = try CLI.run(arguments)
        #expect(result.status == 1, "\(result.safeSummary)")
        expectNoRawControls(result)
        let messages = arguments[0] == "validate" ? result.stdout : result.stderr
        #expect(messages.contains(message), "no '\(message)' in \(result.safeSummary)")
      }
    }
  }

  @Test func hugeAndDeepFilesFinish() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leakline-hostile-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let title = String(repeating: "\\u001b[2J long title ", count: 100_000 / 16)
    let caseText = """
      {"leakline": 1, "title": "Huge", "sources": [{"id": "s", "title": "S"}], "entities": [],
       "events": [{"id": "e", "date": "2011", "title": "\(title)", "summary": "\(String(repeating: "word ", count: 200_000))", "sources": ["s"]}]}
      """
    let big = folder.appendingPathComponent("big.json").path
    _ = FileManager.default.createFile(atPath: big, contents: Data(caseText.utf8))
    for arguments in [
      ["list", "--case", big], ["show", "e", "--case", big],
      ["show", "e", "--case", big, "--json"], ["validate", big],
    ] {
      let result = try CLI.run(arguments)
      #expect(result.status == 0, "\(result.safeSummary.prefix(2000))")
      expectNoRawControls(result)
    }
    let deep = folder.appendingPathComponent("deep.json").path
    _ = FileManager.default.createFile(
      atPath: deep, contents: Data((String(repeating: "[", count: 200_000)).utf8))
    let result = try CLI.run("list", "--case", deep)
    #expect(result.status == 1, "\(result.safeSummary)")
    #expect(result.stderr.contains(deep + ":1:257: "), "\(result.safeSummary)")
    #expect(result.stderr.contains("Nesting is deeper than 256 levels"), "\(result.safeSummary)")
  }

  // MARK: Arguments echoed back

  /// Text typed on the command line is echoed in "nothing matches" messages; a script
  /// passing a case file's text as an argument must not be able to drive the terminal.
  @Test func echoedArgumentsAreSanitised() throws {
    let file = Self.folder + "/controls-in-every-field.case.json"
    let hostile = "zz\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}"
    for arguments in [
      ["show", hostile, "--case", file], ["search", hostile, "--case", file],
      ["list", "--person", hostile, "--case", file],
      ["search", "scope:" + hostile, "--case", file], ["search", hostile + ":x", "--case", file],
      ["export", "--query", hostile, "-o", "-", "--case", file],
      ["export", "--show", hostile, "-o", "-", "--case", file],
      // Usage errors, which ArgumentParser prints itself.
      ["list", "--year", hostile, "--case", file],
      ["export", "--year", hostile, "-o", "-", "--case", file],
      ["list", "--" + hostile], ["list", hostile], [hostile],
    ] {
      let result = try CLI.run(arguments)
      #expect(result.status != 0, "\(result.safeSummary)")
      expectNoRawControls(result)
    }
  }

  // MARK: Checking output

  /// Records an issue for each raw control or bidi byte sequence in stdout and stderr.
  private func expectNoRawControls(
    _ result: CLIResult, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    for (stream, bytes) in [("stdout", result.stdoutBytes), ("stderr", result.stderrBytes)] {
      let found = Self.rawControls(in: bytes)
      if !found.isEmpty {
        Issue.record(
          "leakline \(result.arguments.map(\.debugDescription).joined(separator: " ")) wrote raw \(found.joined(separator: ", ")) to \(stream)",
          sourceLocation: sourceLocation)
      }
    }
  }

  /// The raw control sequences in `bytes`, named: C0 controls other than LF (TAB is
  /// allowed in help text), DEL, C1 controls (UTF-8 C2 80–C2 9F) and the bidi controls
  /// U+061C, U+200E/F, U+202A–U+202E and U+2066–U+2069.
  static func rawControls(in bytes: [UInt8]) -> [String] {
    var found = Set<String>()
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      switch b {
      case 0x0A, 0x09: break
      case 0x00...0x1F: found.insert(String(format: "0x%02X", b))
      case 0x7F: found.insert("DEL")
      case 0xC2 where i + 1 < bytes.count && (0x80...0x9F).contains(bytes[i + 1]):
        found.insert(String(format: "C1 0x%02X", bytes[i + 1]))
      case 0xD8 where i + 1 < bytes.count && bytes[i + 1] == 0x9C:
        found.insert("U+061C")
      case 0xE2 where i + 2 < bytes.count:
        let scalar =
          (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6)
          | UInt32(bytes[i + 2] & 0x3F)
        if [0x200E, 0x200F].contains(scalar) || (0x202A...0x202E).contains(scalar)
          || (0x2066...0x2069).contains(scalar)
        {
          found.insert(String(format: "U+%04X", scalar))
        }
      default: break
      }
      i += 1
    }
    return found.sorted()
  }
}

extension CLIResult {
  /// The summary with controls shown as escapes, so a failure message cannot itself drive
  /// the terminal that shows the test log.
  var safeSummary: String {
    var out = ""
    for scalar in summary.unicodeScalars {
      switch scalar.value {
      case 0x0A: out += "\n"
      case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
