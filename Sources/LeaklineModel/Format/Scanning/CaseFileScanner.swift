import Foundation

/// Thrown by ``CaseFileScanner`` at anything it does not handle; the caller then gives
/// the file to the strict path, which says what is wrong.
struct ScanFailure: Error {}

/// A string as it appears in the file: where, and whether it needs decoding.
struct RawString {
  /// Offset of the first byte after the opening quote.
  var start: Int
  /// Offset of the closing quote.
  var end: Int
  /// Whether the string holds a backslash escape.
  var isEscaped: Bool
  /// Whether every byte is ASCII.
  var isASCII: Bool

  var count: Int { end - start }
}

/// A single-pass JSON scanner over UTF-8 bytes for the fast loader.
///
/// It checks everything the strict ``JSONParser`` checks (RFC 8259 syntax, UTF-8 inside
/// strings, escapes, nesting depth) but builds no tree: the record readers in
/// `CaseFileScanner+Records.swift` pull values straight into records. Any problem throws
/// ``ScanFailure`` without a message.
struct CaseFileScanner: ~Copyable {
  let base: UnsafePointer<UInt8>
  let end: Int
  var pos = 0
  /// Decoded bytes of the current escaped string.
  var scratch = ByteBuffer(capacity: 1024)
  /// Records read so far, for progress reports.
  var eventsRead = 0
  /// Called every few megabytes with the offset reached and the events read.
  let progress: ((_ offset: Int, _ events: Int) -> Void)?
  var nextProgress = 0
  /// Source and entity ids read so far, and the words that repeat (kinds, tags, places).
  var ids = ByteStringTable(capacity: 4096, wordLimit: 0)
  var sharedWords = ByteStringTable(capacity: 4096)
  /// Event ids read so far.
  var eventIDs = ByteKeySet(capacity: 1024)
  /// Whether `sources` and `entities` came before `events`, so that events' references
  /// are checked (and their strings shared) as they are read.
  var checksEventsWhileReading = false
  /// Items of the array being read, before they are copied into an array of exact size.
  var scratchStrings: [String] = []
  /// The event fields' key codes and required mask from the rule table, held here so the
  /// hot loop reads them directly.
  let eventKeyCodes = CaseFileSchema.EventField.table.keyCodes
  let eventRequiredMask = CaseFileSchema.EventField.table.requiredMask

  /// The memory the bytes are in, when pages already read may be given back.
  let memory: ReleasableMemory?
  /// Bytes before this offset may be gone.
  var released = 0
  /// Events arrays of at least this many bytes are read on two cores.
  var parallelFrom = 8 << 20

  init(
    _ bytes: UnsafeBufferPointer<UInt8>, progress: ((Int, Int) -> Void)?,
    releasing memory: ReleasableMemory? = nil
  ) throws(ScanFailure) {
    guard let base = bytes.baseAddress else { throw ScanFailure() }
    self.base = base
    end = bytes.count
    self.progress = progress
    self.memory = memory
    if end >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { pos = 3 }
  }

  // MARK: Structure

  @inline(__always)
  mutating func skipSpace() {
    while pos < end {
      let b = base[pos]
      guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
      pos += 1
    }
  }

  /// The next byte that is not white space, without consuming it.
  @inline(__always)
  mutating func peek() throws(ScanFailure) -> UInt8 {
    skipSpace()
    guard pos < end else { throw ScanFailure() }
    return base[pos]
  }

  @inline(__always)
  mutating func expect(_ byte: UInt8) throws(ScanFailure) {
    guard try peek() == byte else { throw ScanFailure() }
    pos += 1
  }

  /// After a value in an object or array: true after a comma, false at `closer`.
  @inline(__always)
  mutating func next(closer: UInt8) throws(ScanFailure) -> Bool {
    let b = try peek()
    pos += 1
    if b == 0x2C { return true }
    if b == closer { return false }
    throw ScanFailure()
  }

  /// Consumes `[` and reports whether the array is empty (consuming `]` too).
  @inline(__always)
  mutating func openArray() throws(ScanFailure) -> Bool {
    try expect(0x5B)
    if try peek() == 0x5D {
      pos += 1
      return false
    }
    return true
  }

  /// Consumes `{` and reports whether the object has members (else consumes `}`).
  @inline(__always)
  mutating func openObject() throws(ScanFailure) -> Bool {
    try expect(0x7B)
    if try peek() == 0x7D {
      pos += 1
      return false
    }
    return true
  }

