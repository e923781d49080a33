/// Exports a view in any of ``ExportFormat``'s formats: the one entry point the CLI uses.
///
/// A view means the same in every format (the events, people and sources the Markdown
/// export of that view shows); each machine format then keeps what it can and says, in
/// ``InteropOutput/warnings``, what it could not carry.
///
/// ```swift
/// let exporter = InteropExporter(index: index, caseName: "article.case.json")
/// let out = exporter.export(.timeline(years: 2011...2011), as: .timelinejs)
/// try AtomicFileWriter.write(out.text, to: exporter.defaultFileName(for: view, as: .timelinejs), overwrite: false)
/// ```
public struct InteropExporter: Sendable {
  /// The Markdown exporter, which also decides what a view holds.
  public var markdown: MarkdownExporter

  public init(index: CaseIndex, caseName: String) {
    markdown = MarkdownExporter(index: index, caseName: caseName)
  }

  /// The view in `format`. `stamp` is used by Markdown only (see ``MarkdownExporter``);
  /// every other format depends only on the case file and the view.
  public func export(_ view: ExportView, as format: ExportFormat, stamp: String? = nil)
    -> InteropOutput
  {
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
    case .ftm: out = FtMExporter.export(file)
    case .cslJSON: out = CSLExporter.export(file)
    case .bibtex: out = BibTeXExporter.export(file)
    }
    out.warnings = subsetWarnings + out.warnings
    return out
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
