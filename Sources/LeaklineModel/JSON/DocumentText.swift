/// The bytes of a document plus the means to name a place in it as line and column.
struct DocumentText: Sendable {
  let bytes: [UInt8]
  /// Byte offsets at which each line starts; computed once, searched by bisection.
  private let lineStarts: [Int]
  /// How many characters (scalars) start before byte `k * checkpointStride`, for each k.
  ///
  /// A minified file is one long line; without these, placing each of its problems would
  /// count characters from the start of that line, and a file with many problems would
  /// take problems × line length.
  private let checkpoints: [Int]
  private static let checkpointStride = 4096

  init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    var marks: [Int] = []
    marks.reserveCapacity(bytes.count / DocumentText.checkpointStride + 1)
    var characters = 0
    for (i, b) in bytes.enumerated() {
      if i % DocumentText.checkpointStride == 0 { marks.append(characters) }
      if b & 0xC0 != 0x80 { characters += 1 }
      if b == 0x0A { starts.append(i + 1) }
    }
    marks.append(characters)
    lineStarts = starts
    checkpoints = marks
  }

  /// The number of characters (scalar starts) in `bytes[0..<offset]`.
  private func characters(before offset: Int) -> Int {
    let k = offset / DocumentText.checkpointStride
    var count = checkpoints[min(k, checkpoints.count - 1)]
    var i = min(k, checkpoints.count - 1) * DocumentText.checkpointStride
    while i < offset {
      if bytes[i] & 0xC0 != 0x80 { count += 1 }
      i += 1
    }
    return count
  }

  /// The 1-based line and column of a byte offset. Columns count characters (Unicode
  /// scalars), not bytes, so "García" moves the column by six, as an editor shows it.
  /// - Complexity: O(log lines) plus at most two scans of 4 KiB.
  func location(of offset: Int) -> SourceLocation {
    let clamped = max(0, min(offset, bytes.count))
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= clamped { lo = mid } else { hi = mid - 1 }
    }
    // Continuation bytes at the very offset do not start a new character.
    let column = characters(before: clamped) - characters(before: lineStarts[lo]) + 1
    return SourceLocation(line: lo + 1, column: column)
  }
}

/// A 1-based line and column in a file.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public var description: String { "\(line):\(column)" }

  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }
}