  /// Reads a member name and its colon.
  @inline(__always)
  mutating func key() throws(ScanFailure) -> RawString {
    guard try peek() == 0x22 else { throw ScanFailure() }
    let key = try scanString()
    if key.isEscaped { throw ScanFailure() }
    try expect(0x3A)
    return key
  }

  /// Whether a member name is `name`, byte for byte.
  @inline(__always)
  func keyIs(_ key: RawString, _ name: StaticString) -> Bool {
    let n = name.utf8CodeUnitCount
    guard key.count == n else { return false }
    return bytesEqual(base + key.start, name.utf8Start, n)
  }

  /// Whether a member name starts with ``CaseFileSchema/extensionPrefix``, compared as
  /// the strict decoder compares it (`String.hasPrefix`, which an ASCII name settles by
  /// its bytes).
  func isExtensionKey(_ key: RawString) -> Bool {
    let prefix = CaseFileSchema.extensionPrefix.utf8
    guard key.count >= prefix.count,
      prefix.elementsEqual(UnsafeBufferPointer(start: base + key.start, count: prefix.count))
    else { return false }
    if key.isASCII { return true }
    return string(key).hasPrefix(CaseFileSchema.extensionPrefix)
  }

  // MARK: Strings

  /// Reads a string at `"`, checking UTF-8 and escapes, eight bytes at a time while no
  /// byte is a quote, a backslash, a control character or non-ASCII.
  mutating func scanString() throws(ScanFailure) -> RawString {
    pos += 1
    let start = pos
    var isEscaped = false
    var isASCII = true
    let raw = UnsafeRawPointer(base)
    while true {
      while pos + 8 <= end {
        let v = raw.loadUnaligned(fromByteOffset: pos, as: UInt64.self)
        let quote = v ^ 0x2222_2222_2222_2222
        let slash = v ^ 0x5C5C_5C5C_5C5C_5C5C
        let special =
          ((quote &- 0x0101_0101_0101_0101) & ~quote)
          | ((slash &- 0x0101_0101_0101_0101) & ~slash)
          | ((v &- 0x2020_2020_2020_2020) & ~v)
          | v
        let mask = special & 0x8080_8080_8080_8080
        if mask != 0 {
          pos += mask.trailingZeroBitCount >> 3
          break
        }
        pos += 8
      }
      guard pos < end else { throw ScanFailure() }
      let b = base[pos]
      if b == 0x22 {
        pos += 1
        return RawString(start: start, end: pos - 1, isEscaped: isEscaped, isASCII: isASCII)
      }
      if b == 0x5C {
        isEscaped = true
        try skipEscape()
      } else if b >= 0x80 {
        isASCII = false
        try skipMultibyte(b)
      } else if b < 0x20 {
        throw ScanFailure()
      } else {
        pos += 1
      }
    }
  }

  /// Checks one UTF-8 sequence of two to four bytes, as `UTF8Validation` does.
  @inline(__always)
  private mutating func skipMultibyte(_ b: UInt8) throws(ScanFailure) {
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch b {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default: throw ScanFailure()
    }
    guard pos + length <= end else { throw ScanFailure() }
    let second = base[pos + 1]
    guard second >= low, second <= high else { throw ScanFailure() }
    for k in 2..<max(2, length) where base[pos + k] & 0xC0 != 0x80 { throw ScanFailure() }
    pos += length
  }

  /// Checks one escape at `\`, including surrogate pairs.
  private mutating func skipEscape() throws(ScanFailure) {
    guard pos + 1 < end else { throw ScanFailure() }
    switch base[pos + 1] {
    case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74:
      pos += 2
    case 0x75:
      let code = try hex4(at: pos + 2)
      pos += 6
      if code >= 0xD800, code <= 0xDBFF {
        guard pos + 1 < end, base[pos] == 0x5C, base[pos + 1] == 0x75 else { throw ScanFailure() }
        let low = try hex4(at: pos + 2)
        guard low >= 0xDC00, low <= 0xDFFF else { throw ScanFailure() }
        pos += 6
      } else if code >= 0xDC00, code <= 0xDFFF {
        throw ScanFailure()
      }
    default:
      throw ScanFailure()
    }
  }

  private func hex4(at offset: Int) throws(ScanFailure) -> UInt32 {
    guard offset + 4 <= end else { throw ScanFailure() }
    var value: UInt32 = 0
    for i in offset..<offset + 4 {
      guard let digit = JSONEscape.hexDigit(base[i]) else { throw ScanFailure() }
      value = value << 4 | digit
    }
    return value
  }

