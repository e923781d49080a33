import Foundation
import LeaklineModel
import Testing

#if canImport(LeaklineArticle)
  import LeaklineArticle
#endif

/// The fast loader builds exactly the strict loader's case file, and leaves every file
/// with a problem to the strict loader, so messages are always the strict loader's.
@Suite struct FastLoaderTests {
  /// A file the strict loader accepts: the fast path must give the same case file.
  struct Valid: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    /// Whether the fast path takes this file itself (else it hands it over, which is
    /// also right, only slower).
    var isFast: Bool
    var testDescription: String { name }
  }

  static let valid: [Valid] = {
    let json = ScaleFixtures.smallJSON
    let text = String(decoding: json, as: UTF8.self)
    let pretty = Array(CaseFileJSON.caseFile(ScaleFixtures.small).render().utf8)
    var rows = [
      Valid(name: "a generated file, one record a line", bytes: json, isFast: true),
      Valid(name: "the same file pretty-printed", bytes: pretty, isFast: true),
      Valid(name: "with a byte-order mark", bytes: [0xEF, 0xBB, 0xBF] + json, isFast: true),
      Valid(
        name: "with white space around", bytes: Array(" \n\t\r".utf8) + json + Array("\n\n ".utf8),
        isFast: true),
      Valid(
        name: "events before sources and entities",
        bytes: Array(FastLoaderTests.eventsFirst(text).utf8),
        isFast: true),
      Valid(
        name: "a member name written with an escape",
        bytes: Array(text.replacingFirst("{\"id\": \"ev-", with: "{\"\\u0069d\": \"ev-").utf8),
        isFast: false),
      Valid(
        name: "escapes in values, NUL included",
        bytes: Array(
          text.replacingFirst(
            "\"title\": \"", with: "\"title\": \"\\u0000\\t\\\"\\\\\\/\\ud83d\\ude00 "
          ).utf8),
        isFast: true),
      Valid(
        name: "an extension field with repeated names",
        bytes: Array(
          text.replacingFirst(
            "{\"id\": \"ev-",
            with: "{\"x-a\": {\"k\": 1, \"k\": [true, null, -0.5e+3]}, \"id\": \"ev-"
          ).utf8),
        isFast: true),
      Valid(
        name: "format version written 1.0",
        bytes: Array(text.replacingFirst("\"leakline\": 1", with: "\"leakline\": 1.0").utf8),
        isFast: false),
      Valid(
        name: "an empty case file",
        bytes: Array(
          #"{"leakline": 1, "title": "t", "sources": [], "entities": [], "events": []}"#.utf8),
        isFast: true),
      Valid(
        name: "an undated event marked approximate",
        bytes: Array(
          text.replacingFirst(
            "\"date\": \"", with: "\"approximate\": true, \"date\": null, \"x-was\": \""
          ).utf8),
        isFast: true),
    ]
    #if canImport(LeaklineArticle)
      rows.append(
        Valid(name: "the article's case file", bytes: ArticleCaseFile.bytes, isFast: true))
    #endif
    return rows
  }()

  @Test(arguments: valid)
  func acceptsWhatTheStrictPathAccepts(_ row: Valid) throws {
    let strict = try CaseFileLoader.loadStrictly(bytes: row.bytes, name: row.name)
    let fast = FastCaseFileLoader.load(row.bytes)
    // Split over two cores wherever a second reader can start.
    let split = FastCaseFileLoader.load(row.bytes, parallelFrom: 1)
    if row.isFast {
      #expect(fast == strict)
      #expect(fast.map(FastLoaderTests.bytesOf) == FastLoaderTests.bytesOf(strict))
      #expect(split == strict)
    } else {
      #expect(fast == nil)
      #expect(split == nil)
    }
    #expect(try CaseFileLoader.load(bytes: row.bytes, name: row.name) == strict)
  }

  @Test func loadsFromAPathAsFromBytes() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leakline-fast-\(getpid()).json")
    try Data(ScaleFixtures.smallJSON).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    var reports: [LoadProgress] = []
    let loaded = try CaseFileLoader.load(path: url.path) { reports.append($0) }
    #expect(loaded == ScaleFixtures.small)
    #expect(try CaseFileLoader.load(path: url.path) == ScaleFixtures.small)
    #expect(reports.first?.totalBytes == ScaleFixtures.smallJSON.count)
  }

  /// A file with a problem: the fast path must hand it over, and the messages must be the
  /// strict path's.
  struct Broken: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var testDescription: String { name }
  }

  static let broken: [Broken] = {
    let text = String(decoding: ScaleFixtures.smallJSON, as: UTF8.self)
    func row(_ name: String, _ edit: (String) -> String) -> Broken {
      Broken(name: name, bytes: Array(edit(text).utf8))
    }
    let firstEvent = ScaleFixtures.small.events[0].id
    let secondEvent = ScaleFixtures.small.events[1].id
    let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
    var rows = [
      row("an event in the second half with the first one's id") {
        $0.replacingFirst(
          "\"id\": \"\(ScaleFixtures.small.events[250].id)\"", with: "\"id\": \"\(firstEvent)\"")
      },
      row("two events with one id") {
        $0.replacingFirst("\"id\": \"\(secondEvent)\"", with: "\"id\": \"\(firstEvent)\"")
      },
      row("an event with a source's id") {
        $0.replacingFirst("\"id\": \"\(firstEvent)\"", with: "\"id\": \"src-00001\"")
      },
      row("an unknown actor") {
        $0.replacingFirst("\"actors\": [\"ent-", with: "\"actors\": [\"ent-9")
      },
      row("a source where an actor goes") {
        $0.replacingFirst("\"actors\": [\"", with: "\"actors\": [\"src-00002\", \"")
      },
      row("an unknown source") {
        $0.replacingFirst("\"sources\": [\"src-", with: "\"sources\": [\"src-9")
      },
      row("an impossible date") {
        $0.replacingFirst("\"date\": \"", with: "\"date\": \"2011-02-30\", \"x-old\": \"")
      },
      row("a date with a time") {
        $0.replacingFirst("\"date\": \"", with: "\"date\": \"2011-02-03T10:00\", \"x-old\": \"")
      },
      row("a misspelt field") { $0.replacingFirst("\"summary\": ", with: "\"sumary\": ") },
      row("a field given twice") {
        $0.replacingFirst("\"title\": ", with: "\"title\": \"Twice\", \"title\": ")
      },
      row("a trailing comma") {
        $0.replacingFirst("\"sources\": [\"src-00", with: "\"sources\": [,\"src-00")
      },
      row("a missing comma") { $0.replacingFirst("\", \"title\": ", with: "\" \"title\": ") },
      row("a range that ends before it starts") {
        $0.replacingFirst("\"date\": \"", with: "\"end\": \"1980\", \"date\": \"")
      },
      row("an end without a date") {
        $0.replacingFirst("\"date\": \"", with: "\"end\": \"1990\", \"date\": null, \"x-was\": \"")
      },
      row("an empty title") {
        $0.replacingFirst("\"title\": \"", with: "\"title\": \" \\t \", \"x-was\": \"")
      },
      row("an empty actor id") {
        $0.replacingFirst("\"actors\": [\"", with: "\"actors\": [\"\", \"")
      },
      row("an event without sources") {
        $0.replacingFirst("\"sources\": [\"src-", with: "\"x-sources\": [\"src-")
      },
      row("an event with no sources listed") {
        $0.replacingFirst(", \"sources\": [\"src-", with: ", \"sources\": [], \"x-s\": [\"src-")
      },
      row("an id with a space") {
        $0.replacingFirst("\"id\": \"\(firstEvent)\"", with: "\"id\": \"ev 1\"")
      },
      row("a reference number written as text") {
        $0.replacingFirst("\"refs\": [", with: "\"refs\": [\"1\", ")
      },
      row("a reference number claimed twice") {
        $0.replacingFirst("\"refs\": [3]", with: "\"refs\": [1]")
      },
      row("a reference number listed twice") {
        $0.replacingFirst("\"refs\": [3]", with: "\"refs\": [3, 3]")
      },
      row("a reference number of zero") {
        $0.replacingFirst("\"refs\": [3]", with: "\"refs\": [0]")
      },
      row("a relation to itself") {
        $0.replacingFirst("{\"to\": \"", with: "{\"to\": \"ent-00000\", \"x-was\": \"")
      },
      row("an unknown entity kind") {
        $0.replacingFirst("\"kind\": \"person\"", with: "\"kind\": \"persn\"")
      },
      row("an unknown scope") {
        $0.replacingFirst("\"scope\": \"context\"", with: "\"scope\": \"contxt\"")
      },
      row("a web address without http") {
        $0.replacingFirst("\"url\": \"https://", with: "\"url\": \"ftp://")
      },
      row("format version 2") { $0.replacingFirst("\"leakline\": 1", with: "\"leakline\": 2") },
      row("a web address with a space") {
        $0.replacingFirst("\"url\": \"https://", with: "\"url\": \"https:// ")
      },
      row("a web address that is only a scheme") {
        $0.replacingFirst(
          "\"url\": \"https://example.org", with: "\"url\": \"https://\", \"x-was\": \"")
      },
      row("no events") { $0.replacingFirst("\"events\": [", with: "\"x-events\": [") },
      row("nesting 300 deep in an extension") {
        $0.replacingFirst("{\"id\": \"ev-", with: "{\"x-deep\": \(deep), \"id\": \"ev-")
      },
      row("half a surrogate pair") {
        $0.replacingFirst("\"title\": \"", with: "\"title\": \"\\ud83d ")
      },
      row("an unknown escape") { $0.replacingFirst("\"title\": \"", with: "\"title\": \"\\x41 ") },
      row("a raw line break in a string") {
        $0.replacingFirst("\"title\": \"", with: "\"title\": \"a\nb ")
      },
      row("a number with a leading zero") {
        $0.replacingFirst("{\"id\": \"ev-", with: "{\"x-n\": 01, \"id\": \"ev-")
      },
      row("text after the end") { $0 + "{}" },
      row("a file cut short") { String($0.prefix($0.utf8.count / 2)) },
      row("a top-level array") { "[" + $0 + "]" },
    ]
    rows.append(Broken(name: "an empty file", bytes: []))
    rows.append(Broken(name: "only white space", bytes: Array(" \n\t ".utf8)))
    var latin1 = ScaleFixtures.smallJSON
    if let accent = latin1.firstIndex(of: 0xC3) { latin1[accent] = 0xE9 }
    rows.append(Broken(name: "a Latin-1 byte", bytes: latin1))
    var overlong = ScaleFixtures.smallJSON
    if let quote = overlong.firstIndex(of: 0x22) {
      overlong.replaceSubrange(quote...quote, with: [0x22, 0xC0, 0xAF])
    }
    rows.append(Broken(name: "an overlong encoding", bytes: overlong))
    return rows
  }()

  @Test(arguments: broken)
  func leavesProblemsToTheStrictPath(_ row: Broken) {
    #expect(FastCaseFileLoader.load(row.bytes) == nil)
    #expect(FastCaseFileLoader.load(row.bytes, parallelFrom: 1) == nil)
    var strictIssues: [String] = []
    do {
      _ = try CaseFileLoader.loadStrictly(bytes: row.bytes, name: "case.json")
      Issue.record("The strict path accepted the file; the variant does not break it.")
    } catch {
      strictIssues = error.issues.map(\.description)
    }
    do {
      _ = try CaseFileLoader.load(bytes: row.bytes, name: "case.json")
      Issue.record("The file loaded.")
    } catch {
      #expect(error.issues.map(\.description) == strictIssues)
    }
  }

  /// The file with `events` moved before `sources` and `entities`.
  static func eventsFirst(_ text: String) -> String {
    guard let sources = text.range(of: "  \"sources\": ["),
      let events = text.range(of: ",\n  \"events\": [")
    else {
      return text
    }
    let head = String(text[..<sources.lowerBound])
    let records = String(text[sources.lowerBound..<events.lowerBound])
    var tail = String(text[events.upperBound...])
    tail.removeLast(3)  // "\n}\n"
    return head + "  \"events\": [" + tail + ",\n" + records + "\n}\n"
  }

  /// A case file written out, to compare the bytes of every string and not only their
  /// Unicode equality.
  static func bytesOf(_ file: CaseFile) -> [UInt8] {
    Array(CaseFileJSON.caseFile(file).render().utf8)
  }
}

extension String {
  /// The text with the first occurrence of `target` replaced; unchanged if there is none.
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
