import LeaklineModel
import Synchronization

/// Which text a kept document is, and at what width.
struct DocumentKey: Hashable, Sendable {
  /// What the text shows.
  enum Subject: Hashable, Sendable {
    /// An event, dossier or source page.
    case page(PageKind)
    /// The timeline's detail pane for the event at this timeline position (ids may
    /// repeat, so the pane is keyed by position).
    case timelineEvent(Int)
  }

  var subject: Subject
  var width: Int
  /// The notebook's version (and the Notebook view's grouping), so a page showing the
  /// reader's notes is laid out again when they change.
  var notebook = 0
}

/// What the browser works out from the case file once and keeps, so a key or a frame costs
/// what is on screen rather than the size of the case file.
///
/// The browser is a value compared in tests, so what it derives lives here, in a shared
/// reference the state never sees: the unfiltered lists' groups (a filter's groups are
/// kept with the filter), the columns of list rows, and the documents of the pages lately
/// shown with their search matches. Everything kept is a function of the case file and
/// its key, so keeping it changes no screen. An ``observer``, when given, hears each time
/// something is made, so tests can show that frames and keys do not redo it.
package final class BrowserCache: Sendable {
  /// A match of search terms in a document: its line and columns.
  typealias Match = (line: Int, columns: Range<Int>)

  private struct MatchKey: Hashable {
    var document: DocumentKey
    var terms: [String]
  }

  private struct Store {
    var groupings: [ListKind: ListGrouping] = [:]
    var contents: [ListKind: ListContent] = [:]
    var listRows: ListRows?
    /// Most recently used first.
    var documents: [(key: DocumentKey, document: Document)] = []
    /// Most recently used first.
    var matches: [(key: MatchKey, matches: [Match])] = []
  }

  /// How many documents (and match lists) are kept: the pages of a few steps back.
  static let documentLimit = 8

  private let index: CaseIndex
  private let store = Mutex(Store())
  /// Who hears of each thing made; `nil` in the product.
  let observer: (any BrowserObserver)?

  /// An empty cache for `index`, telling `observer` (if any) what it makes.
  init(index: CaseIndex, observer: (any BrowserObserver)? = nil) {
    self.index = index
    self.observer = observer
  }

  /// Works out now what the first frames would otherwise work out (each list's groups
  /// and its rows' column widths), so that no frame pays for it: at a million events that
  /// is tens of milliseconds, better spent while the case file loads.
  func prepare() {
    for list in ListKind.allCases { _ = content(list) }
    _ = listRows
  }

  /// `list`'s group keys, read once.
  func grouping(_ list: ListKind) -> ListGrouping {
    if let kept = store.withLock({ $0.groupings[list] }) { return kept }
    let made = ListGrouping(list, index: index)
    store.withLock { $0.groupings[list] = made }
    observer?.browserMade(.grouping)
    return made
  }

  /// The content of `list` without a filter, made once.
  func content(_ list: ListKind) -> ListContent {
    if let kept = store.withLock({ $0.contents[list] }) { return kept }
    let made = grouping(list).content(showing: nil)
    store.withLock { $0.contents[list] = made }
    observer?.browserMade(.listContent)
    return made
  }

  /// The content of `list` showing `positions`, for a new filter (not kept here: the
  /// filter keeps it).
  func content(_ list: ListKind, showing positions: [Int]) -> ListContent {
    let made = grouping(list).content(showing: positions)
    observer?.browserMade(.filterContent)
    return made
  }

  /// The list rows' column widths, measured once.
  var listRows: ListRows {
    if let kept = store.withLock({ $0.listRows }) { return kept }
    let made = ListRows(index: index)
    store.withLock { $0.listRows = made }
    observer?.browserMade(.listRows)
    return made
  }

  /// The document for `key`, laid out by `make` unless kept.
  func document(_ key: DocumentKey, make: () -> Document?) -> Document? {
    let kept = store.withLock { store -> Document? in
      guard let i = store.documents.firstIndex(where: { $0.key == key }) else { return nil }
      let entry = store.documents.remove(at: i)
      store.documents.insert(entry, at: 0)
      return entry.document
    }
    if let kept { return kept }
    guard var made = make() else { return nil }
    if let observer {
      made = made.observingMadeLines { observer.browserMade(.documentLine) }
    }
    store.withLock {
      $0.documents.insert((key, made), at: 0)
      if $0.documents.count > Self.documentLimit { $0.documents.removeLast() }
    }
    observer?.browserMade(.document)
    return made
  }

  /// Every match of `terms` in `document` (the one kept for `key`), found once.
  func matches(_ terms: [String], in document: Document, key: DocumentKey) -> [Match] {
    let matchKey = MatchKey(document: key, terms: terms)
    let kept = store.withLock { store -> [Match]? in
      guard let i = store.matches.firstIndex(where: { $0.key == matchKey }) else { return nil }
      let entry = store.matches.remove(at: i)
      store.matches.insert(entry, at: 0)
      return entry.matches
    }
    if let kept { return kept }
    let made = SearchHighlight.matches(in: document, terms: terms)
    store.withLock {
      $0.matches.insert((matchKey, made), at: 0)
      if $0.matches.count > Self.documentLimit { $0.matches.removeLast() }
    }
    observer?.browserMade(.matchList)
    return made
  }
}
