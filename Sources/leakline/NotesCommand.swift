import ArgumentParser
import Foundation
import LeaklineModel

/// `leakline notes`: the reader's notebook, record by record, or exported.
struct NotesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notes",
    abstract: "List your notebook: marks, labels and notes by record, orphans last.",
    discussion: """
      A record the case file no longer has (renamed or removed) is listed as orphaned with \
      its old id; its notes are kept. '--where' says where the notebook is. '--format csv' \
      or '--format markdown' exports the notebook itself. 'notes copy' copies a notebook \
      between a file and a team database (docs/team.md). See docs/notes.md.
      """,
    subcommands: [NotesCopyCommand.self])

  @OptionGroup var caseOptions: CaseOptions
  @OptionGroup var notebookOptions: NotebookOptions
  @OptionGroup var output: OutputOptions

  @Option(help: ArgumentHelp("Only records with this label.", valueName: "name"))
  var label: String?

  @Flag(help: "Only orphaned records (no longer in the case file).")
  var orphaned = false

  @Flag(
    name: .customLong("where"), help: "Print where the notebook is, and whether it can be written.")
  var showWhere = false

  @Option(help: ArgumentHelp("Export the notebook: csv or markdown.", valueName: "format"))
  var format: String?

  func validate() throws {
    if let format, !["csv", "markdown"].contains(format) {
      throw ValidationError("'\(format)' is not a notebook format; choose csv or markdown.")
    }
  }

  func run() throws {
    let index = try caseOptions.load()
    let session = try notebookOptions.open(caseOptions, index: index)
    let store = session.store
    if showWhere {
      Output.text(store.location)
      Output.error(store.status ?? (store.isWritable ? "It can be written." : "It is read-only."))
      return
    }
    let listing = NotebookListing(
      session.notebook, index: index, label: label, orphanedOnly: orphaned)
    if output.json {
      Output.text(
        listing.json(
          location: store.location, changes: session.notebook.changes.count,
          problems: session.problems
        ).render())
      return
    }
    switch format {
    case "csv": Self.export(listing.csv())
    case "markdown": Self.export(listing.markdown(caseTitle: index.caseFile.title))
    default: Output.lines(NotesText.lines(listing, store: store, notebook: session.notebook))
    }
  }

  /// Writes an export to standard output as it is when it goes to a file or a program,
  /// made terminal-safe when it goes to a terminal.
  private static func export(_ text: String) {
    if isatty(STDOUT_FILENO) == 1 {
      Output.text(text)
    } else {
      FileHandle.standardOutput.write(Data(text.utf8))
    }
  }
}

/// `leakline notes` as text for people.
enum NotesText {
  static func lines(_ listing: NotebookListing, store: NotebookStore, notebook: Notebook)
    -> [String]
  {
    var out = ["Notebook: \(store.location) (\(count(notebook.changes.count, "change")))"]
    if let status = store.status { out.append(status) }
    if listing.entries.isEmpty && listing.savedSearches.isEmpty {
      out.append(
        "Nothing here yet: 'leakline mark ID', 'leakline note ID TEXT', 'leakline label ID NAME'.")
    }
    var orphansStarted = false
    for e in listing.entries {
      if e.isOrphaned, !orphansStarted {
        orphansStarted = true
        out += ["", "Orphaned (no longer in the case file; kept):"]
      }
      out.append("")
      out.append(e.target.description + (e.title.map { "  " + $0 } ?? ""))
      if let m = e.mark { out.append("  marked by \(m.by), \(m.at.day)") }
      if !e.labels.isEmpty {
        out.append("  labels: " + e.labels.map(\.label).joined(separator: ", "))
      }
      for n in e.notes {
        var head = "  note by \(n.written.by), \(n.written.at.day)"
        if let edited = n.edited { head += " (edited by \(edited.by), \(edited.at.day))" }
        out.append(head + ":")
        out += n.text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
      }
    }
    if !listing.savedSearches.isEmpty {
      out += ["", "Saved searches (leakline search @NAME):"]
      out += listing.savedSearches.map { "  @\($0.name)  \($0.query)" }
    }
    let labels = notebook.labelCounts
    if !labels.isEmpty {
      out += ["", "Labels: " + labels.map { "\($0.label) (\($0.count))" }.joined(separator: ", ")]
    }
    return out
  }

  private static func count(_ n: Int, _ word: String) -> String {
    n == 1 ? "1 \(word)" : "\(n) \(word)s"
  }
}
