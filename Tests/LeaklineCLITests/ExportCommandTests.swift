import Foundation
import Testing

/// `leakline export`, run as a user runs it: the selectors, `-o -`, writing files safely,
/// refusing to overwrite without `--force`, and failing clearly when it cannot write.
@Suite struct ExportCommandTests {
  /// A fresh, empty folder for one test.
  static func folder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leakline-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  static func contents(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  static func listing(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }

  /// The model's golden for the article's case file (the CLI must write the same bytes).
  static func articleGolden(_ name: String) -> String? {
    contents(Paths.absolute("Tests/LeaklineModelTests/Goldens/export/article/" + name))
  }

  @Test func stdoutExportIsTheModelsGolden() throws {
    let result = try CLI.run("export", "--year", "2019..2022", "-o", "-")
    #expect(result.status == 0, "\(result.summary)")
    let golden = try #require(
      Self.articleGolden("timeline-2019-2022.md"), "record the model goldens first")
    #expect(result.stdout == golden)
    #expect(
      result.stderr.range(
        of: #"^Wrote \d+ events? to standard output\.\n$"#, options: .regularExpression) != nil,
      "\(result.stderr)")
  }

  @Test func personSelectorGivesTheirTimeline() throws {
    let result = try CLI.run("export", "--person", "garcia luna", "-o", "-")
    #expect(result.status == 0, "\(result.summary)")
    #expect(result.stdout == Self.articleGolden("timeline-garcia-luna.md"))
  }

  struct SelectorRow: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var title: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let selectors: [SelectorRow] = [
    SelectorRow(arguments: [], title: "# Timeline"),
    SelectorRow(arguments: ["--year", "2011"], title: "# Timeline: in 2011"),
    SelectorRow(arguments: ["--person", "GARCÍA"], title: "# Timeline: person \"garcia\""),
    SelectorRow(arguments: ["--query", "garcia"], title: "# Search: garcia"),
    SelectorRow(arguments: ["--query", "garcia", "--year", "2019"], title: "# Search: garcia"),
    SelectorRow(arguments: ["--show", "massacre"], title: "# Event: Massacre in a border town"),
    SelectorRow(arguments: ["--show", "garcia luna"], title: "# Dossier: Genaro García Luna"),
    SelectorRow(
      arguments: ["--show", "court-record"], title: "# Supplementary source: Court record"),
    SelectorRow(
      arguments: ["--source", "5"],
      title: "# Reference \\[2\\], \\[5\\]: Second report, cited twice"),
  ]

  @Test(arguments: selectors)
  func selectorsChooseTheView(_ row: SelectorRow) throws {
    let result = try CLI.run(["--case", Paths.small, "export"] + row.arguments + ["-o", "-"])
    #expect(result.status == 0, "\(result.summary)")
    #expect(result.lines.first == row.title, "\(result.summary)")
    #expect(result.stdout.contains("- **Case file:** *A small test case* — \(Paths.small)"))
  }

