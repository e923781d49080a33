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
  package static var shadowedKeys: [(view: ViewKind, keys: [Key], command: Command, takenBy: Command)] {
    var result: [(ViewKind, [Key], Command, Command)] = []
    for view in ViewKind.allCases {
      for command in allCases where command.contexts.contains(.view(view)) {
        let lost = command.keys.filter { Command.command(for: $0, in: .view(view)) != command }
        guard let first = lost.first, let winner = Command.command(for: first, in: .view(view)) else {
          continue
        }
        result.append((view, lost, command, winner))
      }
    }
    return result
  }

  /// The notes help and docs print under the table: shadowed keys and the typing rule.
  package static var keyNotes: [String] {
    var notes = shadowedKeys.map { item in
      let others = item.command.reachableKeys(in: .view(item.view))
      let instead = others.isEmpty ? "" : "; use \(label(for: others)) there"
      return "In \(item.view.title), \(label(for: item.keys)) \(item.takenBy.shortTitle) "
        + "instead of \(item.command.shortTitle)\(instead)."
    }
    notes.append("In a prompt, every printable key is typed: q types a q; Ctrl-C still quits.")
    return notes
  }

  /// A lower-case name for notes: "show Timeline", "jump to a reference".
  package var shortTitle: String {
    switch self {
    case .showTimeline, .showPeople, .showSources: "switching to " + title
    case .jumpToReference: "jump to a reference number"
    default: title.prefix(1).lowercased() + title.dropFirst()
    }
  }

  /// The whole of `docs/keys.md`, generated from the table; a test keeps the file equal to it.
  package static func keysMarkdown() -> String {
    var out = """
      # Keys in the Leakline browser

      Generated from the browser's command table (`Sources/LeaklineUI/Commands/Command.swift`);
      `swift test --filter KeysDocTests` fails when this file and the table differ, and
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
