import Foundation
import LeaklineModel
import _LeaklineSynthetic

/// The synthetic case files: made once per size and seed, written next to a one-line
/// stamp, and reused while the stamp matches.
struct Dataset {
  let size: Int
  /// The case file.
  let jsonPath: String
  /// Each event's title and summary on one line, for `fzf`.
  let linesPath: String
  let bytes: Int

  /// What the generator is; a file made by another version is made again.
  static let stamp = "leakline synthetic case file v2, seed 42"

  /// The dataset of `size` events in `directory`, made now if missing or stale.
  static func make(size: Int, in directory: String, log: (String) -> Void) throws -> Dataset {
    let json = "\(directory)/events-\(size).json"
    let lines = "\(directory)/events-\(size).txt"
    let stampPath = "\(directory)/events-\(size).stamp"
    let expected = "\(stamp), \(size) events\n"
    let fm = FileManager.default
    if (try? String(contentsOfFile: stampPath, encoding: .utf8)) == expected,
      fm.fileExists(atPath: json), fm.fileExists(atPath: lines)
    {
      return Dataset(size: size, jsonPath: json, linesPath: lines, bytes: fileSize(json))
    }
    log("making \(size) events in \(json)")
    let caseFile = SyntheticCaseFile(events: size).make()
    try write(SyntheticCaseFile.json(caseFile), to: json)
    try write(SyntheticCaseFile.lines(caseFile), to: lines)
    try expected.write(toFile: stampPath, atomically: true, encoding: .utf8)
    return Dataset(size: size, jsonPath: json, linesPath: lines, bytes: fileSize(json))
  }

  static func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
  }

  /// Writes `bytes` without copying them into `Data` first.
  static func write(_ bytes: [UInt8], to path: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw BenchError("cannot create \(path): \(String(cString: strerror(errno)))")
    }
    defer { close(fd) }
    var written = 0
    try bytes.withUnsafeBytes { raw in
      while written < raw.count {
        // swift-format-ignore: NeverForceUnwrap
        // `raw` is not empty inside the loop.
        let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
        if n < 0, errno == EINTR { continue }
        guard n > 0 else {
          throw BenchError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        written += n
      }
    }
  }
}

/// A failure of the benchmark itself, with its message.
struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
