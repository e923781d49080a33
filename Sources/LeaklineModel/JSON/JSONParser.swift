/// A strict, single-pass JSON parser over UTF-8 bytes that records positions.
///
/// Strict means RFC 8259: no comments, no trailing commas, no NaN, no raw control
/// characters in strings. Nesting deeper than ``maximumDepth`` is refused, so a hostile
/// file of 200,000 open brackets is an error message, not a stack overflow.
struct JSONParser {
  /// The deepest nesting accepted. Real case files need 5.
  static let maximumDepth = 256

  private let bytes: [UInt8]
  private var index = 0
  private var depth = 0

  private init(bytes: [UInt8]) { self.bytes = bytes }

  /// Parses a whole document.
  ///
  /// - Throws: ``JSONSyntaxError`` at the first problem, with its byte offset.
  static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
    var parser = JSONParser(bytes: bytes)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
    parser.skipWhitespace()
    guard parser.index < bytes.count else {
      throw JSONSyntaxError(
        offset: parser.index, message: "The file is empty",
        help:
          "A case file is a JSON object: { \"leakline\": 1, \"title\": …, \"sources\": [], \"entities\": [], \"events\": [] }."
      )
    }
    let root = try parser.parseValue()
    parser.skipWhitespace()
    if parser.index < bytes.count {
      throw JSONSyntaxError(
        offset: parser.index,
        message: "Unexpected \(parser.describeByte()) after the end of the document",
        help:
          "A file holds one JSON value; remove what follows it, or wrap both in an array or object."
      )
    }
    return root
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  private func describeByte() -> String {
    guard index < bytes.count else { return "end of file" }
    let b = bytes[index]
    if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
    if b >= 0x80 {
      // Show the whole character when it is valid UTF-8, else the byte.
      var end = index + 1
      while end < bytes.count, end - index < 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
      if let s = String(validating: bytes[index..<end], as: UTF8.self) { return "'\(s)'" }
    }
    return "byte 0x" + String(b, radix: 16, uppercase: true)
  }

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
    guard index < bytes.count else {
      throw JSONSyntaxError(
        offset: index, message: "The file ends where a value was expected",
        help: "The file looks cut short; check that every '{' and '[' is closed.")
    }
    let start = index
    switch bytes[index] {
    case UInt8(ascii: "{"): return JSONNode(value: try parseObject(), offset: start)
    case UInt8(ascii: "["): return JSONNode(value: try parseArray(), offset: start)
    case UInt8(ascii: "\""): return JSONNode(value: .string(try parseString()), offset: start)
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return JSONNode(value: .bool(true), offset: start)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return JSONNode(value: .bool(false), offset: start)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      return JSONNode(value: .null, offset: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONNode(value: try parseNumber(), offset: start)
    default:
      throw JSONSyntaxError(
        offset: index, message: "Expected a value but found \(describeByte())",
        help: bytes[index] == UInt8(ascii: "'")
          ? "JSON strings use double quotes (\"), not single quotes."
          : "A value is a string in double quotes, a number, true, false, null, an object or an array."
      )
    }
  }

