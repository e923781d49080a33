import ArgumentParser
import LeaklineModel

/// `leakline init FILE`: starts a case file from a small, valid example to edit.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a small example case file to start from; never replaces an existing file.",
    discussion: """
      The example has one source, two people and bodies, and three events with each kind of \
      date (a day, a month, an approximate range). Its records are invented placeholders: \
      replace them with your own, then check the file with 'leakline validate FILE' and open \
      it with 'leakline --case FILE'.
      """)

  @Argument(help: "Where to write the new case file, e.g. my-case.json.")
  var file: String

  func run() throws {
    do {
      try FileWriter.write(StarterCaseFile.text, to: file, overwrite: false)
    } catch {
      let hint =
        error.reason == .alreadyExists
        ? " 'leakline init' never replaces a file." : ""
      Output.error(error.description + hint)
      throw ExitCode(1)
    }
    let name = TerminalSafeText.sanitize(file)
    Output.text("Wrote an example case file to \(name).")
    Output.text(
      "Edit it, check it with 'leakline validate \(name)', and browse it with 'leakline --case \(name)'."
    )
  }
}
