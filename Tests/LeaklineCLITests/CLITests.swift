import Foundation
import LeaklineModel
import Testing

/// `leakline` end to end over the small fixture (`--case` Fixtures/small.case.json), so the
/// outputs and goldens do not change when the article's case file is edited.
@Suite struct CLIFixtureTests {
  static let small = Paths.small

  struct Golden: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    var testDescription: String {
      "leakline " + arguments.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
    }
  }

  static let goldens: [Golden] = [
    Golden(name: "list", arguments: ["--case", small, "list"]),
    Golden(name: "search-garcia-luna", arguments: ["--case", small, "search", "garcia", "luna"]),
    Golden(
      name: "search-person-garcia-luna",
      arguments: ["--case", small, "search", "person:\"garcia luna\""]),
    Golden(name: "search-2011", arguments: ["--case", small, "search", "2011"]),
    Golden(name: "show-cienfuegos", arguments: ["--case", small, "show", "cienfuegos"]),
    Golden(name: "show-garcia-luna", arguments: ["--case", small, "show", "garcia luna"]),
    Golden(name: "show-massacre", arguments: ["--case", small, "show", "massacre"]),
    Golden(name: "show-5", arguments: ["--case", small, "show", "5"]),
    Golden(name: "show-court-record", arguments: ["--case", small, "show", "court-record"]),
    Golden(name: "sources", arguments: ["--case", small, "sources"]),
  ]

  @Test(arguments: goldens)
  func printsWhatTheGoldenShows(_ golden: Golden) throws {
    let result = try CLI.run(golden.arguments)
    #expect(result.status == 0, "\(result.summary)")
    #expect(result.stderr == "")
    expectGolden(result.stdout, golden.name)
  }

  @Test func listPrintsOneEventALineInDateOrder() throws {
    let result = try CLI.run("--case", Self.small, "list")
    #expect(result.status == 0)
    #expect(
      result.lines.map { String($0.prefix(18)).trimmingCharacters(in: .whitespaces) } == [
        "c. 1997", "Mar 2011", "18–20 Mar 2011", "9 Dec 2019", "15 Oct 2020", "16 Oct 2024",
        "undated",
      ])
  }

  @Test func listByYearKeepsEventsTouchingThatYear() throws {
    let result = try CLI.run("--case", Self.small, "list", "--year", "2011")
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        Mar 2011          Phone identifiers leak
        18–20 Mar 2011    Massacre in a border town  [disputed]

        """)
  }

  @Test func listByPersonIgnoresAccentsAndCase() throws {
    let result = try CLI.run("--case", Self.small, "list", "--person", "GARCIA luna")
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        9 Dec 2019        García Luna arrested in Dallas
        16 Oct 2024       García Luna sentenced  [later]

        """)
  }

  @Test func listWithNoMatchSaysSoAndExits1() throws {
    let result = try CLI.run("--case", Self.small, "list", "--year", "1998")
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(result.stderr == "No events match in 1998.\n")
  }

  @Test func anExcludedWordCanBeTypedAsItsOwnArgument() throws {
    // docs/search.md: "-word" excludes. Typed unquoted, it must not be taken for an option.
    let result = try CLI.run("--case", Self.small, "search", "garcia", "-sentenced")
    #expect(result.status == 0, "\(result.summary)")
    #expect(result.stdout.contains("García Luna arrested in Dallas"))
    #expect(!result.stdout.contains("García Luna sentenced"))
  }

  @Test func searchWithNoMatchSaysSoAndExits1() throws {
    let result = try CLI.run("--case", Self.small, "search", "zzzz")
    #expect(result.status == 1)
    #expect(result.stderr == "Nothing matches \"zzzz\".\n")
  }

  @Test(arguments: [
    ["list", "--case", small],
    ["--case=" + small, "list"],
    ["list", "--case=" + small],
  ])
  func caseWorksBeforeOrAfterTheSubcommand(_ arguments: [String]) throws {
    let before = try CLI.run("--case", Self.small, "list")
    let other = try CLI.run(arguments)
    #expect(other.status == 0)
    #expect(other.stdout == before.stdout)
    #expect(other.stderr == before.stderr)
  }

  @Test func anAmbiguousNameListsTheCandidatesAndExits1() throws {
    let result = try CLI.run("--case", Self.small, "show", "arrested")
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(
      result.stderr == """
        'arrested' matches 2 records; show one by its id:
          garcia-arrest  (event)  9 Dec 2019  García Luna arrested in Dallas
          cienfuegos-arrest  (event)  15 Oct 2020  Cienfuegos arrested at Los Angeles airport

        """)
  }

  @Test func anUnknownNameSuggestsTheNearestAndExits1() throws {
    let result = try CLI.run("--case", Self.small, "show", "cienfuegoz")
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(
      result.stderr == """
        Nothing in \(Self.small) is called 'cienfuegoz'. Did you mean 'cienfuegos'?
        Try 'leakline search cienfuegoz' to search all text.

        """)
  }

  @Test func anUnknownReferenceNumberListsTheKnownOnes() throws {
    let result = try CLI.run("--case", Self.small, "sources", "9")
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "There is no reference [9] in \(Self.small). Known references: [1] [2] [5].\n")
  }

  @Test func showingAReferenceNumberIsTheSameAsSourcesWithIt() throws {
    let show = try CLI.run("--case", Self.small, "show", "5")
    let sources = try CLI.run("--case", Self.small, "sources", "5")
    #expect(sources.status == 0)
    // `show` adds the command that opens the record in the browser.
    #expect(
      show.stdout
        == sources.stdout + "\nOpen it: leakline --case \(Self.small) browse --open ref-2\n")
    #expect(sources.stdout.hasPrefix("Reference [2], [5]: Second report, cited twice\n"))
  }

  @Test func sourcesListsNumberedReferencesThenSupplementary() throws {
    let result = try CLI.run("--case", Self.small, "sources")
    let lines = result.lines
    let refs = try #require(lines.firstIndex(of: "The article's references"))
    let extra = try #require(
      lines.firstIndex(of: "Supplementary sources (not cited by the article)"))
    #expect(refs < extra)
    #expect(lines[refs + 1].hasPrefix("  [1] "))
    #expect(lines[refs + 2].hasPrefix("  [2] [5] "))
    #expect(lines[extra + 1].contains("court-record") && lines[extra + 1].contains("Court record"))
  }

  @Test func validateAcceptsTheFixture() throws {
    let result = try CLI.run("validate", Self.small)
    #expect(result.status == 0)
    #expect(result.stdout == "\(Self.small): valid — 7 events, 5 people & units, 3 sources.\n")
    #expect(result.stderr == "")
  }

  @Test func validateListsEveryProblemThenACount() throws {
    let file = Paths.bad + "/five-problems.json"
    let result = try CLI.run("validate", file)
    #expect(result.status == 1)
    expectGolden(result.stdout, "validate-five-problems")
  }

  @Test func browsingWithoutATerminalWritesNoEscapeCodes() throws {
    // No subcommand opens the browser; with stdout a file, no curses code may run.
    let result = try CLI.run("--case", Self.small)
    #expect(!result.timedOut)
    #expect(
      !result.stdoutBytes.contains(0x1B) && !result.stderrBytes.contains(0x1B), "\(result.summary)")
  }
}

