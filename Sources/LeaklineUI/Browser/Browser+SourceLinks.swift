import LeaklineModel

/// `o`, `y` and `Y` on a source: open its URL in the user's web browser, copy the URL, or
/// copy a citation. The browser decides what to open or copy and says so; the backend
/// starts the program or writes the clipboard sequence.
extension Browser {
  /// The source the user is on: the Sources row, the source's own page, or a source link
  /// selected in a page or in the timeline's detail pane.
  package var focusedSource: Source? {
    let page = state.page
    switch page.kind {
    case .source(let id): return index.source(id: id)
    case .list(.sources):
      return selectedPosition(page, in: content(.sources)).map { index.sourcesInOrder[$0] }
    case .list(.timeline) where page.focus == .list: return nil
    default:
      guard let cursor = page.document.cursor, let (document, _) = document(page),
        document.isLink(cursor), case .source(let id)? = document.line(cursor).link
      else { return nil }
      return index.source(id: id)
    }
  }

  /// Whether `url` may be handed to a web browser: an `http://` or `https://` address.
  /// Anything else (`javascript:`, `file:`, a bare path) is never opened.
  package static func isWebAddress(_ url: String) -> Bool {
    let lower = url.lowercased()
    return lower.hasPrefix("https://") && url.count > 8
      || lower.hasPrefix("http://") && url.count > 7
  }

  /// The source under the cursor with its URL, or a status message saying what is missing.
  private mutating func sourceURL(for verb: String) -> (Source, String)? {
    guard let source = focusedSource else {
      state.status = StatusMessage(
        "No source selected: \(verb) works on a row in Sources, a source's page, or a source link (Tab, then j).",
        isWarning: true)
      return nil
    }
    guard let url = source.url else {
      state.status = StatusMessage(
        "“\(source.title)” has no URL; Y copies its citation.", isWarning: true)
      return nil
    }
    return (source, url)
  }

  mutating func openSourceURL() -> [TerminalEffect] {
    guard let (source, url) = sourceURL(for: "o") else { return [] }
    guard Self.isWebAddress(url) else {
      state.status = StatusMessage(
        "Not opened: “\(url)” is not an http:// or https:// address.", isWarning: true)
      return []
    }
    state.status = StatusMessage(
      "Opening \(url)" + (source.isURLConfirmed ? "" : " (a likely address, not confirmed)") + "…")
    return [.openURL(url)]
  }

  mutating func copySourceURL() -> [TerminalEffect] {
    guard let (_, url) = sourceURL(for: "y") else { return [] }
    let safe = TerminalSafeText.sanitize(url)
    state.status = StatusMessage("Copied the URL: \(safe)")
    return [.copyToClipboard(safe)]
  }

  mutating func copySourceCitation() -> [TerminalEffect] {
    guard let source = focusedSource else {
      state.status = StatusMessage(
        "No source selected: Y works on a row in Sources, a source's page, or a source link (Tab, then j).",
        isWarning: true)
      return []
    }
    let citation = Self.citation(source, index: index)
    state.status = StatusMessage("Copied the citation: \(citation)")
    return [.copyToClipboard(citation)]
  }

  /// A one-line citation: authors, “title”, publisher, date, URL, and the article's
  /// reference numbers.
  package static func citation(_ source: Source, index: CaseIndex) -> String {
    var text = PlainTextReport(index: index).citation(source)
    if let url = source.url { text += ", " + TerminalSafeText.sanitize(url) }
    if !source.refs.isEmpty {
      text +=
        " (the article's reference" + (source.refs.count == 1 ? " " : "s ")
        + source.refs.map { "[\($0)]" }.joined(separator: ", ") + ")"
    }
    return text + "."
  }

  /// What the backend said after `o`: nothing more when the browser started, else why not.
  mutating func urlOpened(url: String, error: String?) {
    guard let error else { return }
    state.status = StatusMessage(error + " y copies the URL instead.", isWarning: true)
  }
}
