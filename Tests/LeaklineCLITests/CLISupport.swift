import Foundation
import Testing

/// Paths the CLI tests use. Every process runs in the package root, and fixtures are named
/// by paths relative to it, so outputs (and goldens) do not depend on where the tree is.
enum Paths {
  /// `Tests/LeaklineCLITests`.
  static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
  static let goldens = testsFolder.appendingPathComponent("Goldens")

  /// The hand-written model fixture, relative to the package root.
  static let small = "Tests/LeaklineModelTests/Fixtures/small.case.json"
  /// The model's bad-input fixtures, relative to the package root.
  static let bad = "Tests/LeaklineModelTests/Fixtures/bad"
  /// This target's own fixtures, relative to the package root.
  static let fixtures = "Tests/LeaklineCLITests/Fixtures"
  /// The article's case file on disk (the binary embeds the same bytes).
  static let article = "Resources/article.case.json"

  static func absolute(_ relative: String) -> String {
    packageRoot.appendingPathComponent(relative).path
  }
}

/// What one run of `leakline` did.
struct CLIResult: Sendable {
  var arguments: [String]
  var status: Int32
  var stdoutBytes: [UInt8]
  var stderrBytes: [UInt8]
  var timedOut: Bool

  var stdout: String { String(decoding: stdoutBytes, as: UTF8.self) }
  var stderr: String { String(decoding: stderrBytes, as: UTF8.self) }
  /// Standard output split into lines, without the final empty one.
  var lines: [String] {
    var lines = stdout.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  var summary: String {
    "leakline \(arguments.joined(separator: " ")) → exit \(status)\(timedOut ? " (timed out)" : "")\n--- stdout\n\(stdout)--- stderr\n\(stderr)"
  }
}

struct BinaryMissing: Error, CustomStringConvertible {
  var description: String
}

enum CLI {
  /// The built `leakline`: `$LEAKLINE_BIN`, or next to the test bundle.
  static let binary: Result<URL, BinaryMissing> = {
    let fm = FileManager.default
    if let path = ProcessInfo.processInfo.environment["LEAKLINE_BIN"], !path.isEmpty {
      return fm.isExecutableFile(atPath: path)
        ? .success(URL(fileURLWithPath: path))
        : .failure(BinaryMissing(description: "LEAKLINE_BIN=\(path) is not an executable file."))
    }
    let bundle = Bundle.main.bundleURL
    let folders = [
      URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        .deletingLastPathComponent(),
      bundle, bundle.deletingLastPathComponent(),
    ]
    let candidates = folders.map { $0.appendingPathComponent("leakline") }
    if let found = candidates.first(where: { fm.isExecutableFile(atPath: $0.path) }) {
      return .success(found)
    }
    return .failure(
      BinaryMissing(
        description:
          "The leakline binary is not next to the tests (looked for \(candidates.map(\.path).joined(separator: ", "))). "
          + "Run 'swift build' before 'swift test', or set LEAKLINE_BIN to the binary."))
  }()

  /// How long one run may take before it is killed and reported as a hang.
  static let timeout: TimeInterval = 60

  /// Runs `leakline` with `arguments` in the package root, with a fixed locale, no terminal,
  /// no standard input and no inherited environment.
  static func run(_ arguments: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws -> CLIResult
  {
    let binary = try binary.get()
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = Paths.packageRoot
    process.environment = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"]
    process.standardInput = FileHandle.nullDevice
    return try finish(process, arguments: arguments, sourceLocation: sourceLocation)
  }

  /// Runs a prepared `process` to its end (killed after ``timeout``), collecting its output;
  /// `arguments` say in messages what ran.
  static func finish(
    _ process: Process, arguments: [String], sourceLocation: Testing.SourceLocation
  ) throws -> CLIResult {
    // Files, not pipes: a chatty process cannot fill a pipe buffer and deadlock the test.
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leakline-cli-\(UUID().uuidString)")
    let outURL = base.appendingPathExtension("out")
    let errURL = base.appendingPathExtension("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    defer {
      try? FileManager.default.removeItem(at: outURL)
      try? FileManager.default.removeItem(at: errURL)
    }
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    try process.run()

    let killed = Killed()
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [process] in
      if process.isRunning {
        killed.set()
        process.terminate()
      }
    }
    process.waitUntilExit()
    try out.close()
    try err.close()
    let result = CLIResult(
      arguments: arguments, status: process.terminationStatus,
      stdoutBytes: [UInt8](FileManager.default.contents(atPath: outURL.path) ?? Data()),
      stderrBytes: [UInt8](FileManager.default.contents(atPath: errURL.path) ?? Data()),
      timedOut: killed.value)
    if result.timedOut {
      Issue.record(
        "leakline \(arguments.joined(separator: " ")) did not finish in \(Int(timeout)) s",
        sourceLocation: sourceLocation)
    }
    return result
  }

  static func run(_ arguments: String..., sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws -> CLIResult
  {
    try run(arguments, sourceLocation: sourceLocation)
  }
}

/// A flag set from the watchdog's queue and read after the process ends.
final class Killed: @unchecked Sendable {
  private let lock = NSLock()
  private var flag = false
  func set() { lock.withLock { flag = true } }
  var value: Bool { lock.withLock { flag } }
}

/// Compares `text` with `Goldens/<name>.txt`.
///
/// A missing golden, or `RECORD_GOLDENS=1`, writes the file and fails the test, so that no
/// baseline is accepted without someone reading it.
func expectGolden(
  _ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let url = Paths.goldens.appendingPathComponent(name + ".txt")
  let recording = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
  guard !recording, let golden = FileManager.default.contents(atPath: url.path) else {
    do {
      try FileManager.default.createDirectory(at: Paths.goldens, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
      Issue.record(
        "Recorded the golden \(url.path); review it and re-run.", sourceLocation: sourceLocation)
    } catch {
      Issue.record("Cannot write the golden \(url.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  let expected = String(decoding: golden, as: UTF8.self)
  if expected != text {
    let a = expected.components(separatedBy: "\n")
    let b = text.components(separatedBy: "\n")
    let first =
      zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
    let want = first < a.count ? a[first] : "(end of golden)"
    let got = first < b.count ? b[first] : "(end of output)"
    let message =
      "Output differs from Goldens/\(name).txt at line \(first + 1):\n  golden: \(want)\n  output: \(got)\n"
      + "If the new output is right, re-run with RECORD_GOLDENS=1, review the golden and re-run."
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
  }
}

/// Parses JSON output into a dictionary, recording a failure when it is not a JSON object.
func jsonObject(_ result: CLIResult, sourceLocation: Testing.SourceLocation = #_sourceLocation)
  throws -> [String: Any]
{
  let value: Any
  do {
    value = try JSONSerialization.jsonObject(with: Data(result.stdoutBytes))
  } catch {
    Issue.record(
      "stdout is not JSON (\(error)):\n\(result.summary)", sourceLocation: sourceLocation)
    throw error
  }
  guard let object = value as? [String: Any] else {
    Issue.record(
      "stdout is JSON but not an object:\n\(result.summary)", sourceLocation: sourceLocation)
    throw BinaryMissing(description: "not an object")
  }
  return object
}
