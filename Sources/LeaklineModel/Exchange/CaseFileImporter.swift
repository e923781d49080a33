/// Builds a case file from another tool's file: the one entry point `leakline import` uses.
///
/// Whatever the source format, the result is rendered in the case-file format and loaded
/// back through ``CaseFileLoader/load(bytes:name:)``, so an import that succeeds always
/// passes `leakline validate`.
public enum CaseFileImporter {
  /// The formats `leakline import --from` reads. `timelinejs` is the JSON file or the
  /// Google Sheets template saved as CSV (told apart by the first character); `csv` is
  /// Leakline's own columns, or the template when its header is the template's.
  public enum Format: String, Sendable, CaseIterable {
    case csv, timelinejs
  }

  /// A successful import: the case file, its JSON text to write, and what was assumed or
  /// left out.
  public struct Result: Sendable {
    public var caseFile: CaseFile
    public var json: String
    public var warnings: [String]
  }

  /// Imports `bytes` (the file called `name`).
  ///
  /// - Parameter title: the case file's title; by default the TimelineJS title slide's
  ///   headline, or "Imported from NAME".
  /// - Throws: ``CaseFileError`` with every problem, each with its line, column, row or
  ///   JSON path, and how to fix it.
  ///   `skipInvalid`: leave out each TimelineJS slide that has a problem, and list it in the
  ///   warnings with its reasons, instead of failing the whole import.
  public static func load(
    bytes: [UInt8], name: String, from format: Format, title: String? = nil,
    skipInvalid: Bool = false
  ) throws(CaseFileError) -> Result {
    if let bad = UTF8Validation.firstInvalidByte(in: bytes) {
      throw CaseFileError(issues: [
        CaseFileIssue(
          file: name, location: DocumentText(bytes: bytes).location(of: bad), jsonPath: "", id: nil,
          message:
            "The file is not UTF-8 text (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at offset \(bad))",
          help:
            "Save it as UTF-8 (in a spreadsheet: \"CSV UTF-8\"), or convert it with iconv -f latin1 -t utf-8."
        )
      ])
    }
    let (caseFile, warnings) =
      switch format {
      case .csv where isTimelineJSSheet(bytes):
        try TimelineJSImporter.caseFile(
          bytes: bytes, name: name, title: title, skipInvalid: skipInvalid, note: sheetNote)
      case .csv:
        try CSVImporter.caseFile(
          text: String(decoding: bytes, as: UTF8.self), name: name, title: title)
      case .timelinejs:
        try TimelineJSImporter.caseFile(
          bytes: bytes, name: name, title: title, skipInvalid: skipInvalid)
      }
    let json = CaseFileJSON.caseFile(caseFile).render() + "\n"
    let checked = try CaseFileLoader.load(bytes: Array(json.utf8), name: name + " (imported)")
    return Result(caseFile: checked, json: json, warnings: warnings)
  }

  static let sheetNote =
    "The header is Knight Lab's TimelineJS template, so the file was read as a TimelineJS sheet (as with --from timelinejs)."

  /// Whether a CSV's header row is the TimelineJS template's (see
  /// ``TimelineJSSheetColumn/isTemplate(_:)``).
  static func isTimelineJSSheet(_ bytes: [UInt8]) -> Bool {
    let firstLine = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
    guard let header = try? CSVTable.parse(String(decoding: firstLine, as: UTF8.self)).first
    else { return false }
    return TimelineJSSheetColumn.isTemplate(header.cells)
  }
}