  @Test func writesTheFileAndSaysSo() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/slice.md"
    let result = try CLI.run("export", "--case", Paths.small, "--year", "2019..2022", "-o", path)
    #expect(result.status == 0, "\(result.summary)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "Wrote 2 events to \(path).\n")
    let stdout = try CLI.run("export", "--case", Paths.small, "--year", "2019..2022", "-o", "-")
    #expect(Self.contents(path) == stdout.stdout, "the file has exactly what -o - prints")
    #expect(Self.listing(folder) == ["slice.md"], "no temporary file is left")
  }

  @Test func keepsAnExistingFileWithoutForce() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/notes.md"
    try "my notes\n".write(toFile: path, atomically: false, encoding: .utf8)
    let result = try CLI.run("export", "--case", Paths.small, "-o", path)
    #expect(result.status == 1, "\(result.summary)")
    #expect(
      result.stderr
        == "Cannot write '\(path)'. The file already exists and was left untouched; choose another name, or ask to replace it. Pass --force to replace it.\n"
    )
    #expect(Self.contents(path) == "my notes\n")
    #expect(Self.listing(folder) == ["notes.md"])
  }

  @Test func forceReplacesAnExistingFile() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/notes.md"
    try "my notes\n".write(toFile: path, atomically: false, encoding: .utf8)
    let result = try CLI.run(
      "export", "--case", Paths.small, "--show", "garcia", "-o", path, "--force")
    #expect(result.status == 0, "\(result.summary)")
    #expect(Self.contents(path)?.hasPrefix("# Dossier: Genaro García Luna\n") == true)
    #expect(Self.listing(folder) == ["notes.md"])
  }

  @Test func missingFolderFailsAndWritesNothing() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try CLI.run("export", "--case", Paths.small, "-o", folder + "/no/such/out.md")
    #expect(result.status == 1, "\(result.summary)")
    #expect(
      result.stderr
        == "Cannot write '\(folder)/no/such/out.md'. The folder '\(folder)/no/such' does not exist; create it, or choose another folder.\n"
    )
    #expect(result.stdout.isEmpty)
    #expect(Self.listing(folder).isEmpty)
  }

  @Test func pathUnderAFileFailsAndWritesNothing() throws {
    // Tests run as root, for whom permissions do not stop a write; a path under a regular
    // file cannot be written by anyone.
    let before = Self.contents("/etc/hostname")
    let result = try CLI.run("export", "--case", Paths.small, "-o", "/etc/hostname/out.md")
    #expect(result.status == 1, "\(result.summary)")
    #expect(
      result.stderr
        == "Cannot write '/etc/hostname/out.md'. '/etc/hostname' is not a folder; choose a path inside a folder.\n"
    )
    #expect(Self.contents("/etc/hostname") == before)
    #expect(!Self.listing("/etc").contains { $0.hasPrefix(".out.md") })
  }

  @Test func nothingMatchingWritesNothing() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try CLI.run(
      "export", "--case", Paths.small, "--year", "1900", "-o", folder + "/x.md")
    #expect(result.status == 1, "\(result.summary)")
    #expect(result.stderr == "No events match in 1900; nothing was written.\n")
    #expect(Self.listing(folder).isEmpty)
  }

  @Test func unknownNameSuggestsAndFails() throws {
    let result = try CLI.run("export", "--case", Paths.small, "--show", "cienfuegoz", "-o", "-")
    #expect(result.status == 1, "\(result.summary)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("is called 'cienfuegoz'. Did you mean"), "\(result.summary)")
  }

  @Test func twoViewsAtOnceIsAUsageError() throws {
    let result = try CLI.run(
      "export", "--case", Paths.small, "--show", "garcia", "--source", "1", "-o", "-")
    #expect(result.status == 64, "\(result.summary)")
    #expect(result.stderr.contains("Choose one view"), "\(result.summary)")
  }

  @Test func outputIsRequired() throws {
    let result = try CLI.run("export", "--case", Paths.small)
    #expect(result.status == 64, "\(result.summary)")
    #expect(result.stderr.contains("--output"), "\(result.summary)")
  }

  @Test func sameViewSameBytesAndStampOnlyWhenAsked() throws {
    let first = try CLI.run("--case", Paths.small, "export", "-o", "-")
    let second = try CLI.run("--case", Paths.small, "export", "-o", "-")
    #expect(first.status == 0 && first.stdout == second.stdout)
    #expect(!first.stdout.contains("Generated"))
    let stamped = try CLI.run("--case", Paths.small, "export", "-o", "-", "--stamp")
    let extra = stamped.lines.filter { !first.lines.contains($0) }
    #expect(extra.count == 1, "\(extra)")
    #expect(
      extra.first?.range(
        of: #"^- \*\*Generated:\*\* \d{4}-\d\d-\d\d \d\d:\d\d UTC$"#, options: .regularExpression)
        != nil, "\(extra)")
  }
}
