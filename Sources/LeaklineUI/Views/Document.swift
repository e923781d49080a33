import LeaklineModel

/// Something a line of a page can open: an event, an entity's dossier or a source.
package enum Link: Hashable, Sendable {
  case event(String)
  case entity(String)
  case source(String)
  /// A search saved in the notebook, by name: Enter runs it on the timeline.
  case savedSearch(String)
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
/// Long lists of links (a dossier's thirty thousand events) are not laid out in advance:
/// such a run of lines is kept as the records it shows and each line is made when asked
/// for, so a screen costs the lines on it. The browser keeps a page's document while the
/// page is open (see `BrowserCache`), so what is laid out in advance is laid out once.
package struct Document: Sendable {
  /// A run of lines: laid out, or made when asked for.
  enum Block: Sendable {
    /// Lines laid out, and the offsets of those that are links, ascending.
    case laidOut([DocumentLine], links: [Int])
    /// `count` lines, each a link, made one at a time.
    case made(count: Int, line: @Sendable (Int) -> DocumentLine)

    var count: Int {
      switch self {
      case .laidOut(let lines, _): lines.count
      case .made(let count, _): count
      }
    }
  }

  /// The runs of lines, top to bottom.
  private var blocks: [Block]
  /// The number of the first line of each block.
  private var starts: [Int]
  /// How many lines the page has.
  package private(set) var lineCount: Int

  /// A page of `blocks`.
  init(blocks: [Block]) {
    let blocks = blocks.filter { $0.count > 0 }
    self.blocks = blocks
    var starts: [Int] = []
    var next = 0
    for block in blocks {
      starts.append(next)
      next += block.count
    }
    self.starts = starts
    lineCount = next
  }

  /// A page of laid-out `lines`.
  package init(lines: [DocumentLine]) {
    self.init(blocks: [.laidOut(lines, links: lines.indices.filter { lines[$0].link != nil })])
  }

  /// This page followed by `other`'s lines (the reader's notes under a record's own text).
  package func appending(_ other: Document) -> Document {
    Document(blocks: blocks + other.blocks)
  }

  /// Line `number`, in `0..<lineCount`.
  package func line(_ number: Int) -> DocumentLine {
    let b = block(holding: number)
    switch blocks[b] {
    case .laidOut(let lines, _): return lines[number - starts[b]]
    case .made(_, let line): return line(number - starts[b])
    }
  }

  /// Every line, top to bottom. Makes them all: for find-in-page and tests, not per frame.
  package var lines: [DocumentLine] { (0..<lineCount).map(line) }

  /// Whether line `number` exists and is a link.
  package func isLink(_ number: Int) -> Bool {
    guard number >= 0, number < lineCount else { return false }
    let b = block(holding: number)
    switch blocks[b] {
    case .laidOut(let lines, _): return lines[number - starts[b]].link != nil
    case .made: return true
    }
  }

  /// The first link among lines `from..<to` (clamped to the page).
  package func firstLink(from: Int, to: Int) -> Int? {
    let from = max(0, from)
    let to = min(lineCount, to)
    guard from < to else { return nil }
    for b in block(holding: from)..<blocks.count where starts[b] < to {
      let offset = max(0, from - starts[b])
      var found: Int?
      switch blocks[b] {
      case .laidOut(_, let links):
        let i = ListContent.firstIndex(count: links.count) { links[$0] >= offset }
        if i < links.count { found = starts[b] + links[i] }
      case .made(let count, _):
        if offset < count { found = starts[b] + offset }
      }
      if let found { return found < to ? found : nil }
    }
    return nil
  }

  /// The last link among lines `from..<to` (clamped to the page).
  package func lastLink(from: Int, to: Int) -> Int? {
    let from = max(0, from)
    let to = min(lineCount, to)
    guard from < to else { return nil }
    for b in (0...block(holding: to - 1)).reversed() where starts[b] + blocks[b].count > from {
      let end = min(blocks[b].count, to - starts[b])
      var found: Int?
      switch blocks[b] {
      case .laidOut(_, let links):
        let i = ListContent.firstIndex(count: links.count) { links[$0] >= end }
        if i > 0 { found = starts[b] + links[i - 1] }
      case .made:
        if end > 0 { found = starts[b] + end - 1 }
      }
      if let found { return found >= from ? found : nil }
    }
    return nil
  }

  /// The same page, calling `observe` for each line made when asked for (tests count them).
  package func observingMadeLines(_ observe: @escaping @Sendable () -> Void) -> Document {
    Document(
      blocks: blocks.map { block in
        guard case .made(let count, let line) = block else { return block }
        return .made(count: count) { number in
          observe()
          return line(number)
        }
      })
  }

  /// The block holding line `number`: the last one starting at or before it.
  private func block(holding number: Int) -> Int {
    // Empty blocks share their start with the next; the last of them is the one with lines.
    max(0, ListContent.firstIndex(count: starts.count) { starts[$0] > number } - 1)
  }
}

/// Lays out a page line by line at a fixed width, sanitizing every string it is given.
package struct DocumentBuilder {
  /// The width lines are wrapped or truncated to; at least 1.
  package let width: Int
  /// The blocks finished so far.
  private var blocks: [Document.Block] = []
  /// The lines laid out since the last block.
  private var lines: [DocumentLine] = []
  /// Whether the page's last line so far has text; `nil` while the page is empty.
  private var lastLineHasText: Bool?

  /// Width of the label column of `field(_:_:)`.
  static let labelWidth = 11

  /// Starts an empty page `width` columns wide.
  package init(width: Int) {
    self.width = max(1, width)
  }

  /// The finished page.
  package var document: Document { Document(blocks: blocks + [Self.laidOut(lines)]) }

  /// `count` link lines, each made by `line` (a function of a fresh builder of this width
  /// and the line's number) only when the page shows it.
  package mutating func links(
    count: Int, _ line: @escaping @Sendable (inout DocumentBuilder, Int) -> Void
  ) {
    guard count > 0 else { return }
    blocks.append(Self.laidOut(lines))
    lines = []
    let width = width
    blocks.append(
      .made(count: count) { number in
        var builder = DocumentBuilder(width: width)
        line(&builder, number)
        return builder.lines.first ?? DocumentLine(spans: [], link: nil)
      })
    lastLineHasText = true
  }

  private static func laidOut(_ lines: [DocumentLine]) -> Document.Block {
    .laidOut(lines, links: lines.indices.filter { lines[$0].link != nil })
  }

  /// A bold title, wrapped.
  package mutating func title(_ text: String) {
    paragraph(text, style: .accent)
  }

  /// A section heading with a blank line above it (unless it opens the page).
  package mutating func heading(_ text: String) {
    if lastLineHasText == true { blank() }
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
    lastLineHasText = true
  }

  private mutating func append(_ spans: [Span]) {
    lines.append(DocumentLine(spans: spans, link: nil))
    lastLineHasText = !spans.isEmpty
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