/// `leakline validate` on every bad-input fixture of the model tests: exit 1, and each
/// problem printed as `file:line:column: message` exactly as the loader reports it.
@Suite struct CLIValidateBadInputTests {
  static let files: [String] = {
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: Paths.absolute(Paths.bad))) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map { Paths.bad + "/" + $0 }
  }()

  /// Files whose only problem has no place in the file.
  static let placeless: Set<String> = ["empty.json", "whitespace-only.json"]

  @Test func thereAreBadInputFixtures() {
    #expect(Self.files.count >= 40, "found \(Self.files.count) in \(Paths.bad)")
  }

  @Test(arguments: files)
  func validateReportsEachProblemWithItsPlace(_ file: String) throws {
    let result = try CLI.run("validate", file)
    #expect(result.status == 1, "\(result.summary)")
    // What the loader itself reports for the file, under the name the CLI was given.
    let bytes = [UInt8](try #require(FileManager.default.contents(atPath: Paths.absolute(file))))
    let expected: CaseFileError
    do {
      _ = try CaseFileLoader.load(bytes: bytes, name: file)
      Issue.record("\(file) loads, but it is a bad-input fixture")
      return
    } catch {
      expected = error
    }
    #expect(
      result.stdout == TerminalSafeText.sanitize(expected.description, keepingNewlines: true) + "\n"
    )
    let n = expected.issues.count
    #expect(result.lines.last == "\(n) problem\(n == 1 ? "" : "s") in \(file).")
    let placed = result.lines.filter {
      $0.range(
        of: #"^\#(NSRegularExpression.escapedPattern(for: file)):[0-9]+:[0-9]+: "#,
        options: .regularExpression) != nil
    }
    if Self.placeless.contains((file as NSString).lastPathComponent) {
      #expect(placed.isEmpty)
      #expect(result.lines.first?.hasPrefix(file + ": ") == true)
    } else {
      #expect(placed.count == n, "every problem is printed as file:line:column: message")
    }
  }

  @Test func absurdNestingIsAMessageNotACrash() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leakline-deep-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("deep.json")
    try Data(repeating: UInt8(ascii: "["), count: 200_000).write(to: file)
    let result = try CLI.run("validate", file.path)
    #expect(result.status == 1)
    #expect(
      result.stdout.hasPrefix(
        "\(file.path):1:257: JSON syntax error: Nesting is deeper than 256 levels"))
    let list = try CLI.run("list", "--case", file.path)
    #expect(list.status == 1)
    #expect(list.stderr.contains("\(file.path):1:257: "))
  }

  @Test(arguments: ["syntax-missing-comma.json", "unknown-actor.json", "five-problems.json"])
  func openingABadFileWithCaseFailsWithTheSameProblems(_ name: String) throws {
    let file = Paths.bad + "/" + name
    let list = try CLI.run("list", "--case", file)
    let validate = try CLI.run("validate", file)
    #expect(list.status == 1)
    #expect(list.stdout == "")
    #expect(
      list.stderr.hasPrefix(validate.stdout), "list --case prints the problems validate prints")
    #expect(
      list.stderr.hasSuffix("Run 'leakline validate \(file)' after fixing to check the file.\n"))
  }

  @Test(arguments: ["no-such-file.json", "Tests"])
  func anUnreadablePathIsOneMessage(_ path: String) throws {
    let result = try CLI.run("validate", path)
    #expect(result.status == 1)
    #expect(result.lines.count == 3, "\(result.summary)")
    #expect(result.lines.first?.hasPrefix(path + ": ") == true)
  }
}

