import LeaklineModel

/// A view the user asked to export with `e`, exactly as filtered on screen.
package enum ExportRequest: Hashable, Sendable {
  /// The timeline, whole or filtered by `query`.
  case timeline(query: SearchQuery?)
  /// People & units, whole or filtered: a list of search results when filtered.
  case people(query: SearchQuery?)
  /// Sources, whole or filtered.
  case sources(query: SearchQuery?)
  /// One event.
  case event(id: String)
  /// One entity's dossier.
  case dossier(entityID: String)
  /// One source with everything that cites it.
  case source(id: String)

  /// The file name the prompt offers, in the current folder: `timeline.md`,
  /// `timeline-garcia.md`, `garcia-luna.md`.
  package var defaultFileName: String {
    func named(_ base: String, _ query: SearchQuery?) -> String {
      guard let query, !query.isEmpty else { return base + ".md" }
      let slug = Self.slug(query.text)
      return slug.isEmpty ? base + ".md" : "\(base)-\(slug).md"
    }
    switch self {
    case .timeline(let query): return named("timeline", query)
    case .people(let query): return named("people", query)
    case .sources(let query): return named("sources", query)
    case .event(let id), .dossier(let id), .source(let id):
      let slug = Self.slug(id)
      return (slug.isEmpty ? "export" : slug) + ".md"
    }
  }

  /// Lower-case ASCII letters and digits joined by single hyphens, at most 40 characters.
  static func slug(_ text: String) -> String {
    var out = ""
    for scalar in TextFolding.fold(text).unicodeScalars {
      if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
        out.unicodeScalars.append(scalar)
      } else if !out.isEmpty, !out.hasSuffix("-") {
        out += "-"
      }
      if out.count >= 40 { break }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out
  }
}

/// Turns a view into Markdown for `e`.
///
/// `MarkdownViewExporter` adapts the model's Markdown exporter to this; the browser only
/// asks and writes.
package protocol ViewExporter: Sendable {
  /// The Markdown for `request` from `index` (named `caseName` in the document).
  ///
  /// - Throws: an error whose description says why the view cannot be exported.
  func markdown(for request: ExportRequest, index: CaseIndex, caseName: String) throws -> String

  /// The file name the path prompt offers for `request`.
  func defaultFileName(for request: ExportRequest, index: CaseIndex, caseName: String) -> String

  /// Why `request` cannot be exported, said with what to do instead; `nil` when it can.
  /// Asked before the path prompt opens, so nobody types a path for nothing.
  func unavailableReason(for request: ExportRequest, index: CaseIndex) -> String?
}

extension ViewExporter {
  /// `request.defaultFileName`.
  package func defaultFileName(for request: ExportRequest, index: CaseIndex, caseName: String)
    -> String
  {
    request.defaultFileName
  }

  /// Every request can be exported.
  package func unavailableReason(for request: ExportRequest, index: CaseIndex) -> String? { nil }
}

/// Any closure as a `ViewExporter`.
package struct ClosureExporter: ViewExporter {
  let body: @Sendable (ExportRequest, CaseIndex, String) throws -> String

  /// Wraps `body`.
  package init(_ body: @escaping @Sendable (ExportRequest, CaseIndex, String) throws -> String) {
    self.body = body
  }

  package func markdown(for request: ExportRequest, index: CaseIndex, caseName: String) throws
    -> String
  {
    try body(request, index, caseName)
  }
}

/// `e`, the path prompt, writing, and the overwrite question.
extension Browser {
  /// The text a backend's `fileWritten` error must contain when the file was left alone
  /// because it exists; the browser then asks whether to overwrite it.
  package static let fileExistsMarker = "already exists"

  /// The export request for what is on screen.
  package var exportRequest: ExportRequest {
    let page = state.page
    switch page.kind {
    case .list(.timeline): return .timeline(query: state.filters[.timeline]?.query)
    case .list(.people): return .people(query: state.filters[.people]?.query)
    case .list(.sources): return .sources(query: state.filters[.sources]?.query)
    case .event(let id): return .event(id: id)
    case .dossier(let id): return .dossier(entityID: id)
    case .source(let id): return .source(id: id)
    case .notebook:
      // `e` does not work in the Notebook view (see `Command.contexts`); the CLI's
      // `leakline notes --format markdown` exports the notebook.
      return .timeline(query: state.filters[.timeline]?.query)
    }
  }

  mutating func startExport() {
    guard let exporter else {
      state.status = StatusMessage("Export is not available in this build.", isWarning: true)
      return
    }
    let request = exportRequest
    if let reason = exporter.unavailableReason(for: request, index: index) {
      state.status = StatusMessage(reason, isWarning: true)
      return
    }
    let name = exporter.defaultFileName(for: request, index: index, caseName: caseName)
    state.prompt = Prompt(purpose: .exportPath(request), text: name, error: nil)
  }

  mutating func writeExport(_ request: ExportRequest, to typed: String) -> [TerminalEffect] {
    let path = String(typed.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    guard !path.isEmpty else {
      state.prompt?.error = "Type a file name, or Esc to cancel."
      return []
    }
    state.prompt = nil
    guard let exporter else { return [] }
    let contents: String
    do {
      contents = try exporter.markdown(for: request, index: index, caseName: caseName)
    } catch {
      state.status = StatusMessage("Export failed: \(error)", isWarning: true)
      return []
    }
    state.pendingExport = OverwriteQuestion(path: path, contents: contents)
    state.status = StatusMessage("Writing '\(path)'…")
    return [.writeFile(path: path, contents: contents, overwrite: false)]
  }

  mutating func fileWritten(path: String, error: String?) {
    guard let error else {
      state.pendingExport = nil
      state.status = StatusMessage("Wrote '\(path)'.")
      return
    }
    if error.contains(Self.fileExistsMarker), let pending = state.pendingExport,
      pending.path == path
    {
      state.question = pending
      return
    }
    state.pendingExport = nil
    state.status = StatusMessage(
      "Export failed: \(error) Press e to try another path.", isWarning: true)
  }

  mutating func confirmOverwrite() -> [TerminalEffect] {
    guard let question = state.question else { return [] }
    state.question = nil
    state.status = StatusMessage("Writing '\(question.path)'…")
    return [.writeFile(path: question.path, contents: question.contents, overwrite: true)]
  }

  mutating func declineOverwrite() {
    guard let question = state.question else { return }
    state.question = nil
    state.pendingExport = nil
    state.status = StatusMessage("Kept '\(question.path)' as it was; nothing written.")
  }
}
