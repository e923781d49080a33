/// A Markdown document being written: blocks, heading anchors, and the sources cited.
///
/// Links to an entity's section can come before the section itself, and GitHub derives a
/// heading's anchor from its text and from every heading before it. The exporter therefore
/// renders a view twice: the first pass records where each entity's section is
/// (``anchors``) and which sources are cited; the second pass, given those, writes links
/// that resolve. Both passes emit the same headings in the same order, so the anchors agree.
struct MarkdownDocument {
  /// Entity id → anchor of its section, from the first pass (empty during the first pass).
  let knownAnchors: [String: String]
  /// How many sources the first pass cited (0 during the first pass).
  let knownSourceCount: Int
  /// The footnote label of every source in the case file, by source id.
  let footnoteLabels: [String: String]

  /// Entity id → anchor of its section, found in this pass.
  private(set) var anchors: [String: String] = [:]
  /// Source ids in the order they are first cited: the footnote definitions' order.
  private(set) var citedSources: [String] = []
  private var cited: Set<String> = []
  private var blocks: [String] = []
  /// Anchors given so far, for GitHub's "-1", "-2" suffixes on repeated headings.
  private var slugOccurrences: [String: Int] = [:]

  init(knownAnchors: [String: String], knownSourceCount: Int, footnoteLabels: [String: String]) {
    self.knownAnchors = knownAnchors
    self.knownSourceCount = knownSourceCount
    self.footnoteLabels = footnoteLabels
  }

  /// The blocks written so far, separated by blank lines, ending with a newline.
  var text: String { blocks.joined(separator: "\n\n") + "\n" }

  /// Adds a heading: `markdown` written by the exporter, then `data` from the case file
  /// (escaped here). `entity` marks it as that entity's section, the target of its links.
  mutating func heading(
    _ level: Int, markdown: String = "", data: String = "", entity: String? = nil
  ) {
    let displayed = MarkdownText.unescape(markdown) + MarkdownText.clean(data)
    let base = MarkdownText.headingSlug(displayed)
    // github-slugger: a repeated anchor gets "-1", "-2"…, skipping any already taken.
    var slug = base
    while slugOccurrences[slug] != nil {
      slugOccurrences[base, default: 0] += 1
      slug = base + "-" + String(slugOccurrences[base] ?? 0)
    }
    slugOccurrences[slug] = 0
    if let entity, !base.isEmpty, anchors[entity] == nil { anchors[entity] = slug }
    blocks.append(String(repeating: "#", count: level) + " " + markdown + MarkdownText.escape(data))
  }

  /// Adds a paragraph of Markdown already escaped.
  mutating func paragraph(_ markdown: String) { blocks.append(markdown) }

  /// Adds a bullet list; each item is Markdown already escaped.
  mutating func list(_ items: [String]) {
    guard !items.isEmpty else { return }
    blocks.append(items.map { "- " + $0 }.joined(separator: "\n"))
  }

  /// Adds a GFM table; cells are Markdown already escaped (and so free of `|` and newlines).
  mutating func table(header: [String], rows: [[String]]) {
    var lines = ["| " + header.joined(separator: " | ") + " |"]
    lines.append("|" + String(repeating: " --- |", count: header.count))
    lines += rows.map { "| " + $0.joined(separator: " | ") + " |" }
    blocks.append(lines.joined(separator: "\n"))
  }

  /// Adds a fenced code block; `lines` must not contain a fence.
  mutating func fenced(_ language: String, _ lines: [String]) {
    blocks.append((["```" + language] + lines + ["```"]).joined(separator: "\n"))
  }

  /// Adds a block quote of Markdown paragraphs already escaped.
  mutating func quote(_ paragraphs: [String]) {
    blocks.append(paragraphs.map { "> " + $0 }.joined(separator: "\n>\n"))
  }

  /// An entity's name, linked to its section when the document has one.
  func link(_ entity: Entity) -> String {
    let name = MarkdownText.escape(entity.name)
    guard let anchor = knownAnchors[entity.id] else { return name }
    return "[" + name + "](#" + anchor + ")"
  }

  /// A footnote reference to a source, recording the citation.
  mutating func cite(_ source: Source) -> String {
    let label = footnoteLabels[source.id] ?? "source"
    if cited.insert(source.id).inserted { citedSources.append(source.id) }
    return "[^" + label + "]"
  }
}
