extension Command {
  /// Where the command works, in words: `everywhere`, `Timeline`, `Timeline, Event, …`.
  package var whereText: String {
    var parts: [String] = []
    let views = ViewKind.allCases.filter { contexts.contains(.view($0)) }
    if views.count == ViewKind.allCases.count {
      parts.append("all views")
    } else if !views.isEmpty {
      parts.append(views.map(\.title).joined(separator: ", "))
    }
    if contexts.contains(.help) { parts.append("help") }
    if contexts.contains(.prompt) { parts.append("prompt") }
    if contexts.contains(.confirm) { parts.append("question") }
    return parts.joined(separator: ", ")
  }

  /// Keys that a command lists but that an earlier command takes in some view, as
  /// `(view, keys, taken by)`; help and docs mention them so nobody expects them to work.
  package static var shadowedKeys:
    [(view: ViewKind, keys: [Key], command: Command, takenBy: Command)]
  {
    var result: [(ViewKind, [Key], Command, Command)] = []
    for view in ViewKind.allCases {
      for command in allCases where command.contexts.contains(.view(view)) {
        let lost = command.keys.filter { Command.command(for: $0, in: .view(view)) != command }
        guard let first = lost.first, let winner = Command.command(for: first, in: .view(view))
        else {
          continue
        }
        result.append((view, lost, command, winner))
      }
    }
    return result
  }

  /// The notes help and docs print under the table: shadowed keys and the typing rule.
  package static var keyNotes: [String] {
    var notes: [String] = []
    var groups: [(view: ViewKind, takenBy: Command, lost: [Key], commands: [Command])] = []
    for item in shadowedKeys {
      if let last = groups.last, last.view == item.view, last.takenBy == item.takenBy {
        groups[groups.count - 1].lost += item.keys
        groups[groups.count - 1].commands.append(item.command)
      } else {
        groups.append((item.view, item.takenBy, item.keys, [item.command]))
      }
    }
    for group in groups {
      let keys = sentenceList(group.lost.map(\.description))
      let others = group.commands.compactMap {
        $0.reachableKeys(in: .view(group.view)).first?.description
      }
      let titles = sentenceList(group.commands.map(\.title))
      let instead = others.isEmpty ? "" : "; use \(sentenceList(others)) there for \(titles)"
      notes.append("In \(group.view.title), \(keys) \(group.takenBy.shortTitle)\(instead).")
    }
    notes.append("In a prompt, every printable key is typed: q types a q; Ctrl-C still quits.")
    return notes
  }

  /// A lower-case verb phrase for notes: "type a reference number".
  package var shortTitle: String {
    switch self {
    case .jumpToReference: "type a reference number"
    default: title.prefix(1).lowercased() + title.dropFirst()
    }
  }

  /// "a", "a and b", "a, b and c".
  static func sentenceList(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
  }

  /// The whole of `docs/keys.md`, generated from the table; a test keeps the file equal to it.
  package static func keysMarkdown() -> String {
    var out = """
      # Keys in the Leakline browser

      Generated from the browser's command table (`Sources/LeaklineUI/Commands/Command.swift`);
      `swift test --filter CommandTableTests` fails when this file and the table differ, and
      `RECORD_GOLDENS=1` rewrites it. The same table drives the keys, the `?` overlay and the
      footer, so what you read here is what the browser does.

      Views: **1** or **t** Timeline, **2** or **p** People & units, **3** or **s** Sources.
      Enter on a row opens a page (an event, a dossier, a source); Esc goes back to exactly
      where you were.

      """
    for section in Section.allCases {
      let commands = allCases.filter { $0.section == section }
      out += "\n## \(section.rawValue)\n\n| Keys | What it does | Where |\n| --- | --- | --- |\n"
      for command in commands {
        let keys = label(for: command.keys).split(separator: " ").map { "`\($0)`" }
          .joined(separator: " ")
        out += "| \(keys) | \(command.title) | \(command.whereText) |\n"
      }
    }
    out += "\n## Notes\n\n"
    for note in keyNotes { out += "- \(note)\n" }
    out += """
      - The mouse is off unless `leakline --mouse` turns it on, so the terminal's own text
        selection works for copying citations. With it on, a click selects a row or link, a
        double click opens it, and the wheel scrolls.

      """
    return out
  }
}