/// `--json` output parses and has the documented keys.
@Suite struct CLIJSONTests {
  static let small = Paths.small

  struct Row: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var status: Int32 = 0
    var keys: [String]
    var testDescription: String { "leakline " + arguments.joined(separator: " ") }
  }

  static let rows: [Row] = [
    Row(arguments: ["--case", small, "list", "--json"], keys: ["case", "count", "events"]),
    Row(
      arguments: ["--case", small, "list", "--json", "--year", "2011"],
      keys: ["case", "query", "filter", "count", "events"]),
    Row(
      arguments: ["--case", small, "search", "--json", "garcia"],
      keys: ["case", "query", "filter", "count", "events", "entities"]),
    Row(
      arguments: ["--case", small, "show", "--json", "cienfuegos"],
      keys: ["type", "entity", "events", "incoming_relations", "sources"]),
    Row(
      arguments: ["--case", small, "show", "--json", "massacre"],
      keys: ["type", "event", "actors", "sources"]),
    Row(
      arguments: ["--case", small, "show", "--json", "5"],
      keys: ["type", "source", "notes", "cited_by"]),
    Row(arguments: ["--case", small, "sources", "--json"], keys: ["sources"]),
    Row(
      arguments: ["--case", small, "sources", "--json", "1"],
      keys: ["type", "source", "notes", "cited_by"]),
    Row(arguments: ["validate", "--json", small], keys: ["file", "valid", "problems"]),
    Row(
      arguments: ["validate", "--json", Paths.bad + "/five-problems.json"], status: 1,
      keys: ["file", "valid", "problems"]),
  ]

  @Test(arguments: rows)
  func jsonOutputParsesWithTheExpectedKeys(_ row: Row) throws {
    let result = try CLI.run(row.arguments)
    #expect(result.status == row.status, "\(result.summary)")
    let object = try jsonObject(result)
    #expect(Set(object.keys) == Set(row.keys))
  }

  @Test func listedEventsAreInTheCaseFileFormatWithADisplayDate() throws {
    let object = try jsonObject(try CLI.run("--case", Self.small, "list", "--json"))
    let events = try #require(object["events"] as? [[String: Any]])
    #expect(object["count"] as? Int == 7)
    #expect(events.count == 7)
    #expect(
      events.map { $0["id"] as? String } == [
        "unit-founded", "leak", "massacre", "garcia-arrest", "cienfuegos-arrest", "garcia-sentence",
        "monument",
      ])
    #expect(
      events.map { $0["display_date"] as? String } == [
        "c. 1997", "Mar 2011", "18–20 Mar 2011", "9 Dec 2019", "15 Oct 2020", "16 Oct 2024",
        "undated",
      ])
    #expect(events[2]["date"] as? String == "2011-03-18")
    #expect(events[2]["end"] as? String == "2011-03-20")
    #expect(events[6]["date"] is NSNull, "an undated event's date is null")
    #expect(events.allSatisfy { ($0["sources"] as? [String])?.isEmpty == false })
  }

  @Test func searchNamesTheQueryAndItsMeaning() throws {
    let object = try jsonObject(
      try CLI.run("--case", Self.small, "search", "--json", "person:\"garcia luna\" -sentenced"))
    #expect(object["query"] as? String == "person:\"garcia luna\" -sentenced")
    #expect(object["filter"] as? String == "person \"garcia luna\", not \"sentenced\"")
    #expect(
      (object["events"] as? [[String: Any]])?.map { $0["id"] as? String } == ["garcia-arrest"])
    #expect((object["entities"] as? [[String: Any]])?.map { $0["id"] as? String } == ["garcia"])
  }

  @Test func aSourceSaysWhatCitesIt() throws {
    let object = try jsonObject(try CLI.run("--case", Self.small, "show", "--json", "court-record"))
    let cited = try #require(object["cited_by"] as? [String: Any])
    #expect(cited["events"] as? [String] == ["massacre", "cienfuegos-arrest", "garcia-sentence"])
    #expect(cited["entities"] as? [String] == ["tokyo"])
    #expect(
      (cited["relations"] as? [[String: String]]) == [
        ["from": "garcia", "type": "took bribes from", "to": "cartel"]
      ])
  }

  @Test func validationProblemsCarryTheirPlace() throws {
    let object = try jsonObject(
      try CLI.run("validate", "--json", Paths.bad + "/five-problems.json"))
    #expect(object["valid"] as? Bool == false)
    let problems = try #require(object["problems"] as? [[String: Any]])
    #expect(problems.count == 5)
    #expect(
      problems.allSatisfy { Set($0.keys) == ["line", "column", "path", "id", "message", "help"] })
    #expect(
      problems.map { "\($0["line"] as? Int ?? 0):\($0["column"] as? Int ?? 0)" } == [
        "5:57", "11:29", "12:75", "13:13", "14:69",
      ])
    #expect(problems.first?["path"] as? String == "sources[0].publisher")
    #expect(problems.first?["id"] as? String == "report")
  }

  @Test func aValidFileHasNoProblems() throws {
    let object = try jsonObject(try CLI.run("validate", "--json", Self.small))
    #expect(object["valid"] as? Bool == true)
    #expect((object["problems"] as? [Any])?.isEmpty == true)
  }
}

