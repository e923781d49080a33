import ArgumentParser
import Foundation
import LeaklineArticle
import LeaklineCurses
import LeaklineModel

/// `--case FILE`, shared by every subcommand, and the loading that goes with it.
struct CaseOptions: ParsableArguments {
  @Option(
    name: .customLong("case"),
    help: ArgumentHelp(
      "The case file to open; '-' reads it from standard input. Defaults to the article's case file built into Leakline.",
      valueName: "file"))
  var path: String?

  /// The name used in titles and messages.
  var displayName: String { path.map(CaseInput.name) ?? ArticleCaseFile.displayName }

  /// Loads and indexes the case file, or prints every problem and exits with status 1.
  ///
  /// - Parameters:
  ///   - preparing: build the search index and every lookup now (the browser), instead of
  ///     on first use (a one-off command, which needs few of them).
  ///   - progress: shows how far loading and indexing have got, for a large file.
  func load(preparing: Bool = false, progress: LoadingProgress? = nil) throws -> CaseIndex {
    defer { progress?.finish() }
    let onProgress: ((LoadProgress) -> Void)? = progress.map { p in { p.loading($0) } }
    do throws(CaseFileError) {
      let file: CaseFile
      if let path {
        file = try CaseInput.load(path, progress: onProgress)
      } else {
        file = try CaseFileLoader.load(
          bytes: ArticleCaseFile.bytes, name: ArticleCaseFile.displayName)
      }
      let index = CaseIndex(file)
      if preparing {
        index.search.prepare { done, total in progress?.indexing(done: done, total: total) }
        index.prepareLookups()
      }
      return index
    } catch {
      progress?.finish()  // the message starts on a clean line
      Output.error(error.description)
      if error.issues.count > 1 || error.issues.first?.location != nil {
        Output.error(
          path == "-"
            ? "Run 'leakline validate -' on the fixed file to check it."
            : "Run 'leakline validate \(path ?? "FILE")' after fixing to check the file.")
      }
      throw ExitCode(1)
    }
  }
}

/// `--json`, for commands whose output programs read.
struct OutputOptions: ParsableArguments {
  @Flag(help: "Write JSON for programs instead of text for people.")
  var json = false
}

/// A case file named on the command line: `-` is standard input, anything else a path.
///
/// Standard input, like a pipe given by path (`<(jq … big.json)`), is read to its end up to
/// ``CaseFileLoader/maximumFileSize`` and named `<stdin>` in every message; a regular file
/// keeps the loader's faster path.
enum CaseInput {
  /// How messages name standard input.
  static let standardInputName = "<stdin>"

  /// How messages name the input `argument`.
  static func name(_ argument: String) -> String {
    argument == "-" ? standardInputName : argument
  }

  /// The bytes of `argument` (`import` parses them itself).
  static func bytes(_ argument: String) throws(CaseFileError) -> [UInt8] {
    guard argument == "-" else { return try CaseFileLoader.readFile(path: argument) }
    return try CaseFileLoader.readStream(descriptor: STDIN_FILENO, name: standardInputName)
  }

  /// Reads and loads the case file `argument`.
  static func load(_ argument: String, progress: ((LoadProgress) -> Void)? = nil)
    throws(CaseFileError) -> CaseFile
  {
    guard argument == "-" else {
      return try CaseFileLoader.load(path: argument, progress: progress)
    }
    return try CaseFileLoader.load(descriptor: STDIN_FILENO, name: standardInputName)
  }
}
