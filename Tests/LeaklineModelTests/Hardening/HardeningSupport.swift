import Foundation
import LeaklineModel
import Testing

/// Helpers for the hardening tests: the hostile fixtures, a hang guard, and the check that
/// nothing printed from a case file can drive a terminal.
enum Hostile {
  /// `Tests/LeaklineModelTests/Fixtures/hostile`.
  static let folder = TestFiles.fixture("hostile")

  /// A hostile fixture's path, e.g. `path("empty.case.json")`.
  static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// A hostile fixture's bytes.
  static func bytes(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws -> [UInt8]
  {
    try TestFiles.bytes("hostile/" + name, sourceLocation: sourceLocation)
  }

  /// The control sequences written into every text field of the hostile fixtures and the
  /// generated files: a title change (OSC 0 … BEL), a screen clear (CSI 2 J), a C1 CSI,
  /// NUL, CR and backspace.
  static let controls = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{00}\r\u{08}"

  /// How `controls` reads once sanitised: every character visible.
  static let controlsShown = "␛]0;pwned␇␛[2J\\u{9B}31m␀␍␈"

  /// The longest a single load, report or query may take before the test calls it a hang.
  /// Generous on purpose (slow CI machines, debug builds, parallel tests): it catches a
  /// hang or a quadratic blow-up, it does not measure speed.
  static let hangLimit: Double = 60

  /// Whether a scalar must never reach a terminal raw: C0 and C1 controls, DEL, and the
  /// bidirectional controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069).
  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// The forbidden scalars in `text`, as `U+XXXX` names; LF is allowed when asked.
  static func forbidden(in text: String, allowingNewlines: Bool = false) -> [String] {
    text.unicodeScalars.filter { isForbidden($0) && !(allowingNewlines && $0 == "\n") }
      .map { "U+" + String($0.value, radix: 16, uppercase: true) }
  }

  /// Records an issue naming each raw control or bidi character in `text`.
  static func expectTerminalSafe(
    _ text: String, allowingNewlines: Bool = false, _ what: @autoclosure () -> String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let bad = forbidden(in: text, allowingNewlines: allowingNewlines)
    if !bad.isEmpty {
      Issue.record(
        "\(what()) holds raw \(Set(bad).sorted().joined(separator: ", ")): \(text.debugDescription.prefix(300))",
        sourceLocation: sourceLocation)
    }
  }

  /// Everything the CLI can print about a loaded case, as it would print it: every
  /// `PlainTextReport` line and every `JSONReport`, pretty and compact.
  static func everythingPrinted(_ index: CaseIndex) -> (lines: [String], json: [String]) {
    let report = PlainTextReport(index: index)
    var lines = report.eventLines(index.timeline) + report.sourcesList()
    for event in index.timeline { lines += report.eventReport(event) }
    for entity in index.entitiesByKind {
      lines += [report.entityLine(entity)] + report.dossier(entity)
    }
    for source in index.sourcesInOrder { lines += report.sourceReport(source) }
    var reports = [JSONReport.events(index.timeline, index: index, query: nil)]
    reports += index.timeline.map { JSONReport.event($0, index: index) }
    reports += index.entitiesByKind.map { JSONReport.dossier($0, index: index) }
    reports += index.sourcesInOrder.map { JSONReport.source($0, index: index) }
    reports.append(CaseFileJSON.caseFile(index.caseFile))
    return (lines, reports.flatMap { [$0.render(), $0.render(pretty: false)] })
  }

  /// Checks every printed line and JSON report of a loaded case for raw controls.
  static func expectEverythingPrintedIsSafe(
    _ index: CaseIndex, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let printed = everythingPrinted(index)
    for line in printed.lines {
      expectTerminalSafe(line, "a PlainTextReport line", sourceLocation: sourceLocation)
    }
    for json in printed.json {
      expectTerminalSafe(
        json, allowingNewlines: true, "a JSON report", sourceLocation: sourceLocation)
    }
  }

  /// Checks a load failure as `leakline validate` prints it: the sanitised text and the
  /// JSON problem list hold no raw control, and every issue says what and how to fix it.
  static func expectProblemsPrintSafely(
    _ error: CaseFileError, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    #expect(!error.issues.isEmpty, sourceLocation: sourceLocation)
    for issue in error.issues {
      #expect(
        !issue.message.isEmpty && !issue.help.isEmpty, "\(issue)", sourceLocation: sourceLocation)
    }
    let text = TerminalSafeText.sanitize(error.description, keepingNewlines: true)
    expectTerminalSafe(
      text, allowingNewlines: true, "the sanitised problem list", sourceLocation: sourceLocation)
    let json = JSONReport.problems(error, file: error.issues.first?.file ?? "").render()
    expectTerminalSafe(
      json, allowingNewlines: true, "the JSON problem list", sourceLocation: sourceLocation)
  }

  /// Loads bytes under the hang guard.
  static func load(
    _ bytes: [UInt8], name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> Result<CaseFile, CaseFileError>? {
    finishes("loading \(name)", sourceLocation: sourceLocation) {
      Result { () throws(CaseFileError) -> CaseFile in
        try CaseFileLoader.load(bytes: bytes, name: name)
      }
    }
  }

  /// Loads a path under the hang guard.
  static func load(path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    -> Result<CaseFile, CaseFileError>?
  {
    finishes("loading \(path)", sourceLocation: sourceLocation) {
      Result { () throws(CaseFileError) -> CaseFile in try CaseFileLoader.load(path: path) }
    }
  }

  /// A fresh temporary folder, removed by the caller with `removeItem`.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leakline-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// Runs `body` on its own thread and waits at most ``Hostile/hangLimit`` seconds for it.
///
/// Returns nil, after recording an issue, when the time runs out. The thread cannot be
/// stopped and keeps running until the test process ends; that is acceptable for a test
/// that has already failed.
func finishes<T: Sendable>(
  _ what: String, within seconds: Double = Hostile.hangLimit,
  sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: @escaping @Sendable () -> T
) -> T? {
  let box = HostileResultBox<T>()
  let done = DispatchSemaphore(value: 0)
  let thread = Thread {
    box.set(body())
    done.signal()
  }
  thread.stackSize = 8 << 20
  thread.start()
  if done.wait(timeout: .now() + seconds) == .timedOut {
    Issue.record(
      "\(what) did not finish in \(Int(seconds)) s: a hang or a quadratic blow-up",
      sourceLocation: sourceLocation)
    return nil
  }
  return box.value
}

/// The result of ``finishes(_:within:sourceLocation:_:)``'s thread, handed over under a lock.
final class HostileResultBox<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: T?
  func set(_ value: T) { lock.withLock { stored = value } }
  var value: T? { lock.withLock { stored } }
}

extension Result where Failure == CaseFileError {
  /// The loaded file, recording an issue with every problem when it did not load.
  func loaded(_ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Success?
  {
    switch self {
    case .success(let file): return file
    case .failure(let error):
      Issue.record(
        "\(what) should load but did not:\n\(TerminalSafeText.sanitize(String(error.description.prefix(2000)), keepingNewlines: true))",
        sourceLocation: sourceLocation)
      return nil
    }
  }

  /// The load error, recording an issue when the file loaded.
  func refused(_ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    -> CaseFileError?
  {
    switch self {
    case .success:
      Issue.record("\(what) loaded, but it should be refused", sourceLocation: sourceLocation)
      return nil
    case .failure(let error): return error
    }
  }
}
