import Foundation
import LeaklineModel
import Testing

/// docs/case-file.schema.json and the loader must agree: the loader accepts exactly the
/// files the schema accepts, except for the cross-record rules a schema cannot express
/// (unique ids, references that resolve, real calendar days, ranges that run forwards…),
/// which live in Fixtures/schema/semantic/: schema-valid, loader-invalid.
///
/// The schema side runs Tests/schema/check_schema.py with Python's `jsonschema`. When
/// Python or the package is missing the tests fail with what to install; they never skip.
@Suite struct SchemaAgreementTests {
  enum Expectation: String, Sendable {
    case valid, invalid, semantic
  }

  struct File: Sendable, CustomTestStringConvertible {
    var path: String
    var expectation: Expectation
    var testDescription: String {
      "\(path) is \(expectation == .semantic ? "schema-valid but loader-invalid" : expectation.rawValue)"
    }
  }

  static let files: [File] = [Expectation.valid, .invalid, .semantic].flatMap { kind in
    TestFiles.jsonFiles(in: "schema/" + kind.rawValue).map { File(path: $0, expectation: kind) }
  }

  static let article = TestFiles.packageRoot.appendingPathComponent("Resources/article.case.json")
    .path

  /// The schema's verdict on every file above and on the article, computed once.
  static let verdicts: Result<[String: String], SchemaCheckFailure> = SchemaCheck.run(
    files: files.map { TestFiles.fixture($0.path).path } + [article])

  @Test func thereAreFixturesOfEveryKind() {
    for kind in [Expectation.valid, .invalid, .semantic] {
      #expect(
        Self.files.filter { $0.expectation == kind }.count >= 5, "too few \(kind.rawValue) fixtures"
      )
    }
  }

  @Test func theArticleCaseFileIsValidUnderTheSchema() throws {
    let verdicts = try Self.verdicts.get()
    #expect(verdicts[Self.article] == "valid")
  }

  @Test(arguments: files)
  func loaderAndSchemaAgree(_ file: File) throws {
    let verdicts = try Self.verdicts.get()
    let path = TestFiles.fixture(file.path).path
    let schema = try #require(verdicts[path], "check_schema.py printed no verdict for \(path)")
    let schemaAccepts = schema == "valid"

    var loaderProblems: [String] = []
    do {
      _ = try CaseFileLoader.load(path: path)
    } catch {
      loaderProblems = error.issues.map(\.headline)
    }
    let loaderAccepts = loaderProblems.isEmpty

    switch file.expectation {
    case .valid:
      #expect(schemaAccepts, "the schema refuses it: \(schema)")
      #expect(loaderAccepts, "the loader refuses it: \(loaderProblems.joined(separator: "; "))")
    case .invalid:
      #expect(!schemaAccepts, "the schema accepts it, but it should not")
      #expect(!loaderAccepts, "the loader accepts it, but it should not")
    case .semantic:
      #expect(schemaAccepts, "a cross-record check should pass the schema, but it says: \(schema)")
      #expect(!loaderAccepts, "the loader accepts it, but the cross-record check should refuse it")
    }
  }
}

/// Why the schema check could not run, said so that someone can fix the machine.
struct SchemaCheckFailure: Error, CustomStringConvertible {
  var description: String
}

enum SchemaCheck {
  static let script = TestFiles.packageRoot.appendingPathComponent("Tests/schema/check_schema.py")
    .path

  /// Runs check_schema.py over `files` and returns each file's verdict line ("valid" or
  /// "invalid: reason"), or why the check could not run.
  static func run(files: [String]) -> Result<[String: String], SchemaCheckFailure> {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script] + files
    process.currentDirectoryURL = TestFiles.packageRoot
    let output = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leakline-schema-\(UUID().uuidString)")
    defer {
      try? FileManager.default.removeItem(at: output.appendingPathExtension("out"))
      try? FileManager.default.removeItem(at: output.appendingPathExtension("err"))
    }
    let install =
      "Install Python 3 and jsonschema >= 4 (apt-get install python3 python3-jsonschema, or python3 -m pip install jsonschema); CI's .ci/run does this."
    do {
      _ = FileManager.default.createFile(
        atPath: output.appendingPathExtension("out").path, contents: nil)
      _ = FileManager.default.createFile(
        atPath: output.appendingPathExtension("err").path, contents: nil)
      process.standardOutput = try FileHandle(forWritingTo: output.appendingPathExtension("out"))
      process.standardError = try FileHandle(forWritingTo: output.appendingPathExtension("err"))
      process.standardInput = FileHandle.nullDevice
      try process.run()
    } catch {
      return .failure(
        SchemaCheckFailure(description: "Cannot run /usr/bin/env python3 (\(error)). \(install)"))
    }
    process.waitUntilExit()
    let out = (try? String(contentsOf: output.appendingPathExtension("out"), encoding: .utf8)) ?? ""
    let err = (try? String(contentsOf: output.appendingPathExtension("err"), encoding: .utf8)) ?? ""
    guard process.terminationStatus == 0 || process.terminationStatus == 1 else {
      return .failure(
        SchemaCheckFailure(
          description:
            "check_schema.py could not check the files (exit \(process.terminationStatus)): \(err.isEmpty ? out : err) \(install)"
        ))
    }
    var verdicts: [String: String] = [:]
    for (file, line) in zip(files, out.split(separator: "\n")) {
      let prefix = file + ": "
      guard line.hasPrefix(prefix) else {
        return .failure(
          SchemaCheckFailure(
            description: "check_schema.py printed '\(line)' where a verdict on \(file) was expected"
          ))
      }
      verdicts[file] = String(line.dropFirst(prefix.count))
    }
    return .success(verdicts)
  }
}
