import ArgumentParser
import Foundation
import LeaklineModel

/// Where `export` and `import` put what they made: standard output for `-o -`, otherwise
/// the path, written by ``FileWriter`` (a regular file never replaced without `--force`; a
/// pipe or device such as `/dev/stdout` written to as a shell would).
enum OutputFile {
  /// Writes `text` and then, once it is known written, says "Wrote 12 events to PATH."
  /// (`done` is "Wrote 12 events") on standard error; on failure says why and exits with
  /// status 1.
  static func write(_ text: String, to path: String, force: Bool, done: String) throws {
    if path == "-" {
      Output.document(text)  // exits with a message if it cannot be written
      Output.finish()  // and a failure reported only when it is closed counts too
      Output.error("\(done) to standard output.")
      return
    }
    do {
      try FileWriter.write(text, to: path, overwrite: force)
    } catch {
      let hint = error.reason == .alreadyExists ? " Pass --force to replace it." : ""
      Output.error(error.description + hint)
      throw ExitCode(1)
    }
    Output.error("\(done) to \(TerminalSafeText.sanitize(path)).")
  }
}
