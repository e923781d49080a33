/// Reads one notebook line: a flat JSON object of strings and numbers, in one pass over
/// its bytes, without building a tree.
///
/// A notebook of 100,000 changes must replay in well under half a second; a general JSON
/// parser (or `JSONDecoder`) spends most of that building values this line never needs.
/// Strictness is JSON's (RFC 8259): double quotes, known escapes, no raw control
/// characters, valid UTF-8. Members it does not know may hold any JSON value; they are
/// skipped.
struct NotebookLineReader {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  mutating func change() throws(NotebookLineError) -> NotebookChange {
    var version: Int?
    var id: String?
    var at: NotebookTime?
    var by: String?
    var target: NotebookTarget?
    var operation: NotebookChange.Operation?
    var text: String?
    var label: String?
    var note: String?

    skipSpaces()
    guard index < bytes.count else { throw NotebookLineError("the line is empty") }
    guard bytes[index] == UInt8(ascii: "{") else {
      throw NotebookLineError("a change is a JSON object, {…}")
    }
    index += 1
    skipSpaces()
    if peek(UInt8(ascii: "}")) {
      throw NotebookLineError("an empty object is not a notebook change")
    }
    while true {
      skipSpaces()
      let key = try memberName()
      skipSpaces()
      try expect(UInt8(ascii: ":"), "':' after \"\(key)\"")
      skipSpaces()
      switch key {
      case "v": version = try integer(key)
      case "id": id = try string()
      case "at":
        // Read in place: a time has no escapes, and making a String of it costs more than
        // reading it.
        guard peek(UInt8(ascii: "\"")) else {
          throw NotebookLineError("\"at\" must be a UTC time in double quotes")
        }
        var end = index + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), end - index < 32 { end += 1 }
        guard end < bytes.count, let time = NotebookTime.parse(rebase(index + 1, end)) else {
          throw NotebookLineError("\"at\" is not a UTC time like 2026-12-08T00:43:27.123Z")
        }
        index = end + 1
        at = time
      case "by": by = try string()
      case "target":
        let value = try string()
        guard let t = NotebookTarget(value) else {
          throw NotebookLineError(
            "\"target\" \"\(value)\" is not kind:id (kinds: "
              + NotebookTarget.Kind.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        target = t
      case "op":
        let value = try string()
        guard let op = NotebookChange.Operation(rawValue: value) else {
          throw NotebookLineError(
            "unknown \"op\" \"\(value)\" (known: "
              + NotebookChange.Operation.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        operation = op
      case "text": text = try string()
      case "label": label = try string()
      case "note": note = try string()
      default: try skipValue(depth: 0)
      }
      skipSpaces()
      guard index < bytes.count else {
        throw NotebookLineError("the line ends inside the object (a write cut short?)")
      }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      try expect(UInt8(ascii: "}"), "',' or '}'")
      break
    }
    skipSpaces()
    guard index == bytes.count else {
      throw NotebookLineError("text after the end of the object")
    }
    guard let version else { throw NotebookLineError("no \"v\" (format version)") }
    guard version == 1 else {
      throw NotebookLineError(
        "format version \(version) is not one this Leakline reads (1); update Leakline")
    }
    guard let id, !id.isEmpty else { throw NotebookLineError("no \"id\"") }
    guard let at else { throw NotebookLineError("no \"at\" (time)") }
    guard let by else { throw NotebookLineError("no \"by\" (author)") }
    guard let target else { throw NotebookLineError("no \"target\"") }
    guard let operation else { throw NotebookLineError("no \"op\"") }
    return NotebookChange(
      version: version, id: id, at: at, by: by, target: target, operation: operation,
      text: text, label: label, noteID: note)
  }

  /// The members a change has, and their bytes.
  private static let knownBytes = knownNames.map { Array($0.utf8) }

  /// A member's name: compared as bytes with the names a change has (the usual case, with
  /// no String made), else read as a string.
  private mutating func memberName() throws(NotebookLineError) -> String {
    if peek(UInt8(ascii: "\"")) {
      let start = index + 1
      var end = start
      while end < bytes.count, end - start <= 6, bytes[end] != UInt8(ascii: "\""),
        bytes[end] != UInt8(ascii: "\\")
      {
        end += 1
      }
      if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
        let name = rebase(start, end)
        for (i, known) in Self.knownBytes.enumerated() where known.elementsEqual(name) {
          index = end + 1
          return Self.knownNames[i]
        }
      }
    }
    return try string()
  }

  /// The names of the members a change has.
  private static let knownNames = ["v", "id", "at", "by", "target", "op", "text", "label", "note"]

  private func rebase(_ from: Int, _ to: Int) -> UnsafeBufferPointer<UInt8> {
    guard let base = bytes.baseAddress, from <= to else {
      return UnsafeBufferPointer(start: nil, count: 0)
    }
    return UnsafeBufferPointer(start: base + from, count: to - from)
  }

  private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

  private mutating func skipSpaces() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0D: index += 1
      default: return
      }
    }
  }

  private mutating func expect(_ byte: UInt8, _ what: String) throws(NotebookLineError) {
    guard peek(byte) else {
      throw NotebookLineError(
        index < bytes.count
          ? "expected \(what) at column \(index + 1)"
          : "the line ends where \(what) was expected (a write cut short?)")
    }
    index += 1
  }

  private mutating func integer(_ key: String) throws(NotebookLineError) -> Int {
    var n = 0
    let start = index
    while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39, index - start < 9 {
      n = n * 10 + Int(bytes[index] - 0x30)
      index += 1
    }
    guard index > start, !(index < bytes.count && (0x30...0x39).contains(bytes[index])) else {
      throw NotebookLineError("\"\(key)\" must be a small whole number")
    }
    return n
  }

  /// A JSON string at `index`, unescaped.
  private mutating func string() throws(NotebookLineError) -> String {
    guard peek(UInt8(ascii: "\"")) else {
      throw NotebookLineError(
        index < bytes.count
          ? "expected a string in double quotes at column \(index + 1)"
          : "the line ends where a string was expected (a write cut short?)")
    }
    index += 1
    let start = index
    while index < bytes.count {
      let b = bytes[index]
      if b == UInt8(ascii: "\"") {
        defer { index += 1 }
        return try utf8(rebase(start, index))
      }
      if b == UInt8(ascii: "\\") { break }
      if b < 0x20 { throw controlCharacter(b) }
      index += 1
    }
    var scalars = Array(rebase(start, index))
    while index < bytes.count {
      let b = bytes[index]
      if b == UInt8(ascii: "\"") {
        index += 1
        return try scalars.withUnsafeBufferPointer { (s) throws(NotebookLineError) in try utf8(s) }
      }
      if b < 0x20 { throw controlCharacter(b) }
      index += 1
      guard b == UInt8(ascii: "\\") else {
        scalars.append(b)
        continue
      }
      guard index < bytes.count else { break }
      let e = bytes[index]
      index += 1
      if let byte = JSONEscape.single(e) {
        scalars.append(byte)
        continue
      }
      switch e {
      case UInt8(ascii: "u"):
        var code = try hex4()
        if (0xD800...0xDBFF).contains(code) {
          guard peek(UInt8(ascii: "\\")), index + 1 < bytes.count,
            bytes[index + 1] == UInt8(ascii: "u")
          else { throw NotebookLineError("a \\u escape is half of a surrogate pair") }
          index += 2
          let low = try hex4()
          guard (0xDC00...0xDFFF).contains(low) else {
            throw NotebookLineError("a \\u escape is half of a surrogate pair")
          }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else {
          throw NotebookLineError("a \\u escape is half of a surrogate pair")
        }
        scalars.append(contentsOf: String(Character(scalar)).utf8)
      default:
        throw NotebookLineError("unknown escape '\\\(Character(Unicode.Scalar(e)))' in a string")
      }
    }
    throw NotebookLineError("a string is never closed (a write cut short?)")
  }

  private func utf8(_ b: UnsafeBufferPointer<UInt8>) throws(NotebookLineError) -> String {
    guard let s = String(validating: b, as: UTF8.self) else {
      throw NotebookLineError("a string is not valid UTF-8")
    }
    return s
  }

  private mutating func hex4() throws(NotebookLineError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw NotebookLineError("an incomplete \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let digit = JSONEscape.hexDigit(bytes[index]) else {
        throw NotebookLineError("a \\u escape with a character that is not a hex digit")
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }

  private func controlCharacter(_ b: UInt8) -> NotebookLineError {
    NotebookLineError(
      "a raw control character (byte 0x\(String(b, radix: 16, uppercase: true))) in a string")
  }

  /// Skips any JSON value of a member this version does not know.
  private mutating func skipValue(depth: Int) throws(NotebookLineError) {
    guard depth < 64 else { throw NotebookLineError("nesting deeper than 64 levels") }
    guard index < bytes.count else {
      throw NotebookLineError("the line ends where a value was expected (a write cut short?)")
    }
    switch bytes[index] {
    case UInt8(ascii: "\""): _ = try string()
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      let close = bytes[index] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
      let isObject = close == UInt8(ascii: "}")
      index += 1
      skipSpaces()
      if peek(close) {
        index += 1
        return
      }
      while true {
        skipSpaces()
        if isObject {
          _ = try string()
          skipSpaces()
          try expect(UInt8(ascii: ":"), "':'")
          skipSpaces()
        }
        try skipValue(depth: depth + 1)
        skipSpaces()
        if peek(UInt8(ascii: ",")) {
          index += 1
          continue
        }
        try expect(close, "',' or '\(Character(Unicode.Scalar(close)))'")
        return
      }
    default:
      let start = index
      while index < bytes.count {
        switch bytes[index] {
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), 0x30...0x39,
          0x61...0x7A, 0x41...0x5A:
          index += 1
          continue
        default: break
        }
        break
      }
      let word = String(decoding: rebase(start, index), as: UTF8.self)
      guard word == "true" || word == "false" || word == "null" || Double(word) != nil else {
        throw NotebookLineError("expected a value at column \(start + 1)")
      }
    }
  }
}
