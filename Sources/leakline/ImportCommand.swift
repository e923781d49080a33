import ArgumentParser
import LeaklineModel

/// `leakline import --from csv|timelinejs FILE -o case.json`: a case file from a
/// spreadsheet or a TimelineJS timeline (JSON, or the Google Sheets template as CSV).
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract:
      "Make a case file from a CSV of events or a TimelineJS timeline (JSON, or the Google Sheets template as CSV).",
    discussion: """
      The CSV has the columns 'leakline export --format csv' writes (date, title and sources \
      are required); actors named in it become people & units. Every problem is reported \
      with its line, row or JSON path and field, and then nothing is written. The case file \
      written always passes 'leakline validate'. An existing file is kept unless '--force' is \
      given. '--from timelinejs' reads the JSON file or Knight Lab's Google Sheets template \
      saved as CSV; '--from csv' also recognises the template's header. With \
      '--skip-invalid', TimelineJS slides with a problem are left out and listed, and the \
      others imported. See docs/formats.md.
      """)

  @Option(help: ArgumentHelp("The format of FILE: csv or timelinejs.", valueName: "format"))
  var from: String

  @Argument(help: "The file to import; '-' reads it from standard input.")
  var file: String

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp("The case file to write; '-' writes to standard output.", valueName: "path"))
  var output: String

  @Option(
    help: ArgumentHelp(
      "The case file's title (default: the file's own title, or 'Imported from FILE').",
      valueName: "title"))
  var title: String?

  @Flag(help: "Replace the file named by '-o' if it exists.")
  var force = false

  @Flag(
    help:
      "Import the valid TimelineJS slides and list each skipped one with its reason, instead of importing nothing."
  )
  var skipInvalid = false

  func validate() throws {
    if CaseFileImporter.Format(rawValue: from) == nil {
      throw ValidationError(
        "'\(from)' is not a format Leakline imports; choose "
          + CaseFileImporter.Format.allCases.map(\.rawValue).joined(separator: " or ") + ".")
    }
    if output.isEmpty {
      throw ValidationError("Give a file to write with '-o PATH', or '-o -' for standard output.")
    }
    if let title, title.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("The title is empty; give '--title' some words, or leave it out.")
    }
  }

  func run() throws {
    let format = CaseFileImporter.Format(rawValue: from) ?? .csv
    let result: CaseFileImporter.Result
    do {
      let bytes = try CaseInput.bytes(file)
      result = try CaseFileImporter.load(
        bytes: bytes, name: CaseInput.name(file), from: format, title: title,
        skipInvalid: skipInvalid)
    } catch {
      Output.error(error.description)
      Output.error("Nothing was written.")
      throw ExitCode(1)
    }
    for warning in result.warnings { Output.error("import: " + warning) }
    let counts =
      "\(result.caseFile.events.count) events, \(result.caseFile.entities.count) people & units, "
      + "\(result.caseFile.sources.count) sources"
    try OutputFile.write(result.json, to: output, force: force, done: "Imported " + counts)
  }
}
