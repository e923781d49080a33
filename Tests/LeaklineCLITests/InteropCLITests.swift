import Foundation
import Testing

/// `leakline export --format …` and `leakline import`, run as a user runs them.
@Suite struct InteropCLITests {
  static let tricky = "Tests/LeaklineModelTests/Fixtures/interop/tricky.case.json"
  static let interop = "Tests/LeaklineModelTests/Fixtures/interop"

  static func folder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leakline-interop-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  struct FormatRow: Sendable, CustomTestStringConvertible {
    var format: String
    var start: String
    var warning: String
    var testDescription: String { format }
  }

  static let formats: [FormatRow] = [
    FormatRow(format: "json", start: "{\n  \"leakline\": 1,", warning: "Wrote 4 events"),
    FormatRow(format: "csv", start: "id,date,end,precision", warning: "csv: "),
    FormatRow(
      format: "timelinejs", start: "{\n  \"title\"",
      warning: "timelinejs: 1 undated event was left out"),
    FormatRow(
      format: "timelinejs-csv", start: "Year,Month,Day,Time,End Year,",
      warning: "timelinejs-csv: 1 undated event was left out"),
    FormatRow(format: "ftm", start: "{\"id\":\"doc-ref-1\"", warning: "ftm: "),
    FormatRow(format: "csl-json", start: "[\n  {\n    \"id\": \"ref-1\"", warning: "csl-json: "),
    FormatRow(format: "bibtex", start: "@techreport{ref-1,", warning: "bibtex: "),
  ]

  @Test(arguments: formats)
  func exportWritesEachFormatAndSaysWhatItLost(_ row: FormatRow) throws {
    let result = try CLI.run("--case", Self.tricky, "export", "--format", row.format, "-o", "-")
    #expect(result.status == 0, "\(result.summary)")
    #expect(result.stdout.hasPrefix(row.start), "\(result.stdout.prefix(80))")
    #expect(result.stderr.contains(row.warning), "\(result.stderr)")
    #expect(result.stderr.contains("Wrote "), "\(result.stderr)")
  }

  @Test func anUnknownFormatIsAUsageError() throws {
    let result = try CLI.run("export", "--format", "docx", "-o", "-")
    #expect(result.status == 64)
    #expect(result.stderr.contains("'docx' is not a format"))
  }

  @Test func jsonExportReopensWithCase() throws {
    let dir = try Self.folder()
    let path = dir + "/garcia.case.json"
    let export = try CLI.run("export", "--format", "json", "--person", "garcia luna", "-o", path)
    #expect(export.status == 0, "\(export.summary)")
    let validate = try CLI.run("validate", path)
    #expect(validate.status == 0, "\(validate.summary)")
    let list = try CLI.run("--case", path, "list")
    #expect(list.status == 0)
    #expect(list.stdout == (try CLI.run("list", "--person", "garcia luna")).stdout)
  }

