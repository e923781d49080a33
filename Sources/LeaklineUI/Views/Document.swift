import LeaklineModel

/// Something a line of a page can open: an event, an entity's dossier or a source.
package enum Link: Hashable, Sendable {
  case event(String)
  case entity(String)
  case source(String)
}

/// A run of text in one style on one line of a page.
package struct Span: Hashable, Sendable {
  /// Terminal-safe text (sanitized when the span is made).
  package var text: String
  /// How the run is drawn.
  package var style: Style

  /// Makes a span; `text` is passed through `TerminalSafeText.sanitize`.
  package init(_ text: String, style: Style = .plain) {
    self.text = TerminalSafeText.sanitize(text)
    self.style = style
  }
}

/// One laid-out line of a page: styled runs, and what Enter opens when it is selected.
package struct DocumentLine: Hashable, Sendable {
  /// The runs, left to right, already fitted to the page width.
  package var spans: [Span]
  /// What the line opens, if it is a link.
  package var link: Link?

  /// The line's text without styles.
  package var text: String { spans.map(\.text).joined() }
}

/// A page laid out for a width: the lines of an event, a dossier or a source page.
///
/// Built fresh for each frame and each key (it is cheap), so a resize re-wraps everything.
package struct Document: Hashable, Sendable {
  /// The lines, top to bottom.
  package var lines: [DocumentLine]

  /// The indices of lines that are links, top to bottom.
  package var linkLines: [Int] { lines.indices.filter { lines[$0].link != nil } }
}

/// Lays out a page line by line at a fixed width, sanitizing every string it is given.
package struct DocumentBuilder {
  /// The width lines are wrapped or truncated to; at least 1.
  package let width: Int
  /// The lines so far.
  package private(set) var lines: [DocumentLine] = []

  /// Width of the label column of `field(_:_:)`.
  static let labelWidth = 11

  /// Starts an empty page `width` columns wide.
  package init(width: Int) {
    self.width = max(1, width)
  }

  /// The finished page.
  package var document: Document { Document(lines: lines) }

  /// A bold title, wrapped.
  package mutating func title(_ text: String) {
    paragraph(text, style: .accent)
  }

  /// A section heading with a blank line above it (unless it opens the page).
  package mutating func heading(_ text: String) {
    if !lines.isEmpty, lines.last?.spans.isEmpty == false { blank() }
    append([
      Span(TextLayout.truncate(TerminalSafeText.sanitize(text), toWidth: width), style: .accent)
    ])
  }

  /// An empty line.
  package mutating func blank() {
    append([])
  }

  /// Text wrapped to the width; `indent` columns of space go in front of every line.
  package mutating func paragraph(_ text: String, style: Style = .plain, indent: Int = 0) {
    let safe = TerminalSafeText.sanitize(text, keepingNewlines: true)
    let pad = String(repeating: " ", count: min(indent, width - 1))
    for line in TextLayout.wrap(safe, width: max(1, width - pad.count)) {
      append(line.isEmpty ? [] : [Span(pad), Span(line, style: style)])
    }
  }

  /// `Label      value`, with the value wrapped under itself.
  package mutating func field(_ label: String, _ value: String, style: Style = .plain) {
    labelled(label, [(value, style)])
  }

  /// A label and a value made of styled parts, wrapped under the value column.
  package mutating func labelled(_ label: String, _ parts: [(String, Style)]) {
    let column = min(Self.labelWidth, width / 3)
    let valueWidth = max(1, width - column)
    // Wrap the plain text, then restyle by walking the parts in step with the words.
    var remaining = parts.map { (TerminalSafeText.sanitize($0.0), $0.1) }.filter { !$0.0.isEmpty }
    let whole = remaining.map(\.0).joined(separator: " ")
    let wrapped = TextLayout.wrap(whole, width: valueWidth)
    for (number, line) in wrapped.enumerated() {
      let head =
        number == 0 ? TextLayout.fit(label, toWidth: column) : String(repeating: " ", count: column)
      var spans = [Span(head, style: .muted)]
      var rest = Substring(line)
      while !rest.isEmpty, !remaining.isEmpty {
        while rest.first == " " {
          spans.append(Span(" "))
          rest = rest.dropFirst()
        }
        var part = remaining[0].0[...]
        while part.first == " " { part = part.dropFirst() }
        let shared = commonPrefixCount(rest, part)
        guard shared > 0 else { break }
        spans.append(Span(String(rest.prefix(shared)), style: remaining[0].1))
        rest = rest.dropFirst(shared)
        part = part.dropFirst(shared)
        if part.drop(while: { $0 == " " }).isEmpty {
          remaining.removeFirst()
        } else {
          remaining[0].0 = String(part)
        }
      }
      if !rest.isEmpty { spans.append(Span(String(rest))) }
      append(spans)
    }
  }

  /// A bullet point, wrapped under its own text.
  package mutating func bullet(_ text: String, style: Style = .plain) {
    let safe = TerminalSafeText.sanitize(text)
    for (number, line) in TextLayout.wrap(safe, width: max(1, width - 4)).enumerated() {
      append([Span(number == 0 ? "  • " : "    ", style: .muted), Span(line, style: style)])
    }
  }

  /// One line that opens `link`: a marker, then `parts`, truncated to the width.
  package mutating func link(_ parts: [(String, Style)], to link: Link, marker: String = "›") {
    var spans = [Span("  \(marker) ", style: .muted)]
    var used = DisplayWidth.of(spans[0].text)
    for (text, style) in parts {
      let safe = TerminalSafeText.sanitize(text)
      let room = width - used
      guard room > 0 else { break }
      let shown = TextLayout.truncate(safe, toWidth: room)
      spans.append(Span(shown, style: style))
      used += DisplayWidth.of(shown)
      if shown != safe { break }
    }
    lines.append(DocumentLine(spans: spans, link: link))
  }

  private mutating func append(_ spans: [Span]) {
    lines.append(DocumentLine(spans: spans, link: nil))
  }

  private func commonPrefixCount(_ a: Substring, _ b: Substring) -> Int {
    var count = 0
    for (x, y) in zip(a, b) {
      guard x == y else { break }
      count += 1
    }
    return count
  }
}
