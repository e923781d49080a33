import Foundation
import LeaklineModel
import Testing

/// Where the test data lives. Fixtures are read from the source tree through `#filePath`
/// (Package.swift excludes the folder from the target), never from a bundle.
enum TestFiles {
  /// `Tests/LeaklineModelTests`.
  static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  /// The package root.
  static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
  /// `Tests/LeaklineModelTests/Fixtures`.
  static let fixtures = testsFolder.appendingPathComponent("Fixtures")

  /// A fixture's URL, e.g. `fixture("bad/empty.json")`.
  static func fixture(_ relativePath: String) -> URL {
    fixtures.appendingPathComponent(relativePath)
  }

  /// A fixture's bytes; records an issue (and returns nothing) when it cannot be read.
  static func bytes(
    _ relativePath: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> [UInt8] {
    let url = fixture(relativePath)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record("Cannot read the fixture \(url.path)", sourceLocation: sourceLocation)
      throw CocoaError(.fileReadNoSuchFile)
    }
    return [UInt8](data)
  }

  /// The `.json` files in a fixture folder, sorted by name.
  static func jsonFiles(in folder: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: fixture(folder).path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
  }
}

/// The hand-written fixture every model test can rely on (see Fixtures/small.case.json).
enum Small {
  static let path = TestFiles.fixture("small.case.json").path

  /// The fixture, loaded and indexed. A failure to load is a test failure at the caller.
  static func index(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> CaseIndex {
    do {
      return CaseIndex(try CaseFileLoader.load(path: path))
    } catch {
      Issue.record("small.case.json does not load:\n\(error)", sourceLocation: sourceLocation)
      throw error
    }
  }
}

extension CaseDate {
  /// A date from its ISO text, for test tables; traps on a typo in the table itself.
  static func iso(_ text: String) -> CaseDate {
    do { return try CaseDate(parsing: text) } catch {
      fatalError("bad date in a test table: \(text): \(error)")
    }
  }
}

/// Loads `bytes` and returns the issues, or records a test failure if the file loads.
func issues(
  loading bytes: [UInt8], name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [CaseFileIssue] {
  do {
    _ = try CaseFileLoader.load(bytes: bytes, name: name)
    Issue.record(
      "\(name) loaded without problems, but it should not", sourceLocation: sourceLocation)
    return []
  } catch {
    return error.issues
  }
}
