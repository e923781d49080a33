/// The bytes of a document plus the means to name a place in it as line and column.
struct SourceText: Sendable {
  let bytes: [UInt8]
  /// Byte offsets at which each line starts; computed once, searched by bisection.
  private let lineStarts: [Int]

  init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
    lineStarts = starts
  }

  /// The 1-based line and column of a byte offset. Columns count characters (Unicode
  /// scalars), not bytes, so "García" moves the column by six, as an editor shows it.
  func location(of offset: Int) -> SourceLocation {
    let clamped = max(0, min(offset, bytes.count))
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= clamped { lo = mid } else { hi = mid - 1 }
    }
    var column = 1
    var i = lineStarts[lo]
    while i < clamped {
      if bytes[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    // Continuation bytes at the very offset do not start a new character.
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
