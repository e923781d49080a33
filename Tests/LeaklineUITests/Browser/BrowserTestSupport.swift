import Foundation
import LeaklineArticle
import LeaklineModel
import LeaklineUI
import Testing

/// Case files for browser tests.
enum Fixtures {
  /// The folder holding golden screens, next to this file's folder.
  static let goldens = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Goldens")

  /// `Goldens/fixtures/small.case.json`: twelve events, six entities, four sources; stable.
  static let small: CaseIndex = {
    let url = goldens.appendingPathComponent("fixtures/small.case.json")
    do {
      let bytes = try [UInt8](Data(contentsOf: url))
      return CaseIndex(try CaseFileLoader.load(bytes: bytes, name: "small.case.json"))
    } catch {
      // A broken fixture is a broken test suite; say which file and why.
      preconditionFailure("Cannot load \(url.path): \(error)")
    }
  }()

  /// The article's case file as embedded in the binary, or why it does not load yet.
  static let article: Result<CaseIndex, CaseFileError> = {
    do throws(CaseFileError) {
      return .success(
        CaseIndex(
          try CaseFileLoader.load(bytes: ArticleCaseFile.bytes, name: ArticleCaseFile.displayName)))
    } catch {
      return .failure(error)
    }
  }()
}

extension Browser {
  /// A browser on `index` laid out at `size`, as the backend starts it.
  static func started(
    _ index: CaseIndex = Fixtures.small, size: Size = Size(columns: 100, rows: 30),
    mouse: Bool = false,
    exporter: (any ViewExporter)? = nil, observer: (any BrowserObserver)? = nil
  ) -> Browser {
    var browser = Browser(
      index: index, caseName: "small.case.json", mouse: mouse, exporter: exporter,
      observer: observer)
    _ = browser.handle(.resized(size))
    return browser
  }

  /// Presses keys in order; returns the effects of the last one.
  @discardableResult
  mutating func press(_ keys: Key...) -> [TerminalEffect] {
    var effects: [TerminalEffect] = []
    for key in keys { effects = handle(.key(key)) }
    return effects
  }

  /// Types `text` one character at a time, as a user would.
  mutating func type(_ text: String) {
    for character in text { _ = handle(.key(.character(character))) }
  }

  /// The screen as golden text.
  var screen: String {
    var buffer = ScreenBuffer(size: state.size)
    render(into: &buffer)
    return buffer.snapshot()
  }

  /// The screen's lines without styles.
  var lines: [String] {
    var buffer = ScreenBuffer(size: state.size)
    render(into: &buffer)
    return buffer.lines()
  }

  /// The id of the selected item of the list on screen.
  var selectedID: String? {
    guard let list = state.page.kind.list else { return nil }
    let shown = positions(list)
    guard !shown.isEmpty else { return nil }
    let position = shown[state.page.list.selection]
    switch list {
    case .timeline: return index.timeline[position].id
    case .people: return index.entitiesByKind[position].id
    case .sources: return index.sourcesInOrder[position].id
    }
  }

  /// What the selected link of the page on screen opens.
  var selectedLink: Link? {
    guard let cursor = state.page.document.cursor, let (document, _) = document(state.page) else {
      return nil
    }
    return document.line(cursor).link
  }
}

/// Compares `text` with `Goldens/<name>.txt`.
///
/// A missing golden, or `RECORD_GOLDENS=1`, writes the file and fails the test, so a new
/// screen is never accepted without someone reading it.
func expectGolden(
  _ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let url = Fixtures.goldens.appendingPathComponent(name + ".txt")
  let recording = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
  guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
    do {
      try text.write(to: url, atomically: true, encoding: .utf8)
      Issue.record(
        "Recorded Goldens/\(name).txt. Review it (git diff), then run again without RECORD_GOLDENS.",
        sourceLocation: sourceLocation)
    } catch {
      Issue.record("Cannot write golden \(url.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  if text != expected {
    let got = text.split(separator: "\n", omittingEmptySubsequences: false)
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let first =
      zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(got.count, want.count)
    let line = { (lines: [Substring]) in first < lines.count ? String(lines[first]) : "<end>" }
    Issue.record(
      """
      Screen '\(name)' differs from Goldens/\(name).txt at line \(first + 1):
        expected: \(line(want))
        actual:   \(line(got))
      To accept the new screen, run with RECORD_GOLDENS=1 and review the diff.
      """, sourceLocation: sourceLocation)
  }
}
