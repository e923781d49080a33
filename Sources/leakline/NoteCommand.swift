import ArgumentParser
import Foundation
import LeaklineModel

/// `leakline note ID TEXT…`: write a note on a record, from the arguments or standard input.
struct NoteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "note",
    abstract: "Write a note on an event, a person or unit, or a source in your notebook.",
    discussion: """
      The note is the rest of the arguments, or standard input when there are none \
      ('leakline note massacre < findings.txt'). A note holds up to 64 KB. The case file is \
      never changed.
      """)

  @OptionGroup var caseOptions: CaseOptions
  @OptionGroup var notebookOptions: NotebookOptions

  @Argument(help: "The record: an id, a reference number, or kind:id (quote a name with spaces).")
  var name: String

  @Argument(
    help: "The note; without it, standard input is read. Put -- before a note starting with -.")
  var text: [String] = []

  func run() throws {
    let index = try caseOptions.load()
    let target = try Lookup.target(
      name, in: index, caseName: caseOptions.displayName, verb: "note")
    var note = text.joined(separator: " ")
    if text.isEmpty {
      let limit = NotebookLimits.noteBytes + 1
      let data = FileHandle.standardInput.readData(ofLength: limit)
      guard let read = String(data: data, encoding: .utf8) else {
        Output.error("The note on standard input is not UTF-8 text; nothing was saved.")
        throw ExitCode(1)
      }
      note = read.hasSuffix("\n") ? String(read.dropLast()) : read
      if data.count >= limit {
        Output.error(
          "The note on standard input is longer than \(NotebookLimits.noteBytes) bytes (64 KB); nothing was saved. Split it into several notes."
        )
        throw ExitCode(1)
      }
    }
    guard !note.allSatisfy(\.isWhitespace) else {
      Output.error(
        "The note is empty; nothing was saved. Write it after the id, or on standard input.")
      throw ExitCode(1)
    }
    var session = try notebookOptions.open(caseOptions, index: index)
    try session.record(.note, on: target, text: note)
    Output.text("Noted \(target.description). Saved in \(session.store.location).")
  }
}
