import Foundation

/// Runs the real Graphviz `dot` (Debian's `graphviz` package) on an export.
enum Graphviz {
  /// There is no `dot` to run; the message says how to install it.
  struct Missing: Error, CustomStringConvertible {
    var description: String {
      "Graphviz's dot is not installed: run Tests/install-prerequisites.sh (apt-get install graphviz)"
    }
  }

  /// What `dot` said when it did not accept a graph.
  struct Rejected: Error, CustomStringConvertible {
    var description: String
  }

  /// The `dot` in a folder of `PATH`, or nil.
  static func executable() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { $0 + "/dot" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// The SVG `dot -Tsvg` draws from `graph`; throws ``Missing`` without Graphviz, and
  /// ``Rejected`` with dot's messages when it exits with an error or warns.
  static func svg(_ graph: String) throws -> String {
    guard let executable = executable() else { throw Missing() }
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leakline-graph-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    let input = base.appendingPathExtension("dot")
    let output = base.appendingPathExtension("svg")
    let errors = base.appendingPathExtension("err")
    try Data(graph.utf8).write(to: input)
    _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
    defer {
      for url in [input, output, errors] { try? FileManager.default.removeItem(at: url) }
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["-Tsvg", "-o", output.path, input.path]
    let errorHandle = try FileHandle(forWritingTo: errors)
    process.standardError = errorHandle
    try process.run()
    process.waitUntilExit()
    try errorHandle.close()
    let messages = String(
      decoding: FileManager.default.contents(atPath: errors.path) ?? Data(), as: UTF8.self)
    guard process.terminationStatus == 0, messages.isEmpty else {
      throw Rejected(description: "dot exited with \(process.terminationStatus): \(messages)")
    }
    return String(
      decoding: FileManager.default.contents(atPath: output.path) ?? Data(), as: UTF8.self)
  }
}
