import LeaklineModel

/// The Notebook view (`4`): the reader's marks, notes and labels by record or by label,
/// orphans last, then the saved searches. Each record is a link: Enter opens it, Esc
/// comes back.
extension Browser {
  /// The Notebook view laid out for `width`.
  func notebookDocument(width: Int) -> Document {
    var page = DocumentBuilder(width: width)
    page.title("Notebook — your marks, notes and labels")
    guard let session = notebook else {
      page.paragraph("No notebook is open for this case file.", style: .warning)
      return page.document
    }
    page.field("Where", session.location)
    page.field("Writing as", session.author)
    if let reason = session.readOnlyReason {
      page.field("Read-only", reason, style: .warning)
    }
    if let status = session.storeStatus { page.field("Status", status, style: .warning) }
    let book = session.notebook
    let records = book.targets.filter { $0.kind != .search }
    let present = records.filter { index.contains($0) }.sorted(by: Self.recordOrder)
    let orphans = records.filter { !index.contains($0) }
    if records.isEmpty {
      page.heading("Nothing yet")
      page.paragraph(
        "m marks the selected record, c writes a note on it, l labels it; they show here.",
        style: .muted, indent: 2)
    } else if state.notebookByLabel {
      var shown = Set<NotebookTarget>()
      for (label, _) in book.labelCounts {
        let tagged = present.filter { book.labels(on: $0).contains(label) }
        guard !tagged.isEmpty else { continue }
        page.heading("#\(label)  \(tagged.count)")
        for target in tagged { entry(target, in: book, into: &page) }
        shown.formUnion(tagged)
      }
      let rest = present.filter { !shown.contains($0) }
      if !rest.isEmpty {
        page.heading("No label  \(rest.count)")
        for target in rest { entry(target, in: book, into: &page) }
      }
    } else {
      page.heading("By record  \(present.count)  (v: by label)")
      for target in present { entry(target, in: book, into: &page) }
    }
    if !orphans.isEmpty {
      page.heading("Orphaned — no longer in the case file, kept  \(orphans.count)")
      for target in orphans { entry(target, in: book, into: &page) }
    }
    let searches = book.savedSearches.values.sorted { $0.name < $1.name }
    if !searches.isEmpty {
      page.heading("Saved searches — Enter runs one on the timeline")
      for search in searches {
        page.link(
          [(search.name, .accent), ("  " + search.query, .plain)], to: .savedSearch(search.name))
      }
    }
    return page.document
  }

  /// One record: a link with its glyphs, kind, name and labels; its notes under it.
  private func entry(
    _ target: NotebookTarget, in book: Notebook, into page: inout DocumentBuilder
  ) {
    let link: Link =
      switch target.kind {
      case .event, .search: .event(target.id)
      case .entity: .entity(target.id)
      case .source: .source(target.id)
      }
    let glyphs =
      (book.isMarked(target) ? ReaderGlyph.mark : " ")
      + (book.notes(on: target).isEmpty ? " " : ReaderGlyph.note)
    let labels = book.labels(on: target).map { "#" + $0 }.joined(separator: " ")
    let name = index.contains(target) ? recordName(target) : target.description
    page.link(
      [
        (glyphs + " ", .accent), (Self.kindWord(target.kind) + "  ", .muted), (name, .plain),
        (labels.isEmpty ? "" : "  " + labels, .muted),
      ], to: link)
    for note in book.notes(on: target) {
      let text = note.text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
      page.paragraph(
        "“\(text.prefix(200))” — \(note.written.by), \(note.written.at.day)", style: .muted,
        indent: 6)
    }
  }

  /// Events first, then people and units, then sources; by id within each.
  static func recordOrder(_ a: NotebookTarget, _ b: NotebookTarget) -> Bool {
    let rank: [NotebookTarget.Kind: Int] = [.event: 0, .entity: 1, .source: 2, .search: 3]
    let (x, y) = (rank[a.kind] ?? 4, rank[b.kind] ?? 4)
    return x != y ? x < y : a.id < b.id
  }

  static func kindWord(_ kind: NotebookTarget.Kind) -> String {
    switch kind {
    case .event: "event "
    case .entity: "entity"
    case .source: "source"
    case .search: "search"
    }
  }
}
