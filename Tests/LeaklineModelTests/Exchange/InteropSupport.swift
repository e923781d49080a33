import Foundation
import LeaklineArticle
import LeaklineModel
import Testing

/// The case files the Interop tests run over: the article's, and a fixture whose text has
/// accents, commas, quotes and line breaks.
enum InteropCases {
  static let names = ["article", "tricky"]

  static func index(_ name: String) throws -> CaseIndex {
    let file =
      name == "article"
      ? try CaseFileLoader.load(bytes: ArticleCaseFile.bytes, name: ArticleCaseFile.displayName)
      : try CaseFileLoader.load(path: TestFiles.fixture("interop/\(name).case.json").path)
    return CaseIndex(file)
  }

  static func exporter(_ name: String) throws -> InteropExporter {
    InteropExporter(index: try index(name), caseName: name)
  }

  /// Writes `text` to a fresh temporary file and returns its path.
  static func temporary(_ text: String, ending: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leakline-interop-\(UUID().uuidString).\(ending)")
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// Runs Tests/interop/check_interop.py; fails (never skips) when Python or a module is missing.
  static func check(
    _ format: String, _ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let path = try temporary(text, ending: "json")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let script = TestFiles.packageRoot.appendingPathComponent("Tests/interop/check_interop.py").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script, format, path]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    do {
      try process.run()
    } catch {
      Issue.record(
        "python3 is missing; run Tests/install-prerequisites.sh", sourceLocation: sourceLocation)
      return
    }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let output = String(decoding: data, as: UTF8.self)
    #expect(
      process.terminationStatus == 0 && output == "valid\n", "\(format): \(output)",
      sourceLocation: sourceLocation)
  }
}
