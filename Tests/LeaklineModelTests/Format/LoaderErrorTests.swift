import LeaklineModel
import Testing

/// One problem the loader must report: where (line:column, JSON path, record id) and what.
struct ExpectedIssue: Hashable, Sendable, CustomStringConvertible {
  /// "line:column", or "" when the problem has no place in the file.
  var at: String
  var path: String
  var id: String?
  var message: String

  init(_ at: String, _ path: String, id: String? = nil, _ message: String) {
    self.at = at
    self.path = path
    self.id = id
    self.message = message
  }

  init(_ issue: CaseFileIssue) {
    at = issue.location?.description ?? ""
    path = issue.jsonPath
    id = issue.id
    message = issue.message
  }

  var description: String { "\(at) [\(path)\(id.map { ", id \($0)" } ?? "")] \(message)" }
}

/// Every bad-input kind the loader must report, one small file each (Fixtures/bad/).
///
/// Each row asserts the complete list of issues: the exact message, line:column, JSON path
/// and id, plus a phrase the fix must contain. Positions were worked out from the files
/// independently of the loader.
@Suite struct LoaderErrorTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var name: String
    var file: String
    var issues: [ExpectedIssue]
    /// A phrase the first issue's "how to fix it" must contain.
    var help: String?
    var testDescription: String { name }
  }

  static let syntax: [Row] = [
    Row(
      name: "a missing comma between members", file: "syntax-missing-comma.json",
      issues: [ExpectedIssue("4:3", "", "JSON syntax error: Expected ',' or '}' but found '\"'")],
      help: "is a comma missing"),
    Row(
      name: "a trailing comma in an object", file: "syntax-trailing-comma-object.json",
      issues: [ExpectedIssue("7:1", "", "JSON syntax error: Trailing comma before '}'")],
      help: "Remove the comma"),
    Row(
      name: "a trailing comma in a list", file: "syntax-trailing-comma-array.json",
      issues: [ExpectedIssue("6:88", "", "JSON syntax error: Trailing comma before ']'")],
      help: "Remove the comma"),
    Row(
      name: "a string left open at the end of a line",
      file: "syntax-unclosed-string-line-break.json",
      issues: [ExpectedIssue("3:22", "", "JSON syntax error: A line break inside a string")],
      help: "close the string's quote"),
    Row(
      name: "a string left open at the end of the file", file: "syntax-unclosed-string-at-end.json",
      issues: [ExpectedIssue("1:27", "", "JSON syntax error: A string is never closed")],
      help: "closing double quote"),
    Row(
      name: "a member name in single quotes", file: "syntax-single-quoted-key.json",
      issues: [
        ExpectedIssue(
          "2:3", "", "JSON syntax error: Expected a member name in double quotes but found '''")
      ],
      help: "\"name\": value"),
    Row(
      name: "a string value in single quotes", file: "syntax-single-quoted-value.json",
      issues: [ExpectedIssue("3:12", "", "JSON syntax error: Expected a value but found '''")],
      help: "double quotes"),
    Row(
      name: "a bare word instead of a string", file: "syntax-bare-word.json",
      issues: [ExpectedIssue("3:12", "", "JSON syntax error: Expected a value but found 'A'")],
      help: "a string in double quotes"),
    Row(
      name: "a file cut short", file: "syntax-truncated.json",
      issues: [
        ExpectedIssue(
          "6:1", "", "JSON syntax error: The file ends inside an array opened at byte 56")
      ],
      help: "cut short"),
    Row(
      name: "a second document after the first", file: "syntax-text-after-document.json",
      issues: [
        ExpectedIssue("2:1", "", "JSON syntax error: Unexpected '{' after the end of the document")
      ],
      help: "one JSON value"),
  ]

  static let shape: [Row] = [
    Row(
      name: "a title that is a number", file: "type-title-number.json",
      issues: [ExpectedIssue("3:12", "title", "\"title\" must be a string, not an integer")],
      help: "double quotes"),
    Row(
      name: "events that are an object, not a list", file: "type-events-object.json",
      issues: [ExpectedIssue("6:13", "events", "\"events\" must be an array, not an object")],
      help: "[ … ]"),
    Row(
      name: "actors written as one string", file: "type-actors-string.json",
      issues: [
        ExpectedIssue(
          "6:83", "events[0].actors", id: "arrest", "\"actors\" must be an array, not a string")
      ]),
    Row(
      name: "a date written as a number", file: "type-date-number.json",
      issues: [
        ExpectedIssue(
          "6:42", "events[0].date", id: "massacre", "\"date\" must be a date string, not an integer"
        )
      ],
      help: "Dates are strings"),
    Row(
      name: "approximate written as a string", file: "type-approximate-string.json",
      issues: [
        ExpectedIssue(
          "6:65", "events[0].approximate", id: "founding",
          "\"approximate\" must be true or false, not a string")
      ]),
    Row(
      name: "a file that holds a list, not a case file", file: "type-root-array.json",
      issues: [ExpectedIssue("1:1", "", "The file holds an array, not a case file object")],
      help: "\"leakline\": 1"),
    Row(
      name: "a missing title", file: "missing-title.json",
      issues: [ExpectedIssue("1:1", "title", "Missing required field \"title\"")]),
    Row(
      name: "an event without a date", file: "missing-event-date.json",
      issues: [
        ExpectedIssue("7:5", "events[0].date", id: "arrest", "Missing required field \"date\"")
      ],
      help: "\"date\": null"),
    Row(
      name: "an entity without sources", file: "missing-entity-sources.json",
      issues: [
        ExpectedIssue(
          "6:5", "entities[0].sources", id: "garcia-luna", "Missing required field \"sources\"")
      ],
      help: "at least one source"),
    Row(
      name: "a source without an id", file: "missing-source-id.json",
      issues: [ExpectedIssue("5:5", "sources[0].id", "Missing required field \"id\"")]),
    Row(
      name: "no format version", file: "version-missing.json",
      issues: [ExpectedIssue("1:1", "leakline", "Missing required field \"leakline\"")],
      help: "\"leakline\": 1"),
    Row(
      name: "format version 0", file: "version-0.json",
      issues: [ExpectedIssue("2:15", "leakline", "Format version 0 is not one this build reads")],
      help: "Set \"leakline\": 1"),
    Row(
      name: "format version 2, from a newer Leakline", file: "version-2.json",
      issues: [ExpectedIssue("2:15", "leakline", "Format version 2 is not one this build reads")],
      help: "newer Leakline"),
    Row(
      name: "format version as the string \"1\"", file: "version-string.json",
      issues: [
        ExpectedIssue(
          "2:15", "leakline", "\"leakline\" must be the format version number 1, not a string")
      ],
      help: "\"leakline\": 1"),
    Row(
      name: "an id with a space", file: "invalid-id.json",
      issues: [
        ExpectedIssue(
          "5:24", "entities[0].id", id: "garcia luna", "'garcia luna' is not a valid id")
      ],
      help: "letters, digits"),
    Row(
      name: "a misspelt entity kind", file: "unknown-entity-kind.json",
      issues: [
        ExpectedIssue(
          "5:47", "entities[0].kind", id: "garcia-luna", "'persn' is not a kind Leakline knows")
      ],
      help: "Did you mean 'person'?"),
    Row(
      name: "an event citing no source", file: "empty-sources.json",
      issues: [ExpectedIssue("7:75", "events[0].sources", id: "arrest", "\"sources\" is empty")],
      help: "at least one source"),
    Row(
      name: "a URL without a scheme", file: "url-not-web.json",
      issues: [
        ExpectedIssue(
          "4:61", "sources[0].url", id: "report", "'www.example.org/report' is not a web address")
      ],
      help: "https://"),
    Row(
      name: "reference numbers written as strings", file: "refs-not-numbers.json",
      issues: [
        ExpectedIssue(
          "5:95", "sources[0].refs[0]", id: "daily-beast",
          "A reference number must be a whole number from 1 up")
      ],
      help: "[3, 9]"),
    Row(
      name: "a key given twice", file: "duplicate-key.json",
      issues: [ExpectedIssue("4:3", "title", "\"title\" is given twice")],
      help: "Keep one"),
    Row(
      name: "a misspelt top-level field", file: "unknown-field.json",
      issues: [ExpectedIssue("4:3", "sumary", "Unknown field \"sumary\"")],
      help: "Did you mean \"summary\"?"),
    Row(
      name: "a misspelt event field", file: "unknown-event-field.json",
      issues: [ExpectedIssue("7:64", "events[0].palce", id: "arrest", "Unknown field \"palce\"")],
      help: "Did you mean \"place\"?"),
  ]

  static let dates: [Row] = [
    Row(
      name: "30 February", file: "date-impossible-day.json",
      issues: [
        ExpectedIssue(
          "7:29", "events[0].date", id: "leak",
          "Impossible date: day 30 does not exist in Feb 2011, which has 28 days")
      ],
      help: "\"2011-02\""),
    Row(
      name: "29 February 1900", file: "date-not-a-leap-year.json",
      issues: [
        ExpectedIssue(
          "4:67", "sources[0].published", id: "report",
          "Impossible date: day 29 does not exist in Feb 1900, which has 28 days")
      ]),
    Row(
      name: "month 13", file: "date-month-13.json",
      issues: [
        ExpectedIssue(
          "7:29", "events[0].date", id: "leak",
          "Impossible date: month 13 does not exist (months run 01–12)")
      ]),
    Row(
      name: "a date without leading zeros", file: "date-without-leading-zeros.json",
      issues: [
        ExpectedIssue(
          "7:29", "events[0].date", id: "leak",
          "Impossible date: '2011-3-1' is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD")
      ],
      help: "leading zeros"),
    Row(
      name: "a range that ends before it starts", file: "end-before-start.json",
      issues: [
        ExpectedIssue(
          "7:54", "events[0].end", id: "massacre",
          "The range ends (2011-03-18) before it starts (2011-03-20)")
      ],
      help: "Swap"),
    Row(
      name: "an end on an undated event", file: "end-with-null-date.json",
      issues: [
        ExpectedIssue(
          "7:46", "events[0].end", id: "monument", "An undated event cannot have an \"end\"")
      ]),
  ]

  static let references: [Row] = [
    Row(
      name: "two sources with one id", file: "duplicate-id-in-sources.json",
      issues: [
        ExpectedIssue(
          "6:13", "sources[1].id", id: "report",
          "Id 'report' is already used by the source at sources[0] (line 5)")
      ],
      help: "unique across"),
    Row(
      name: "a source and an event with one id", file: "duplicate-id-across-collections.json",
      issues: [
        ExpectedIssue(
          "9:13", "events[0].id", id: "arrest",
          "Id 'arrest' is already used by the source at sources[0] (line 5)")
      ],
      help: "unique across"),
    Row(
      name: "an unknown actor", file: "unknown-actor.json",
      issues: [
        ExpectedIssue("7:75", "events[0].actors[0]", id: "arrest", "Unknown entity 'garcia-lunna'")
      ],
      help: "Did you mean 'garcia-luna'?"),
    Row(
      name: "an unknown source", file: "unknown-source.json",
      issues: [
        ExpectedIssue("7:94", "events[0].sources[1]", id: "massacre", "Unknown source 'propublika'")
      ],
      help: "Did you mean 'propublica'?"),
    Row(
      name: "a relation to an unknown entity", file: "unknown-relation-target.json",
      issues: [
        ExpectedIssue(
          "7:29", "entities[0].relations[0].to", id: "garcia-luna",
          "Unknown entity 'sinaloa-cartle'")
      ],
      help: "Did you mean 'sinaloa-cartel'?"),
    Row(
      name: "a discrepancy citing an unknown source", file: "unknown-discrepancy-source.json",
      issues: [
        ExpectedIssue(
          "8:102", "events[0].discrepancies[0].sources[0]", id: "cienfuegos-arrest",
          "Unknown source 'dailybeast'")
      ],
      help: "Did you mean 'daily-beast'?"),
    Row(
      name: "a source listed as an actor", file: "wrong-collection.json",
      issues: [
        ExpectedIssue(
          "7:75", "events[0].actors[0]", id: "arrest", "'report' is a source, not an entity")
      ]),
    Row(
      name: "a reference number claimed by two sources", file: "refs-claimed-twice.json",
      issues: [
        ExpectedIssue(
          "6:83", "sources[1].refs[1]", id: "vice",
          "Reference [3] is already claimed by source 'daily-beast'")
      ],
      help: "give that source both numbers"),
    Row(
      name: "a reference number listed twice in one source", file: "refs-repeated.json",
      issues: [
        ExpectedIssue(
          "5:101", "sources[0].refs[2]", id: "daily-beast", "Reference number 3 is listed twice")
      ]),
    Row(
      name: "a relation to itself", file: "relation-to-itself.json",
      issues: [
        ExpectedIssue(
          "7:29", "entities[0].relations[0].to", id: "garcia-luna",
          "A relation of 'garcia-luna' points at itself")
      ]),
  ]

  static let files: [Row] = [
    Row(
      name: "an empty file", file: "empty.json",
      issues: [ExpectedIssue("", "", "The file is empty")], help: "docs/case-file.md"),
    Row(
      name: "a file of only whitespace", file: "whitespace-only.json",
      issues: [ExpectedIssue("", "", "The file is empty")]),
    Row(
      name: "a Latin-1 file", file: "not-utf8.json",
      issues: [ExpectedIssue("3:17", "", "The file is not UTF-8 text (byte 0xED at offset 35)")],
      help: "UTF-8"),
  ]

  @Test(arguments: syntax + shape + dates + references + files)
  func reportsEachBadInputWithItsPlace(_ row: Row) throws {
    let bytes = try TestFiles.bytes("bad/" + row.file)
    let found = issues(loading: bytes, name: row.file)
    #expect(found.map(ExpectedIssue.init) == row.issues)
    #expect(found.allSatisfy { $0.file == row.file }, "every issue names the file")
    #expect(found.allSatisfy { !$0.help.isEmpty }, "every issue says how to fix it")
    if let help = row.help, let first = found.first {
      #expect(first.help.contains(help), "help was: \(first.help)")
    }
  }

  @Test func everyBadFixtureHasARow() {
    let covered = Set(
      (Self.syntax + Self.shape + Self.dates + Self.references + Self.files).map {
        "bad/" + $0.file
      } + ["bad/five-problems.json"])
    let present = Set(TestFiles.jsonFiles(in: "bad"))
    #expect(
      present.subtracting(covered).isEmpty,
      "fixtures without a row: \(present.subtracting(covered).sorted())")
    #expect(
      covered.subtracting(present).isEmpty,
      "rows without a fixture: \(covered.subtracting(present).sorted())")
  }

  @Test func reportsEveryProblemInOnePassInFileOrder() throws {
    let found = issues(
      loading: try TestFiles.bytes("bad/five-problems.json"), name: "five-problems.json")
    #expect(
      found.map(ExpectedIssue.init) == [
        ExpectedIssue(
          "5:57", "sources[0].publisher", id: "report",
          "\"publisher\" must be a string, not an integer"),
        ExpectedIssue(
          "11:29", "events[0].date", id: "leak",
          "Impossible date: day 30 does not exist in Feb 2011, which has 28 days"),
        ExpectedIssue(
          "12:75", "events[1].actors[0]", id: "arrest", "Unknown entity 'garcia-lunna'"),
        ExpectedIssue(
          "13:13", "events[2].id", id: "leak",
          "Id 'leak' is already used by the event at events[0] (line 11)"),
        ExpectedIssue("14:69", "events[3].palce", id: "sentence", "Unknown field \"palce\""),
      ])
  }

  @Test func theErrorListsEveryIssueThenACount() throws {
    let bytes = try TestFiles.bytes("bad/five-problems.json")
    do {
      _ = try CaseFileLoader.load(bytes: bytes, name: "five.json")
      Issue.record("five-problems.json loaded")
    } catch {
      let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(
        lines.first
          == "five.json:5:57: \"publisher\" must be a string, not an integer (at sources[0].publisher, id 'report')"
      )
      #expect(lines.last == "5 problems in five.json.")
      #expect(lines.filter { $0.hasPrefix("  fix: ") }.count == 5)
    }
  }

  struct Nesting: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var testDescription: String { name }
  }

  static let nesting: [Nesting] = [
    Nesting(
      name: "200,000 open brackets", bytes: [UInt8](repeating: UInt8(ascii: "["), count: 200_000)),
    Nesting(
      name: "200,000 balanced brackets",
      bytes: [UInt8](repeating: UInt8(ascii: "["), count: 200_000)
        + [UInt8](repeating: UInt8(ascii: "]"), count: 200_000)),
    Nesting(
      name: "100,000 nested objects",
      bytes: Array(String(repeating: "{\"a\":", count: 100_000).utf8)),
  ]

  @Test(arguments: nesting)
  func absurdNestingIsAnErrorNotACrash(_ row: Nesting) {
    let found = issues(loading: row.bytes, name: "deep.json")
    let depthColumn = row.name.contains("objects") ? 1 + 5 * 256 : 257
    #expect(
      found.map(ExpectedIssue.init) == [
        ExpectedIssue(
          "1:\(depthColumn)", "", "JSON syntax error: Nesting is deeper than 256 levels")
      ])
  }

  @Test func nestingWithinTheLimitIsParsed() {
    // 256 levels is the limit; a case file under it fails only for not being a case file.
    let bytes = Array(
      (String(repeating: "[", count: 256) + String(repeating: "]", count: 256)).utf8)
    let found = issues(loading: bytes, name: "deep.json")
    #expect(found.map(\.message) == ["The file holds an array, not a case file object"])
  }

  @Test func rawControlCharactersInStringsAreSyntaxErrors() {
    let bytes = Array("{ \"leakline\": 1, \"title\": \"a\u{1B}[2J\" }".utf8)
    let found = issues(loading: bytes, name: "esc.json")
    #expect(
      found.map(ExpectedIssue.init) == [
        ExpectedIssue(
          "1:29", "", "JSON syntax error: A raw control character (U+001B) inside a string")
      ])
  }

  @Test func anUnpairedSurrogateEscapeIsASyntaxError() {
    let bytes = Array(#"{ "leakline": 1, "title": "\ud83d" }"#.utf8)
    let found = issues(loading: bytes, name: "surrogate.json")
    #expect(
      found.map(ExpectedIssue.init) == [
        ExpectedIssue("1:28", "", "JSON syntax error: A \\u escape is half of a surrogate pair")
      ])
  }

  @Test func columnsCountCharactersNotBytes() {
    // "García" is seven bytes and six characters: the error after it is at column 21, not 22.
    let bytes = Array("{ \"title\": \"García\" \"x\" }".utf8)
    let found = issues(loading: bytes, name: "accents.json")
    #expect(found.map { $0.location?.description } == ["1:21"])
  }
}

