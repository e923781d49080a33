/// Builds a case file from another tool's file: the one entry point `leakline import` uses.
///
/// Whatever the source format, the result is rendered in the case-file format and loaded
/// back through ``CaseFileLoader/load(bytes:name:)``, so an import that succeeds always
/// passes `leakline validate`.
public enum CaseFileImporter {
  /// The formats `leakline import --from` reads.
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
  public static func load(bytes: [UInt8], name: String, from format: Format, title: String? = nil)
    throws(CaseFileError) -> Result
  {
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
      case .csv:
        try CSVImporter.caseFile(
          text: String(decoding: bytes, as: UTF8.self), name: name, title: title)
      case .timelinejs: try TimelineJSImporter.caseFile(bytes: bytes, name: name, title: title)
      }
    let json = CaseFileJSON.caseFile(caseFile).render() + "\n"
    let checked = try CaseFileLoader.load(bytes: Array(json.utf8), name: name + " (imported)")
    return Result(caseFile: checked, json: json, warnings: warnings)
  }
}