/// Mistakes in how the command is typed exit with 64 (EX_USAGE) and print nothing on stdout.
@Suite struct CLIUsageTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var message: String
    var testDescription: String { "leakline " + arguments.joined(separator: " ") }
  }

  static let rows: [Row] = [
    Row(arguments: ["list", "--bogus"], message: "Unknown option '--bogus'"),
    Row(arguments: ["list", "--year", "abc"], message: "'abc' is not a year or range"),
    Row(arguments: ["list", "--year"], message: "Missing value for '--year <year>'"),
    Row(arguments: ["list", "--case"], message: "Missing value for '--case <file>'"),
    Row(arguments: ["search"], message: "Missing expected argument '<query> ...'"),
    Row(arguments: ["search", "persn:x"], message: "Did you mean 'person:'?"),
    Row(arguments: ["search", "year:abc"], message: "'abc' is not a year or range"),
    Row(arguments: ["search", "\"garcia"], message: "A quote is not closed"),
    Row(arguments: ["show"], message: "Missing expected argument '<name> ...'"),
    Row(arguments: ["sources", "abc"], message: "The value 'abc' is invalid for '<number>'"),
    Row(arguments: ["validate"], message: "Missing expected argument '<file>'"),
    Row(arguments: ["frobnicate"], message: "Unexpected argument 'frobnicate'"),
  ]

  @Test(arguments: rows)
  func usageErrorsExit64WithAMessage(_ row: Row) throws {
    let result = try CLI.run(row.arguments)
    #expect(result.status == 64, "\(result.summary)")
    #expect(result.stdout == "")
    #expect(result.stderr.contains(row.message), "\(result.stderr)")
  }

  @Test(arguments: [
    (["list", "--year", "abc"], "leakline list"),
    (["search", "persn:x"], "leakline search"),
  ])
  func aBadValueShowsTheSubcommandsUsage(_ arguments: [String], _ usage: String) throws {
    let result = try CLI.run(arguments)
    #expect(
      result.stderr.contains("Usage: \(usage) "),
      "the usage line should be the subcommand's:\n\(result.stderr)")
  }
}

