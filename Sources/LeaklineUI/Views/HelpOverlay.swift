import LeaklineModel

/// The `?` overlay: every command in the table with all its keys, grouped by section.
///
/// Commands that do nothing in the view underneath are dimmed and say where they work.
package enum HelpOverlay {
  /// One line of the overlay.
  package enum Line: Hashable, Sendable {
    /// A section heading.
    case heading(String)
    /// A command: its keys, what it does, and where else it works when not here.
    case command(keys: String, title: String, elsewhere: String?)
    /// A note under the table.
    case note(String)
    /// An empty line.
    case blank
  }

  /// The width of the keys column.
  static let keysWidth = 16

  /// The overlay's lines for help opened over `view`, with notes wrapped to `width`.
  package static func lines(for view: ViewKind, width: Int, notebook: String? = nil) -> [Line] {
    var lines: [Line] = []
    if let notebook {
      let text = "Your notebook: " + TerminalSafeText.sanitize(notebook)
      for (number, part) in TextLayout.wrap(text, width: max(1, width)).enumerated() {
        lines.append(.note((number == 0 ? "" : "  ") + part))
      }
      lines.append(.blank)
    }
    for section in Command.Section.allCases {
      if !lines.isEmpty { lines.append(.blank) }
      lines.append(.heading(section.rawValue))
      for command in Command.allCases where command.section == section {
        let here = !command.reachableKeys(in: .view(view)).isEmpty
        let usable = here || command.section == .typing || command == .back
        lines.append(
          .command(
            keys: Command.label(for: command.keys), title: command.title,
            elsewhere: usable ? nil : command.whereText))
      }
    }
    lines.append(.blank)
    for note in Command.keyNotes + [AuditMark.helpNote] {
      for (number, text) in TextLayout.wrap(note, width: max(1, width - 2)).enumerated() {
        lines.append(.note((number == 0 ? "• " : "  ") + text))
      }
    }
    return lines
  }

  /// Draws the overlay for `view` in `rect`, scrolled to `scroll`.
  package static func draw(
    for view: ViewKind, scroll: Int, caseName: String, notebook: String? = nil, in rect: Rect,
    into buffer: inout ScreenBuffer
  ) {
    guard rect.width >= 6, rect.height >= 3 else { return }
    buffer.fill(row: rect.row, column: rect.column, width: rect.width, height: rect.height)
    buffer.drawBox(
      row: rect.row, column: rect.column, width: rect.width, height: rect.height,
      title: "Keys — Esc or ? closes", style: .muted, titleStyle: .accent)
    let inner = Rect(
      row: rect.row + 1, column: rect.column + 2, width: rect.width - 4, height: rect.height - 2)
    let all = lines(for: view, width: inner.width, notebook: notebook)
    let first = min(max(0, scroll), max(0, all.count - inner.height))
    for (offset, line) in all.dropFirst(first).prefix(inner.height).enumerated() {
      let row = inner.row + offset
      switch line {
      case .heading(let text):
        buffer.put(text, row: row, column: inner.column, maxWidth: inner.width, style: .accent)
      case .command(let keys, let title, let elsewhere):
        let keyStyle: Style = elsewhere == nil ? .plain : .muted
        buffer.put(
          TextLayout.fit(keys, toWidth: keysWidth - 1), row: row, column: inner.column,
          maxWidth: inner.width, style: keyStyle.merging(Style(bold: elsewhere == nil)))
        var text = title
        if let elsewhere { text += "  (\(elsewhere))" }
        buffer.put(
          TextLayout.truncate(text, toWidth: inner.width - keysWidth), row: row,
          column: inner.column + keysWidth, maxWidth: inner.width - keysWidth,
          style: elsewhere == nil ? .plain : .muted)
      case .note(let text):
        buffer.put(
          TextLayout.truncate(text, toWidth: inner.width), row: row, column: inner.column,
          maxWidth: inner.width, style: .muted)
      case .blank:
        break
      }
    }
    let hiddenBelow = all.count - first - inner.height
    if hiddenBelow > 0 {
      buffer.put(
        " ↓ \(hiddenBelow) more ", row: rect.row + rect.height - 1, column: rect.column + 2,
        maxWidth: rect.width - 4, style: .accent)
    }
    if first > 0 {
      buffer.put(
        " ↑ \(first) more ", row: rect.row + rect.height - 1, column: rect.column + rect.width - 14,
        maxWidth: 12, style: .accent)
    }
    let name = " " + TextLayout.truncate(caseName, toWidth: max(0, rect.width / 2 - 4)) + " "
    if hiddenBelow <= 0, first == 0, rect.width > DisplayWidth.of(name) + 20 {
      buffer.put(
        name, row: rect.row + rect.height - 1,
        column: rect.column + rect.width - 2 - DisplayWidth.of(name), maxWidth: rect.width,
        style: .muted)
    }
  }
}
