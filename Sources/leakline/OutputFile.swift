import ArgumentParser
import Foundation
import LeaklineModel

/// Where `export` and `import` put what they made: standard output for `-o -`, otherwise a
/// file written by ``AtomicFileWriter``, never replacing one without `--force`.
enum OutputFile {
  /// Writes `text` and then says "Wrote 12 events to PATH." (`done` is "Wrote 12 events")
  /// on standard error; on failure says why and exits with status 1.
  static func write(_ text: String, to path: String, force: Bool, done: String) throws {
    if path == "-" {
      FileHandle.standardOutput.write(Data(text.utf8))
      Output.error("\(done) to standard output.")
      return
    }
    do {
      try AtomicFileWriter.write(text, to: path, overwrite: force)
    } catch {
      let hint = error.reason == .alreadyExists ? " Pass --force to replace it." : ""
      Output.error(error.description + hint)
      throw ExitCode(1)
    }
    Output.error("\(done) to \(TerminalSafeText.sanitize(path)).")
  }
}