/// A case file can come from anyone: nothing in it may reach the terminal as a control
/// sequence (ESC, BEL, CR, backspace, C1 CSI, bidi overrides), whatever the command.
@Suite struct CLIHostileInputTests {
  static let hostile = Paths.fixtures + "/hostile.case.json"
  static let hostileInvalid = Paths.fixtures + "/hostile-invalid.case.json"

  struct Row: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var testDescription: String {
      "leakline "
        + arguments.map { $0.unicodeScalars.contains { $0.value < 0x20 } ? "<hostile>" : $0 }
        .joined(separator: " ")
    }
  }

  static let rows: [Row] = {
    var rows: [[String]] = [
      ["list"], ["list", "--year", "2011"], ["list", "--person", "hostile"], ["search", "hostile"],
      ["search", "2011"],
      ["search", "tag:tag"], ["show", "hostile"], ["show", "other"], ["show", "event-1"],
      ["show", "event-2"], ["show", "ref-1"],
      ["show", "1"], ["show", "evil"], ["sources"], ["sources", "1"],
    ]
    rows =
      rows.map { ["--case", hostile] + $0 } + rows.map { ["--case", hostile] + $0 + ["--json"] }
    rows += [
      ["validate", hostile], ["validate", "--json", hostile],
      ["validate", hostileInvalid], ["validate", "--json", hostileInvalid],
      ["list", "--case", hostileInvalid], ["show", "--case", hostileInvalid, "x"],
      ["--case", hostile, "show", "\u{1B}]0;pwned\u{07}\u{1B}[2J"],
      ["--case", hostile, "search", "\u{1B}[2J"],
    ]
    return rows.map(Row.init)
  }()

  /// Byte sequences a terminal would act on.
  static let forbidden: [(String, [UInt8])] = [
    ("ESC", [0x1B]), ("BEL", [0x07]), ("CR", [0x0D]), ("backspace", [0x08]), ("NUL", [0x00]),
    ("C1 CSI U+009B", [0xC2, 0x9B]), ("RLO U+202E", [0xE2, 0x80, 0xAE]),
    ("LRI U+2066", [0xE2, 0x81, 0xA6]),
  ]

  static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
    guard needle.count <= haystack.count else { return false }
    return (0...(haystack.count - needle.count)).contains { i in
      haystack[i..<(i + needle.count)].elementsEqual(needle)
    }
  }

  @Test(arguments: rows)
  func noControlSequenceReachesTheTerminal(_ row: Row) throws {
    let result = try CLI.run(row.arguments)
    #expect(!result.timedOut)
    #expect(result.status == 0 || result.status == 1, "\(result.summary)")
    for (name, bytes) in Self.forbidden {
      let onStdout = Self.find(bytes, in: result.stdoutBytes)
      let onStderr = Self.find(bytes, in: result.stderrBytes)
      #expect(
        !onStdout,
        "raw \(name) on stdout:\n\(TerminalSafeText.sanitize(result.stdout, keepingNewlines: true))"
      )
      #expect(
        !onStderr,
        "raw \(name) on stderr:\n\(TerminalSafeText.sanitize(result.stderr, keepingNewlines: true))"
      )
    }
  }

  @Test func theHostileTextIsShownAsVisiblePlaceholders() throws {
    let result = try CLI.run("--case", Self.hostile, "show", "event-1")
    #expect(result.lines.first == "Event ␛]0;pwned␇ title ␛[2J")
    #expect(result.stdout.contains("Place ␍␛[A"))
  }

  @Test func theHostileFileIsValid() throws {
    #expect(try CLI.run("validate", Self.hostile).status == 0)
  }
}