@Suite struct LoaderAcceptsTests {
  @Test func theSmallFixtureLoadsWithEverything() throws {
    let index = try Small.index()
    #expect(index.caseFile.title == "A small test case")
    #expect(index.caseFile.sources.count == 3)
    #expect(index.caseFile.entities.count == 5)
    #expect(index.caseFile.events.count == 7)
  }

  @Test func aByteOrderMarkIsAccepted() throws {
    let file = try CaseFileLoader.load(
      bytes: try TestFiles.bytes("good/byte-order-mark.json"), name: "bom.json")
    #expect(file.title == "Saved with a byte order mark")
    #expect(file.events.map(\.when?.start.description) == ["2011-03"])
  }

  @Test func extensionFieldsAreIgnoredAtEveryLevel() throws {
    let file = try CaseFileLoader.load(
      bytes: try TestFiles.bytes("good/extension-fields.json"), name: "x.json")
    #expect(file.entities.first?.relations.count == 1)
    #expect(file.events.first?.discrepancies.count == 1)
  }

  @Test func leapDaysThatExistAreAccepted() throws {
    let file = try CaseFileLoader.load(
      bytes: try TestFiles.bytes("good/leap-days.json"), name: "leap.json")
    #expect(file.events.map { $0.when?.start.description } == ["2020-02-29", "2000-02-29"])
    #expect(file.sources.first?.published?.description == "2000-02-29")
  }

