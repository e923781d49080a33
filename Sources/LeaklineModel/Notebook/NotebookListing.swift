/// A notebook listed record by record, for `leakline notes` and the Notebook view: each
/// record's title, mark, labels and notes, records still in the case file first (in
/// kind and id order), orphans last.
public struct NotebookListing: Sendable {
  /// One record with something in the notebook.
  public struct Entry: Sendable {
    public var target: NotebookTarget
    /// The record's title or name; nil for an orphan.
    public var title: String?
    public var mark: Notebook.Stamp?
    public var labels: [(label: String, stamp: Notebook.Stamp)]
    public var notes: [Notebook.Note]
    /// Whether the case file no longer has the record.
    public var isOrphaned: Bool { title == nil }
  }

  public var entries: [Entry]
  public var savedSearches: [Notebook.SavedSearch]

  /// Lists `notebook` against `index`; `label` keeps only records carrying that label,
  /// `orphanedOnly` only orphans.
  public init(
    _ notebook: Notebook, index: CaseIndex, label: String? = nil, orphanedOnly: Bool = false
  ) {
    var entries: [Entry] = []
    for target in notebook.targets {
      let labels = notebook.labels(on: target)
      if let label, !labels.contains(label) { continue }
      let title: String? =
        switch target.kind {
        case .event: index.event(id: target.id)?.title
        case .entity: index.entity(id: target.id)?.name
        case .source: index.source(id: target.id).map { "\($0.refLabel) \($0.title)" }
        case .search: target.id
        }
      if orphanedOnly, title != nil { continue }
      entries.append(
        Entry(
          target: target, title: title, mark: notebook.marks[target],
          labels: labels.compactMap { l in notebook.labels[target]?[l].map { (l, $0) } },
          notes: notebook.notes(on: target)))
    }
    self.entries = entries.filter { !$0.isOrphaned } + entries.filter(\.isOrphaned)
    savedSearches = notebook.savedSearches.values.sorted { $0.name < $1.name }
  }

  // MARK: Formats

  /// JSON for programs: `records` (with `orphaned`), `savedSearches`.
  public func json(location: String, changes: Int, problems: [NotebookProblem]) -> JSONText {
    func stamp(_ s: Notebook.Stamp?) -> JSONText {
      s.map { .object([("by", .string($0.by)), ("at", .string($0.at.text))]) } ?? .null
    }
    let records: [JSONText] = entries.map { e in
      .object([
        ("target", .string(e.target.description)), ("kind", .string(e.target.kind.rawValue)),
        ("id", .string(e.target.id)), ("title", .string(e.title)),
        ("orphaned", .bool(e.isOrphaned)), ("marked", stamp(e.mark)),
        (
          "labels",
          .array(
            e.labels.map {
              .object([
                ("label", .string($0.label)), ("by", .string($0.stamp.by)),
                ("at", .string($0.stamp.at.text)),
              ])
            })
        ),
        (
          "notes",
          .array(
            e.notes.map { n in
              .object([
                ("id", .string(n.id)), ("text", .string(n.text)), ("by", .string(n.written.by)),
                ("at", .string(n.written.at.text)), ("edited", stamp(n.edited)),
              ])
            })
        ),
      ])
    }
    return .object([
      ("notebook", .string(location)), ("changes", .int(changes)), ("records", .array(records)),
      (
        "savedSearches",
        .array(
          savedSearches.map {
            .object([
              ("name", .string($0.name)), ("query", .string($0.query)),
              ("by", .string($0.saved.by)), ("at", .string($0.saved.at.text)),
            ])
          })
      ),
      (
        "problems",
        .array(
          problems.map {
            .object([
              ("line", $0.line.map(JSONText.int) ?? .null), ("message", .string($0.message)),
            ])
          })
      ),
    ])
  }

  /// CSV (RFC 4180): one row per note, and one per record without notes.
  public func csv() -> String {
    var out = CSVTable.line([
      "target", "title", "orphaned", "marked_by", "marked_at", "labels", "note_id", "note_by",
      "note_at", "note_text",
    ])
    for e in entries {
      let head = [
        e.target.description, e.title ?? "", e.isOrphaned ? "yes" : "no", e.mark?.by ?? "",
        e.mark?.at.text ?? "", e.labels.map(\.label).joined(separator: " "),
      ]
      if e.notes.isEmpty { out += CSVTable.line(head + ["", "", "", ""]) }
      for n in e.notes {
        out += CSVTable.line(head + [n.id, n.written.by, n.written.at.text, n.text])
      }
    }
    return out
  }

  /// Markdown: a section per record, the notes plainly the reader's, orphans apart.
  public func markdown(caseTitle: String) -> String {
    var out = "# Reader's notebook: " + MarkdownText.escape(caseTitle) + "\n\n"
    out +=
      "The reader's marks, labels and notes, kept apart from the case file, which they do not change.\n"
    var orphansStarted = false
    for e in entries {
      if e.isOrphaned, !orphansStarted {
        orphansStarted = true
        out +=
          "\n## Orphaned\n\nRecords the case file no longer has (renamed or removed); their notes are kept.\n"
      }
      out += "\n## " + MarkdownText.escape(e.title ?? e.target.description) + "\n\n"
      out += "- **Record:** " + MarkdownText.escape(e.target.description) + "\n"
      if let m = e.mark {
        out += "- **Marked** by " + MarkdownText.escape(m.by) + ", " + m.at.day + "\n"
      }
      if !e.labels.isEmpty {
        out +=
          "- **Labels:** " + e.labels.map { MarkdownText.escape($0.label) }.joined(separator: ", ")
          + "\n"
      }
      for n in e.notes {
        out += "\n> **" + MarkdownText.escape(n.written.by) + ", " + n.written.at.day + ":**"
        if let edited = n.edited {
          out += " (edited by " + MarkdownText.escape(edited.by) + ", " + edited.at.day + ")"
        }
        for line in n.text.split(whereSeparator: \.isNewline) {
          out += "\n> " + MarkdownText.escape(String(line))
        }
        out += "\n"
      }
    }
    if !savedSearches.isEmpty {
      out += "\n## Saved searches\n\n"
      for s in savedSearches {
        out += "- **@" + MarkdownText.escape(s.name) + ":** " + MarkdownText.escape(s.query) + "\n"
      }
    }
    return out
  }
}
