import Foundation

/// Splits a notebook's bytes into lines and reads each: the changes, and a problem for
/// each line that is not one.
enum NotebookLines {
  struct Parsed {
    var changes: [NotebookChange] = []
    var problems: [NotebookProblem] = []
    var startsOver = false
    /// The bytes up to and including the last line break: what was read for good.
    var consumedBytes = 0
    /// The complete lines read.
    var consumedLines = 0
    /// The line number of bytes after the last line break (a torn or unfinished line).
    var tornLine: Int?
  }

  /// Reads `bytes`, whose first line is number `firstLine`. Blank lines are skipped
  /// silently; a line that is not a change is reported (`location:line: why`) and skipped.
  static func parse(_ bytes: ArraySlice<UInt8>, firstLine: Int, location: String) -> Parsed {
    var out = Parsed()
    out.changes.reserveCapacity(bytes.count / 160)
    bytes.withUnsafeBufferPointer { all in
      guard let base = all.baseAddress else { return }
      var start = 0
      var line = firstLine
      while start < all.count {
        guard let newline = memchr(base + start, 0x0A, all.count - start) else {
          out.tornLine = line
          return
        }
        let end = base.distance(
          to: newline.assumingMemoryBound(to: UInt8.self))
        let text = UnsafeBufferPointer(start: base + start, count: end - start)
        if !text.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
          do throws(NotebookLineError) {
            out.changes.append(try NotebookLine.decode(text))
          } catch {
            out.problems.append(
              NotebookProblem(
                location: location, line: line,
                message: "not a notebook change (\(error.message)); skipped and kept in the file"))
          }
        }
        start = end + 1
        line += 1
        out.consumedBytes = start
        out.consumedLines += 1
      }
    }
    return out
  }
}
