import LeaklineModel

/// The reader's own marks, labels and notes on a record, drawn apart from the case file's
/// text under a heading that says whose they are.
extension Browser {
  /// The glyphs a list row shows for `target`: a mark, then a note (or, with labels only,
  /// a label sign); nil when the notebook has nothing on it.
  func readerGlyphs(_ target: NotebookTarget) -> [Span]? {
    guard let book = notebook?.notebook else { return nil }
    let marked = book.isMarked(target)
    let noted = !book.notes(on: target).isEmpty
    let labelled = !book.labels(on: target).isEmpty
    guard marked || noted || labelled else { return nil }
    return [
      Span(marked ? ReaderGlyph.mark : " ", style: .accent),
      Span(noted ? ReaderGlyph.note : labelled ? ReaderGlyph.label : " ", style: .accent),
      Span(" "),
    ]
  }

  /// The block under a record's page (or the timeline's detail pane) with the reader's
  /// notebook entries on it; empty when there are none.
  func readerNotes(_ target: NotebookTarget, width: Int) -> Document {
    guard let book = notebook?.notebook else { return Document(lines: []) }
    let mark = book.marks[target]
    let labels = book.labels(on: target)
    let notes = book.notes(on: target)
    guard mark != nil || !labels.isEmpty || !notes.isEmpty else { return Document(lines: []) }
    var page = DocumentBuilder(width: width)
    page.blank()
    page.heading("Your notebook — the reader's notes, not the case file")
    if let mark {
      page.paragraph(
        "\(ReaderGlyph.mark) Marked by \(mark.by), \(ReaderGlyph.when(mark.at))", style: .accent,
        indent: 2)
    }
    if !labels.isEmpty {
      page.paragraph("Labels: " + labels.joined(separator: ", "), style: .accent, indent: 2)
    }
    for note in notes {
      var stamp =
        "\(ReaderGlyph.note) Note by \(note.written.by), \(ReaderGlyph.when(note.written.at))"
      if let edited = note.edited {
        stamp += " (edited by \(edited.by), \(ReaderGlyph.when(edited.at)))"
      }
      page.paragraph(stamp, style: .muted, indent: 2)
      page.paragraph(note.text, indent: 4)
    }
    return page.document
  }
}

/// The signs for the reader's marks, notes and labels.
package enum ReaderGlyph {
  /// A marked record.
  package static let mark = "●"
  /// A record with a note.
  package static let note = "✎"
  /// A record with labels but no note.
  package static let label = "#"

  /// `2026-12-08 14:03 UTC`.
  static func when(_ time: NotebookTime) -> String {
    let text = time.text
    return time.day + " " + String(text.dropFirst(11).prefix(5)) + " UTC"
  }
}

extension Browser {
  /// The record at `position` of `list`, as the notebook names it.
  func listTarget(_ list: ListKind, _ position: Int) -> NotebookTarget {
    switch list {
    case .timeline: NotebookTarget(.event, index.timeline[position].id)
    case .people: NotebookTarget(.entity, index.entitiesByKind[position].id)
    case .sources: NotebookTarget(.source, index.sourcesInOrder[position].id)
    }
  }
}
