import Foundation
import LeaklineUI
import Testing

/// The one command table is consistent, and the docs are generated from it.
@Suite struct CommandTableTests {
  @Test(arguments: Command.allCases)
  func everyCommandHasAKeyThatReachesItWhereverItWorks(_ command: Command) {
    #expect(!command.keys.isEmpty)
    for context in command.contexts {
      #expect(
        !command.reachableKeys(in: context).isEmpty, "\(command) has no working key in \(context)")
    }
  }

  @Test func theOnlySharedKeysAreTheDigitsInSources() {
    var clashes: [String] = []
    for context in CommandContext.all {
      var owner: [Key: Command] = [:]
      for command in Command.allCases where command.contexts.contains(context) {
        for key in command.keys {
          if let first = owner[key] {
            clashes.append("\(context.title): \(key) \(first)/\(command)")
          } else {
            owner[key] = command
          }
        }
      }
    }
    #expect(
      clashes == [
        "Sources: 1 jumpToReference/showTimeline",
        "Sources: 2 jumpToReference/showPeople",
        "Sources: 3 jumpToReference/showSources",
        "Sources: 4 jumpToReference/showNotebook",
      ])
    #expect(
      Command.keyNotes.first
        == "In Sources, 1, 2, 3 and 4 type a reference number; use t, p, s and b there for Timeline, People & units, Sources and Notebook."
    )
  }

  @Test func dispatchFollowsTheTable() {
    #expect(Command.command(for: .character("j"), in: .view(.timeline)) == .moveDown)
    #expect(Command.command(for: .character("3"), in: .view(.timeline)) == .showSources)
    #expect(Command.command(for: .character("3"), in: .view(.sources)) == .jumpToReference)
    #expect(Command.command(for: .character("["), in: .view(.people)) == nil)
    #expect(Command.command(for: .escape, in: .prompt) == .cancelInput)
    #expect(Command.command(for: .escape, in: .confirm) == .decline)
    #expect(Command.command(for: .character("/"), in: .prompt) == nil)
    #expect(Command.command(for: .character("m"), in: .view(.people)) == .mark)
    #expect(Command.command(for: .character("4"), in: .view(.timeline)) == .showNotebook)
    #expect(Command.command(for: .character("b"), in: .view(.sources)) == .showNotebook)
    #expect(Command.command(for: .character("S"), in: .view(.people)) == nil)
    #expect(Command.command(for: .tab, in: .prompt) == .completeInput)
  }

  @Test func footerHintsComeFromTheTable() {
    let hints = Command.hints(in: .view(.timeline))
    #expect(
      hints.map(\.keys) == [
        "↑/↓", "Enter", "Esc", "Tab", "[/]", "/", "n/N", "e", "m", "c", "l", "?", "q",
      ])
    #expect(
      hints.map(\.label) == [
        "move", "open", "back", "pane", "year", "search", "match", "export", "mark", "note",
        "label",
        "help", "quit",
      ])
    #expect(Command.hints(in: .view(.sources)).contains(Command.Hint(keys: "0–9", label: "ref")))
    #expect(Command.hints(in: .prompt).map(\.keys) == ["Enter", "Esc", "Ctrl-C"])
  }

  /// `docs/keys.md` is generated from the table; `RECORD_GOLDENS=1` rewrites it.
  @Test func keysDocumentMatchesTheTable() throws {
    let url = Fixtures.goldens
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/keys.md")
    let expected = Command.keysMarkdown()
    let recording = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
    guard !recording, let actual = try? String(contentsOf: url, encoding: .utf8) else {
      try expected.write(to: url, atomically: true, encoding: .utf8)
      Issue.record(
        "Wrote docs/keys.md from the command table. Review it, then run again without RECORD_GOLDENS."
      )
      return
    }
    #expect(
      actual == expected,
      "docs/keys.md differs from the command table; run with RECORD_GOLDENS=1 and review.")
  }
}