  @Test func anEmptyCaseFileIsValid() throws {
    let file = try CaseFileLoader.load(
      bytes: try TestFiles.bytes("good/minimal.json"), name: "minimal.json")
    #expect(file == CaseFile(title: "Nothing yet"))
  }

  @Test func everyFieldOfTheFormatIsRead() throws {
    let file = try CaseFileLoader.load(
      bytes: try TestFiles.bytes("good/every-field.json"), name: "every.json")
    let source = try #require(file.sources.first)
    #expect(
      source
        == Source(
          id: "daily-beast", title: "Why the drug war can't be won", refs: [3, 9],
          kind: "news article",
          authors: ["Jeremy Kryt"], publisher: "The Daily Beast", published: .iso("2019-12-14"),
          accessed: .iso("2022-11"),
          url: "https://www.thedailybeast.com/example", isURLConfirmed: false,
          note: "The article lists it twice."))
    let person = try #require(file.entities.first)
    #expect(
      person
        == Entity(
          id: "garcia-luna", kind: .person, name: "Genaro García Luna",
          aliases: ["Genaro Garciá Luna"],
          role: "Former security minister", summary: "Headed federal security.",
          sources: ["daily-beast"],
          relations: [
            Relation(
              to: "sinaloa", type: "took bribes from", sources: ["court"], note: "Per the jury.")
          ]))
    #expect(file.events.map(\.id) == ["massacre", "founded", "sentence", "monument"])
    let massacre = file.events[0]
    #expect(
      massacre
        == Event(
          id: "massacre", when: DateSpan(start: .iso("2011-03-18"), end: .iso("2011-03-20")),
          title: "Allende massacre",
          place: "Allende, Coahuila", kind: "massacre", scope: .article, status: .disputed,
          actors: ["sinaloa"],
          summary: "Three days.", sources: ["daily-beast"], tags: ["allende"],
          discrepancies: [
            Discrepancy(article: "Over one hundred dead.", record: "28 to 300.", sources: ["court"])
          ]))
    #expect(file.events[1].when == DateSpan(start: .iso("1997"), isApproximate: true))
    #expect(file.events[1].scope == .context)
    #expect(file.events[1].status == .unverified)
    #expect(file.events[2].scope == .later)
    #expect(file.events[2].status == .articleOnly)
    #expect(file.events[3].when == nil)
  }

  @Test func loadingByPathNamesTheFileInMessages() {
    let path = TestFiles.fixture("bad/empty.json").path
    #expect(throws: CaseFileError.self) { try CaseFileLoader.load(path: path) }
    do {
      _ = try CaseFileLoader.load(path: path)
    } catch {
      #expect(error.issues.map(\.file) == [path])
    }
  }

  struct Unreadable: Sendable, CustomTestStringConvertible {
    var name: String
    var path: String
    var message: String
    var testDescription: String { name }
  }

  static let unreadable: [Unreadable] = [
    Unreadable(
      name: "a path that does not exist", path: TestFiles.fixture("no-such-file.json").path,
      message: "No such file"),
    Unreadable(
      name: "a folder", path: TestFiles.fixture("bad").path,
      message: "This is a folder, not a case file"),
    Unreadable(
      name: "a character device", path: "/dev/null",
      message: "This is not a regular file (a socket or device)"),
  ]

  @Test(arguments: unreadable)
  func unreadablePathsGiveOneMessage(_ row: Unreadable) {
    do {
      _ = try CaseFileLoader.load(path: row.path)
      Issue.record("\(row.path) loaded")
    } catch {
      #expect(error.issues.map(\.message) == [row.message])
      #expect(error.issues.map(\.file) == [row.path])
    }
  }
}