/// The article's case file, built into the binary (no --case): what issue 2 asks to show.
@Suite struct CLIArticleTests {
  static func index() throws -> CaseIndex {
    CaseIndex(try CaseFileLoader.load(path: Paths.absolute(Paths.article)))
  }

  static func entity(_ folded: String, in index: CaseIndex) throws -> Entity {
    let found = index.entitiesByKind.filter {
      $0.kind == .person && TextFolding.fold($0.name).contains(folded)
    }
    try #require(found.count == 1, "expected one person named like \(folded)")
    return found[0]
  }

  @Test func listPrintsAtLeast35EventsInDateOrder() throws {
    let result = try CLI.run("list")
    #expect(result.status == 0, "\(result.summary)")
    #expect(result.lines.count >= 35)
    let index = try Self.index()
    #expect(
      result.lines == PlainTextReport(index: index).eventLines(index.timeline),
      "one line per event of the timeline, in its order")
    let firstUndated = result.lines.firstIndex { $0.hasPrefix("undated ") } ?? result.lines.count
    #expect(
      result.lines[firstUndated...].allSatisfy { $0.hasPrefix("undated ") },
      "undated events come last")
  }

  @Test func listByYearAndPersonWork() throws {
    let index = try Self.index()
    let garcia = try Self.entity("garcia luna", in: index)
    let person = try CLI.run("list", "--person", "garcia luna")
    #expect(person.status == 0)
    #expect(
      person.lines == PlainTextReport(index: index).eventLines(index.events(involving: garcia.id)))
    let year = try CLI.run("list", "--year", "2011")
    #expect(year.status == 0)
    #expect(year.lines.contains { $0.hasPrefix("18–20 Mar 2011 ") })
  }

  @Test(arguments: [["search", "garcia", "luna"], ["search", "person:\"garcia luna\""]])
  func searchingGarciaLunaListsHisEvents(_ arguments: [String]) throws {
    let index = try Self.index()
    let garcia = try Self.entity("garcia luna", in: index)
    let result = try CLI.run(arguments)
    #expect(result.status == 0, "\(result.summary)")
    let report = PlainTextReport(index: index)
    #expect(result.stdout.contains(report.entityLine(garcia)))
    for event in index.events(involving: garcia.id) {
      #expect(result.stdout.contains(report.eventLine(event)), "missing: \(event.title)")
    }
    #expect(result.stdout.contains("9 Dec 2019 "), "his arrest")
  }

  @Test func searching2011ListsTheAllendeEvents() throws {
    let result = try CLI.run("search", "2011")
    #expect(result.status == 0)
    #expect(
      result.lines.contains {
        $0.hasPrefix("18–20 Mar 2011 ") && TextFolding.fold($0).contains("allende")
      }, "\(result.stdout)")
    let index = try Self.index()
    #expect(
      result.lines
        == PlainTextReport(index: index).eventLines(
          index.events(matching: try SearchQuery.parse("2011"))))
  }

  @Test func showCienfuegosSaysLosAngelesAndThatTheArticleSaysMiami() throws {
    let result = try CLI.run("show", "cienfuegos")
    #expect(result.status == 0, "\(result.summary)")
    #expect(result.lines.first?.hasPrefix("Salvador Cienfuegos Zepeda  (person)") == true)
    #expect(result.stdout.contains("Los Angeles") || result.stdout.contains("LAX"))
    let article = result.lines.filter { $0.contains("Article says:") && $0.contains("Miami") }
    #expect(
      !article.isEmpty, "the dossier says the article puts the arrest in Miami:\n\(result.stdout)")
  }

  @Test func showGarciaLunaIsHisDossier() throws {
    let result = try CLI.run("show", "garcia luna")
    #expect(result.status == 0)
    #expect(result.lines.first == "Genaro García Luna  (person)")
    #expect(
      result.stdout.contains("Genaro Garciá Luna"), "the article's spelling is listed as an alias")
    #expect(result.stdout.contains("9 Dec 2019 "))
    #expect(result.stdout.contains("Sinaloa"))
  }

  @Test(arguments: [["show", "9"], ["sources", "9"], ["show", "[9]"]])
  func reference9IsTheDailyBeastArticleAndWhatCitesIt(_ arguments: [String]) throws {
    let result = try CLI.run(arguments)
    #expect(result.status == 0, "\(result.summary)")
    #expect(
      TextFolding.fold(result.lines.first ?? "").hasPrefix(
        "reference [3], [9]: why the drug war can't be won"), "\(result.lines.first ?? "")")
    #expect(result.stdout.contains("Daily Beast"))
    let cited = try #require(result.lines.firstIndex(of: "Cited by"))
    #expect(result.lines[(cited + 1)...].contains { $0.hasPrefix("  Events (") })
  }

  @Test func sourcesListsTheNineReferencesThenSupplementary() throws {
    let result = try CLI.run("sources")
    #expect(result.status == 0)
    let lines = result.lines
    let refs = try #require(lines.firstIndex(of: "The article's references"))
    let extra = try #require(
      lines.firstIndex(of: "Supplementary sources (not cited by the article)"))
    let numbered = lines[(refs + 1)..<extra].filter { !$0.isEmpty }
    #expect(
      numbered.map { String($0.prefix(10)).trimmingCharacters(in: .whitespaces) } == [
        "[1]", "[2]", "[3] [9]", "[4]", "[5]", "[6]", "[7]", "[8]",
      ])
    #expect(lines.count > extra + 1)
  }

  @Test func validateAcceptsTheArticleFile() throws {
    let result = try CLI.run("validate", Paths.article)
    #expect(result.status == 0, "\(result.summary)")
  }
}
