import ArgumentParser
import LeaklineModel

/// `leakline show ID-OR-NAME`: an event, a dossier, or a source with what cites it.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show an event, the dossier of a person or unit, or a source and what cites it.",
    discussion: """
      Takes an id, an article reference number (9 or [9]), or a name, alias or title typed \
      without accents. An ambiguous name lists the candidates; an unknown one suggests the nearest.
      """)

  @OptionGroup var caseOptions: CaseOptions
  @OptionGroup var output: OutputOptions

  @Argument(help: "An id, a reference number, or a name, e.g. cienfuegos, \"garcia luna\", 6.")
  var name: [String]

  func run() throws {
    let text = name.joined(separator: " ")
    let index = try caseOptions.load()
    let report = PlainTextReport(index: index)
    let record = try Lookup.record(text, in: index, caseName: caseOptions.displayName, verb: "show")
    defer { if !output.json { Output.lines(["", "Open it: " + browseCommand(for: record)]) } }
    switch record {
    case .event(let e):
      output.json
        ? Output.text(JSONReport.event(e, index: index).render())
        : Output.lines(report.eventReport(e))
    case .entity(let e):
      output.json
        ? Output.text(JSONReport.dossier(e, index: index).render())
        : Output.lines(report.dossier(e))
    case .source(let s):
      output.json
        ? Output.text(JSONReport.source(s, index: index).render())
        : Output.lines(report.sourceReport(s))
    }
  }

  /// The command that starts the browser on `record`, ready to paste into a shell.
  private func browseCommand(for record: Lookup.Record) -> String {
    let id: String
    switch record {
    case .event(let e): id = e.id
    case .entity(let e): id = e.id
    case .source(let s): id = s.id
    }
    var words = ["leakline"]
    if let path = caseOptions.path { words += ["--case", ShellWord.quoted(path)] }
    words += ["browse", "--open", ShellWord.quoted(id)]
    return words.joined(separator: " ")
  }
}
