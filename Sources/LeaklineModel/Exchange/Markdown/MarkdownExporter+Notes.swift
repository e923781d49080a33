/// The reader's notes on a record: a block quote plainly labelled as the reader's, apart
/// from the case file's own text, with who wrote each note and when.
extension MarkdownExporter {
  /// Appends `target`'s marks, labels and notes from ``notebook``, if it has any.
  func readerNotes(_ target: NotebookTarget, into doc: inout MarkdownDocument) {
    guard let notebook, showsNotes else { return }
    let notes = notebook.notes(on: target)
    let labels = notebook.labels(on: target)
    let mark = notebook.marks[target]
    guard !notes.isEmpty || !labels.isEmpty || mark != nil else { return }
    var paragraphs = [
      "**Reader's notes** (from the reader's notebook, not from the case file)"
    ]
    var flags: [String] = []
    if let mark { flags.append("**Marked** by " + stamp(mark)) }
    if !labels.isEmpty {
      flags.append("**Labels:** " + labels.map(MarkdownText.escape).joined(separator: ", "))
    }
    if !flags.isEmpty { paragraphs.append(flags.joined(separator: " · ")) }
    for note in notes {
      var lines = note.text.split(whereSeparator: \.isNewline).map {
        MarkdownText.escape(String($0))
      }.filter { !$0.isEmpty }
      if lines.isEmpty { lines = [""] }
      var byline = "**" + stamp(note.written) + ":**"
      if let edited = note.edited { byline += " (edited by " + stamp(edited) + ")" }
      lines[0] = byline + " " + lines[0]
      paragraphs += lines
    }
    doc.quote(paragraphs)
  }

  /// `ana, 2026-12-08`.
  private func stamp(_ s: Notebook.Stamp) -> String {
    MarkdownText.escape(s.by) + ", " + s.at.day
  }
}