  /// The string's value. Escapes were checked by ``scanString()``.
  func string(_ s: RawString) -> String {
    if !s.isEscaped {
      return String(
        decoding: UnsafeBufferPointer(start: base + s.start, count: s.count), as: UTF8.self)
    }
    var out: [UInt8] = []
    out.reserveCapacity(s.count)
    var i = s.start
    while i < s.end {
      let b = base[i]
      guard b == 0x5C else {
        out.append(b)
        i += 1
        continue
      }
      let e = base[i + 1]
      i += 2
      switch e {
      case 0x62: out.append(0x08)
      case 0x66: out.append(0x0C)
      case 0x6E: out.append(0x0A)
      case 0x72: out.append(0x0D)
      case 0x74: out.append(0x09)
      case 0x75:
        var code = (try? hex4(at: i)) ?? 0xFFFD
        i += 4
        if code >= 0xD800, code <= 0xDBFF {
          let low = (try? hex4(at: i + 2)) ?? 0xDC00
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          i += 6
        }
        UTF8.encode(Unicode.Scalar(code) ?? "\u{FFFD}") { out.append($0) }
      default: out.append(e)  // \" \\ \/
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  // MARK: Other values

  /// Reads `true` or `false`.
  mutating func bool() throws(ScanFailure) -> Bool {
    let b = try peek()
    if b == 0x74, literal("true") { return true }
    if b == 0x66, literal("false") { return false }
    throw ScanFailure()
  }

  /// Consumes `word` if it is next.
  mutating func literal(_ word: StaticString) -> Bool {
    let n = word.utf8CodeUnitCount
    guard pos + n <= end, bytesEqual(base + pos, word.utf8Start, n) else { return false }
    pos += n
    return true
  }

  /// Reads a whole number from 1 up, written as plain digits (no sign, fraction or
  /// exponent: the strict path does not take those as reference numbers either).
  mutating func positiveInteger() throws(ScanFailure) -> Int {
    guard try peek() != 0x30 else { throw ScanFailure() }
    var value = 0
    let start = pos
    while pos < end, base[pos] >= 0x30, base[pos] <= 0x39 {
      value = value * 10 + Int(base[pos] - 0x30)
      pos += 1
      if pos - start > 17 { throw ScanFailure() }
    }
    guard pos > start else { throw ScanFailure() }
    return value
  }

  /// Skips any value, checking it as strictly as ``JSONParser`` does. `depth` is the
  /// nesting of the object or array that holds it.
  mutating func skipValue(depth: Int) throws(ScanFailure) {
    switch try peek() {
    case 0x7B:
      guard depth < JSONParser.maximumDepth else { throw ScanFailure() }
      guard try openObject() else { return }
      repeat {
        _ = try key()
        try skipValue(depth: depth + 1)
      } while try next(closer: 0x7D)
    case 0x5B:
      guard depth < JSONParser.maximumDepth else { throw ScanFailure() }
      guard try openArray() else { return }
      repeat { try skipValue(depth: depth + 1) } while try next(closer: 0x5D)
    case 0x22:
      _ = try scanString()
    case 0x74:
      guard literal("true") else { throw ScanFailure() }
    case 0x66:
      guard literal("false") else { throw ScanFailure() }
    case 0x6E:
      guard literal("null") else { throw ScanFailure() }
    default:
      try skipNumber()
    }
  }

  /// Skips a number in RFC 8259 form: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
  private mutating func skipNumber() throws(ScanFailure) {
    func digits(_ s: inout CaseFileScanner) -> Int {
      let start = s.pos
      while s.pos < s.end, s.base[s.pos] >= 0x30, s.base[s.pos] <= 0x39 { s.pos += 1 }
      return s.pos - start
    }
    if pos < end, base[pos] == 0x2D { pos += 1 }
    guard pos < end, base[pos] >= 0x30, base[pos] <= 0x39 else { throw ScanFailure() }
    if base[pos] == 0x30 {
      pos += 1
      if pos < end, base[pos] >= 0x30, base[pos] <= 0x39 { throw ScanFailure() }
    } else {
      _ = digits(&self)
    }
    if pos < end, base[pos] == 0x2E {
      pos += 1
      guard digits(&self) > 0 else { throw ScanFailure() }
    }
    if pos < end, base[pos] == 0x65 || base[pos] == 0x45 {
      pos += 1
      if pos < end, base[pos] == 0x2B || base[pos] == 0x2D { pos += 1 }
      guard digits(&self) > 0 else { throw ScanFailure() }
    }
  }
}