  @Test func exportKeepsAnExistingFileWithoutForce() throws {
    let dir = try Self.folder()
    let path = dir + "/out.csv"
    try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
    let refused = try CLI.run("export", "--format", "csv", "-o", path)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("Pass --force to replace it."))
    #expect(FileManager.default.contents(atPath: path) == Data("keep me".utf8))
    let forced = try CLI.run("export", "--format", "csv", "-o", path, "--force")
    #expect(forced.status == 0)
  }

  @Test func csvRoundTripThroughTheCLIValidates() throws {
    let dir = try Self.folder()
    let csv = dir + "/tricky.csv"
    let back = dir + "/back.case.json"
    #expect(try CLI.run("--case", Self.tricky, "export", "--format", "csv", "-o", csv).status == 0)
    let imported = try CLI.run("import", "--from", "csv", csv, "-o", back, "--title", "Back")
    #expect(imported.status == 0, "\(imported.summary)")
    #expect(imported.stderr.contains("Imported 4 events, 3 people & units"))
    let validate = try CLI.run("validate", back)
    #expect(validate.status == 0, "\(validate.summary)")
    let refused = try CLI.run("import", "--from", "csv", csv, "-o", back)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("Pass --force"))
  }

  @Test func timelineJSImportValidates() throws {
    let dir = try Self.folder()
    let timeline = dir + "/t.json"
    let back = dir + "/back.case.json"
    #expect(try CLI.run("export", "--format", "timelinejs", "-o", timeline).status == 0)
    let imported = try CLI.run("import", "--from", "timelinejs", timeline, "-o", back)
    #expect(imported.status == 0, "\(imported.summary)")
    #expect(try CLI.run("validate", back).status == 0)
  }

  @Test func theSheetsTemplateImportsAndItsExportReimports() throws {
    let dir = try Self.folder()
    let back = dir + "/harbour.case.json"
    let imported = try CLI.run(
      "import", "--from", "timelinejs", Self.interop + "/harbour-template.timeline.csv", "-o", back)
    #expect(imported.status == 0, "\(imported.summary)")
    #expect(imported.stderr.contains("import: 4 links in the slides' text became sources"))
    #expect(imported.stderr.contains("Imported 5 events, 0 people & units, 5 sources"))
    #expect(try CLI.run("validate", back).status == 0)

    let sheet = dir + "/article.timeline.csv"
    #expect(try CLI.run("export", "--format", "timelinejs-csv", "-o", sheet).status == 0)
    let again = try CLI.run("import", "--from", "csv", sheet, "-o", dir + "/again.case.json")
    #expect(again.status == 0, "\(again.summary)")
    #expect(again.stderr.contains("Knight Lab's TimelineJS template"))
    #expect(again.stderr.contains("Imported 67 events"))
  }

  @Test func skipInvalidListsEachSkippedSlide() throws {
    let dir = try Self.folder()
    let file = Self.interop + "/bce-and-blank.timeline.json"
    let refused = try CLI.run("import", "--from", "timelinejs", file, "-o", dir + "/a.json")
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("(at events[1].start_date)"))
    #expect(refused.stderr.contains("(at events[2].start_date)"))
    let partial = try CLI.run(
      "import", "--from", "timelinejs", file, "-o", dir + "/b.json", "--skip-invalid")
    #expect(partial.status == 0, "\(partial.summary)")
    #expect(partial.stderr.contains("import: skipped events[1] (\"Ides of March\"): line 6:"))
    #expect(partial.stderr.contains("import: skipped events[2] (\"Big bang\"): line 7:"))
    #expect(partial.stderr.contains("Imported 3 events"))
  }

  struct BadRow: Sendable, CustomTestStringConvertible {
    var format: String
    var file: String
    var expected: String
    var testDescription: String { file }
  }

  static let bad: [BadRow] = [
    BadRow(
      format: "csv", file: "bad-date-row-7.csv",
      expected: "bad-date-row-7.csv:7:5: Row 7: day 30 does not exist in Feb 2011"),
    BadRow(
      format: "csv", file: "missing-column.csv",
      expected: "missing-column.csv:1:1: The CSV has no 'sources' column"),
    BadRow(format: "csv", file: "wrong-type.csv", expected: "(at row 2, field 'approximate')"),
    BadRow(
      format: "timelinejs", file: "bad-year.timeline.json",
      expected: "(at events[1].start_date.year)"),
  ]

  @Test(arguments: bad)
  func badImportsFailWithRowAndFieldAndWriteNothing(_ row: BadRow) throws {
    let dir = try Self.folder()
    let out = dir + "/out.case.json"
    let result = try CLI.run(
      "import", "--from", row.format, Self.interop + "/" + row.file, "-o", out)
    #expect(result.status == 1, "\(result.summary)")
    #expect(result.stderr.contains(row.expected), "\(result.stderr)")
    #expect(result.stderr.contains("fix: "))
    #expect(result.stderr.contains("Nothing was written."))
    #expect(!FileManager.default.fileExists(atPath: out))
    #expect(((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).isEmpty)
  }

  @Test func importOfAMissingFileSaysSo() throws {
    let result = try CLI.run("import", "--from", "csv", "no-such.csv", "-o", "-")
    #expect(result.status == 1)
    #expect(result.stderr.contains("no-such.csv: No such file"))
  }
}
