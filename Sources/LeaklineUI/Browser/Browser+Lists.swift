import LeaklineModel

/// What the lists and pages hold right now, derived from the state and the index.
extension Browser {
  /// The positions (in the unfiltered list) of the items `list` shows now.
  ///
  /// An array of every shown position: for tests and exports. Keys and frames ask
  /// `content(_:)`, which answers without one.
  package func positions(_ list: ListKind) -> [Int] {
    content(list).positions
  }

  /// How many items `list` has without a filter.
  package func total(_ list: ListKind) -> Int {
    switch list {
    case .timeline: index.timeline.count
    case .people: index.entitiesByKind.count
    case .sources: index.sourcesInOrder.count
    }
  }

  /// The display rows of `list` as filtered now: kept with the filter, or made once per
  /// case file for the unfiltered list.
  package func content(_ list: ListKind) -> ListContent {
    state.filters[list]?.content ?? cache.content(list)
  }

  /// The unfiltered position of the selected item of the list page `page`, if any.
  func selectedPosition(_ page: Page, in content: ListContent) -> Int? {
    guard content.count > 0 else { return nil }
    return content.position(ofItem: min(max(0, page.list.selection), content.count - 1))
  }

  /// The event selected in the timeline page `page`, if any.
  package func selectedEvent(_ page: Page) -> Event? {
    guard page.kind == .list(.timeline) else { return nil }
    return selectedPosition(page, in: content(.timeline)).map { index.timeline[$0] }
  }

  /// The search terms to highlight on `page`: its list's filter, or its find text.
  package func highlightTerms(_ page: Page) -> [String] {
    if let list = page.kind.list { return state.filters[list]?.query.highlightTerms ?? [] }
    return (try? SearchQuery.parse(page.find))?.highlightTerms ?? []
  }

  /// The text `page` shows and where: the timeline's detail pane or a whole page.
  ///
  /// Laid out once and kept while the page is in use (see `BrowserCache`).
  package func document(_ page: Page) -> (document: Document, rect: Rect)? {
    guard let (key, rect) = documentKey(page) else { return nil }
    return cache.document(key) { makeDocument(key) }.map { ($0, rect) }
  }

  /// Every match of `page`'s highlighted terms in its text, top to bottom; found once per
  /// page and terms.
  func documentMatches(_ page: Page) -> [(line: Int, columns: Range<Int>)] {
    let terms = highlightTerms(page)
    guard !terms.isEmpty, let (key, _) = documentKey(page), let (document, _) = document(page)
    else { return [] }
    return cache.matches(terms, in: document, key: key)
  }

  /// Which document `page` shows, and where.
  func documentKey(_ page: Page) -> (key: DocumentKey, rect: Rect)? {
    let layout = BrowserLayout(state.size)
    switch page.kind {
    case .list(.timeline):
      guard let position = selectedPosition(page, in: content(.timeline)) else { return nil }
      let rect = layout.timeline.detail
      return (
        DocumentKey(
          subject: .timelineEvent(position), width: rect.width, notebook: notebookKey(page.kind)),
        rect
      )
    case .list: return nil
    case .event, .dossier, .source, .notebook:
      return (
        DocumentKey(
          subject: .page(page.kind), width: layout.page.width, notebook: notebookKey(page.kind)),
        layout.page
      )
    }
  }

  /// Lays out the document for `key`; `nil` when its record is not in the case file.
  private func makeDocument(_ key: DocumentKey) -> Document? {
    let audit = cache.listRows.audit
    switch key.subject {
    case .timelineEvent(let position):
      let event = index.timeline[position]
      return Document.event(event, index: index, width: key.width, audit: audit)
        .appending(readerNotes(NotebookTarget(.event, event.id), width: key.width))
    case .page(.event(let id)):
      return index.event(id: id).map {
        Document.event($0, index: index, width: key.width, audit: audit)
          .appending(readerNotes(NotebookTarget(.event, id), width: key.width))
      }
    case .page(.dossier(let id)):
      return index.entity(id: id).map {
        Document.dossier($0, index: index, width: key.width, audit: audit)
          .appending(readerNotes(NotebookTarget(.entity, id), width: key.width))
      }
    case .page(.source(let id)):
      return index.source(id: id).map {
        Document.source($0, index: index, width: key.width, audit: audit)
          .appending(readerNotes(NotebookTarget(.source, id), width: key.width))
      }
    case .page(.notebook):
      return notebookDocument(width: key.width)
    case .page(.list): return nil
    }
  }

  /// What a document's layout depends on in the notebook: its version, and for the
  /// Notebook view its grouping.
  private func notebookKey(_ kind: PageKind) -> Int {
    let version = notebook?.version ?? 0
    return kind == .notebook ? version * 2 + (state.notebookByLabel ? 1 : 0) : version
  }

  /// A short name for a page, for the status line's trail: "Timeline", "García Luna".
  package func pageTitle(_ kind: PageKind) -> String {
    switch kind {
    case .list(let list): list.view.title
    case .event(let id): index.event(id: id)?.title ?? id
    case .dossier(let id): index.entity(id: id)?.name ?? id
    case .source(let id):
      index.source(id: id).map { Document.shortLabel($0) + " " + $0.title } ?? id
    case .notebook: "Notebook"
    }
  }
}