  private mutating func expectLiteral(_ word: StaticString) throws(JSONSyntaxError) {
    let start = index
    let count = word.utf8CodeUnitCount
    var matches = index + count <= bytes.count
    if matches {
      word.withUTF8Buffer { w in
        for i in 0..<count where bytes[start + i] != w[i] { matches = false }
      }
    }
    guard matches else {
      throw JSONSyntaxError(
        offset: start, message: "Expected a value but found \(describeByte())",
        help:
          "Strings need double quotes; the only bare words JSON allows are true, false and null.")
    }
    index += count
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > JSONParser.maximumDepth {
      throw JSONSyntaxError(
        offset: index, message: "Nesting is deeper than \(JSONParser.maximumDepth) levels",
        help: "A case file needs only a few levels; this file is not a case file or is damaged.")
    }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    defer { depth -= 1 }
    let open = index
    index += 1
    var members: [JSONMember] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count else { throw unclosed("object", "}", open) }
      guard bytes[index] == UInt8(ascii: "\"") else {
        let trailing = bytes[index] == UInt8(ascii: "}") && !members.isEmpty
        throw JSONSyntaxError(
          offset: index,
          message: trailing
            ? "Trailing comma before '}'"
            : "Expected a member name in double quotes but found \(describeByte())",
          help: trailing
            ? "Remove the comma after the last member."
            : "Object members are written \"name\": value.")
      }
      let keyOffset = index
      let key = try parseString()
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        if index >= bytes.count { throw unclosed("object", "}", open) }
        throw JSONSyntaxError(
          offset: index, message: "Expected ':' after \"\(key)\" but found \(describeByte())",
          help: "Write a colon between a member's name and its value.")
      }
      index += 1
      skipWhitespace()
      let value = try parseValue()
      members.append(JSONMember(key: key, keyOffset: keyOffset, value: value))
      skipWhitespace()
      guard index < bytes.count else { throw unclosed("object", "}", open) }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      }
      throw JSONSyntaxError(
        offset: index, message: "Expected ',' or '}' but found \(describeByte())",
        help: "Separate members with commas; is a comma missing after the previous value?")
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    defer { depth -= 1 }
    let open = index
    index += 1
    var items: [JSONNode] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(items)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count else { throw unclosed("array", "]", open) }
      if bytes[index] == UInt8(ascii: "]"), !items.isEmpty {
        throw JSONSyntaxError(
          offset: index, message: "Trailing comma before ']'",
          help: "Remove the comma after the last item.")
      }
      items.append(try parseValue())
      skipWhitespace()
      guard index < bytes.count else { throw unclosed("array", "]", open) }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(items)
      }
      throw JSONSyntaxError(
        offset: index, message: "Expected ',' or ']' but found \(describeByte())",
        help: "Separate items with commas; is a comma missing after the previous item?")
    }
  }

  private func unclosed(_ what: String, _ closer: String, _ open: Int) -> JSONSyntaxError {
    JSONSyntaxError(
      offset: index, message: "The file ends inside an \(what) opened at byte \(open)",
      help: "Close it with '\(closer)'; the file may have been cut short.", relatedOffset: open)
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    let open = index
    index += 1
    let start = index
    // Fast path: no escapes.
    while index < bytes.count {
      let b = bytes[index]
      if b == UInt8(ascii: "\"") {
        let s = String(decoding: bytes[start..<index], as: UTF8.self)
        index += 1
        return s
      }
      if b == UInt8(ascii: "\\") { break }
      if b < 0x20 { throw controlCharacter(b) }
      index += 1
    }
    var scalars = Array(bytes[start..<index])
    while index < bytes.count {
      let b = bytes[index]
      if b == UInt8(ascii: "\"") {
        index += 1
        return String(decoding: scalars, as: UTF8.self)
      }
      if b < 0x20 { throw controlCharacter(b) }
      if b != UInt8(ascii: "\\") {
        scalars.append(b)
        index += 1
        continue
      }
      let escapeStart = index
      index += 1
      guard index < bytes.count else { break }
      let e = bytes[index]
      index += 1
      switch e {
      case UInt8(ascii: "\""): scalars.append(0x22)
      case UInt8(ascii: "\\"): scalars.append(0x5C)
      case UInt8(ascii: "/"): scalars.append(0x2F)
      case UInt8(ascii: "b"): scalars.append(0x08)
      case UInt8(ascii: "f"): scalars.append(0x0C)
      case UInt8(ascii: "n"): scalars.append(0x0A)
      case UInt8(ascii: "r"): scalars.append(0x0D)
      case UInt8(ascii: "t"): scalars.append(0x09)
      case UInt8(ascii: "u"):
        var code = try hex4(at: escapeStart)
        if (0xD800...0xDBFF).contains(code) {
          guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
          else { throw loneSurrogate(escapeStart) }
          index += 2
          let low = try hex4(at: index - 2)
          guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(escapeStart) }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(code) {
          throw loneSurrogate(escapeStart)
        }
        // swift-format-ignore: NeverForceUnwrap
        // Surrogates were excluded above, so every remaining code is a scalar.
        scalars.append(contentsOf: Array(String(Character(Unicode.Scalar(code)!)).utf8))
      default:
        throw JSONSyntaxError(
          offset: escapeStart,
          message: "Unknown escape '\\\(Character(Unicode.Scalar(e)))' in a string",
          help:
            "JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write a backslash as \\\\.")
      }
    }
    throw JSONSyntaxError(
      offset: open, message: "A string is never closed",
      help: "Add the closing double quote; a string cannot span the end of the file.")
  }

  private mutating func hex4(at escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
    guard index + 4 <= bytes.count else {
      throw JSONSyntaxError(
        offset: escapeStart, message: "Incomplete \\u escape",
        help: "Write \\u followed by four hex digits.")
    }
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let digit = JSONParser.hexDigit(bytes[index]) else {
        throw JSONSyntaxError(
          offset: escapeStart, message: "Bad \\u escape: \(describeByte()) is not a hex digit",
          help: "Write \\u followed by four hex digits, e.g. \\u00ED for í.")
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }

  /// The value of a hex digit of a `\\u` escape, or `nil`; the fast reader uses it too.
  @inline(__always)
  static func hexDigit(_ b: UInt8) -> UInt32? {
    switch b {
    case 0x30...0x39: UInt32(b - 0x30)
    case 0x41...0x46: UInt32(b - 0x41 + 10)
    case 0x61...0x66: UInt32(b - 0x61 + 10)
    default: nil
    }
  }

  private func loneSurrogate(_ offset: Int) -> JSONSyntaxError {
    JSONSyntaxError(
      offset: offset, message: "A \\u escape is half of a surrogate pair",
      help:
        "Characters outside the Basic Multilingual Plane need both halves (\\uD83D\\uDE00), or write the character itself."
    )
  }

  private func controlCharacter(_ b: UInt8) -> JSONSyntaxError {
    let hex = String(b, radix: 16, uppercase: true)
    let code = hex.count == 1 ? "000" + hex : "00" + hex
    return JSONSyntaxError(
      offset: index,
      message: b == 0x0A
        ? "A line break inside a string" : "A raw control character (U+\(code)) inside a string",
      help: b == 0x0A
        ? "Write line breaks as \\n, or close the string's quote on the line before."
        : "Write it as \\u\(code), or remove it.")
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
    let start = index
    var isInteger = true
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
    guard isDigit(index) else { throw badNumber(start) }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if isDigit(index) { throw badNumber(start, leadingZero: true) }
    } else {
      while isDigit(index) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      isInteger = false
      index += 1
      guard isDigit(index) else { throw badNumber(start) }
      while isDigit(index) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      isInteger = false
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      guard isDigit(index) else { throw badNumber(start) }
      while isDigit(index) { index += 1 }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    let value = Double(text) ?? .nan
    // JSON (and JSON Schema) does not distinguish 1 from 1.0, so a number with a zero
    // fraction or a whole exponent is an integer too, when it fits exactly.
    var integer = isInteger ? Int(text) : nil
    if integer == nil, value.rounded() == value, abs(value) < 9_007_199_254_740_992 {
      integer = Int(value)
    }
    return .number(value, integer: integer)
  }

  private func badNumber(_ start: Int, leadingZero: Bool = false) -> JSONSyntaxError {
    JSONSyntaxError(
      offset: start, message: leadingZero ? "A number with a leading zero" : "A malformed number",
      help: leadingZero
        ? "JSON numbers cannot start with 0; write 7, not 07 (dates are strings: \"2011-03\")."
        : "Numbers look like 12, -3, 4.5 or 1e6.")
  }
}

/// A syntax error, at a byte offset, with how to fix it.
struct JSONSyntaxError: Error, Sendable {
  var offset: Int
  var message: String
  var help: String
  var relatedOffset: Int? = nil
}
