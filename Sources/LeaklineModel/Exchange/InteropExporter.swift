/// Exports a view in any of ``ExportFormat``'s formats: the one entry point the CLI uses.
///
/// A view means the same in every format (the events, people and sources the Markdown
/// export of that view shows); each machine format then keeps what it can and says, in
/// ``InteropOutput/warnings``, what it could not carry.
///
/// ```swift
/// let exporter = InteropExporter(index: index, caseName: "article.case.json")
/// let out = exporter.export(.timeline(years: 2011...2011), as: .timelinejs)
/// try FileWriter.write(out.text, to: exporter.defaultFileName(for: view, as: .timelinejs), overwrite: false)
/// ```
public struct InteropExporter: Sendable {
  /// The Markdown exporter, which also decides what a view holds.
  public var markdown: MarkdownExporter

  public init(index: CaseIndex, caseName: String) {
    markdown = MarkdownExporter(index: index, caseName: caseName)
  }

  /// The view in `format`. `stamp` is used by Markdown only (see ``MarkdownExporter``);
  /// every other format depends only on the case file and the view. `depth` is used by
  /// the graph formats for a dossier: the relation steps drawn around the entity.
  public func export(
    _ view: ExportView, as format: ExportFormat, stamp: String? = nil, depth: Int = 1
  ) -> InteropOutput {
    if format == .markdown {
      return InteropOutput(
        text: markdown.markdown(for: view, stamp: stamp), warnings: [],
        contents: InteropOutput.count(markdown.events(in: view).count, "event", "events"))
    }
    let (file, subsetWarnings) = subset(view)
    var out: InteropOutput
    switch format {
    case .markdown, .json:
      out = InteropOutput(
        text: CaseFileJSON.caseFile(file).render() + "\n", warnings: [],
        contents: InteropOutput.count(file.events.count, "event", "events"))
    case .csv: out = CSVExporter.export(file)
    case .timelinejs: out = TimelineJSExporter.export(file)
    case .timelinejsCSV: out = TimelineJSSheetExporter.export(file)
    case .ftm: out = FtMExporter.export(file)
    case .cslJSON: out = CSLExporter.export(file)
    case .bibtex: out = BibTeXExporter.export(file)
    case .dot: out = DotExporter.export(graph(view, file, depth: depth), title: file.title)
    case .mermaidGraph:
      out = MermaidGraphExporter.export(graph(view, file, depth: depth), title: file.title)
    }
    // A graph of a dossier is drawn from the whole case, so nothing was left out.
    let isGraphOfDossier: Bool
    if case .dossier = view, format == .dot || format == .mermaidGraph {
      isGraphOfDossier = true
    } else {
      isGraphOfDossier = false
    }
    out.warnings = (isGraphOfDossier ? [] : subsetWarnings) + out.warnings
    return out
  }

  /// The network a graph export draws: `depth` steps around a dossier's entity in the
  /// whole case, else the people and units of the view's subset.
  private func graph(_ view: ExportView, _ subset: CaseFile, depth: Int) -> CaseGraph {
    if case .dossier(let entity) = view {
      return CaseGraph(around: entity, depth: depth, in: markdown.index.caseFile)
    }
    return CaseGraph(subset)
  }

  /// The case file a view selects: its events, the people & units they name, and every
  /// source those cite (the whole file for the unfiltered timeline).
  public func subset(_ view: ExportView) -> (CaseFile, warnings: [String]) {
    CaseSubset.make(view, exporter: markdown)
  }

  /// The Markdown exporter's name for the view with the format's ending:
  /// "garcia-luna-dossier.csv", "timeline-2019-2022.timeline.json".
  public func defaultFileName(for view: ExportView, as format: ExportFormat) -> String {
    let name = markdown.defaultFileName(for: view)
    return String(name.dropLast(".md".count)) + "." + format.fileExtension
  }
}
