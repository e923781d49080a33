/// A JSON value to write, with members in a fixed order so output diffs cleanly.
public indirect enum JSONText: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array([JSONText])
  case object([(String, JSONText)])

  public static func == (a: JSONText, b: JSONText) -> Bool { a.render() == b.render() }

  /// An optional string, or null.
  public static func string(_ s: String?) -> JSONText { s.map(JSONText.string) ?? .null }

  /// Serialises the value. Pretty output indents by two spaces.
  ///
  /// Control characters, C1 controls, DEL, U+2028/U+2029 and bidi controls are written
  /// as `\uXXXX` escapes, so JSON output is safe to print on a terminal too.
  public func render(pretty: Bool = true) -> String {
    var out = ""
    write(into: &out, pretty: pretty, level: 0)
    return out
  }

  private func write(into out: inout String, pretty: Bool, level: Int) {
    let newline = pretty ? "\n" + String(repeating: "  ", count: level + 1) : ""
    let close = pretty ? "\n" + String(repeating: "  ", count: level) : ""
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .string(let s): JSONText.quote(s, into: &out)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        out += newline
        item.write(into: &out, pretty: pretty, level: level + 1)
      }
      out += close + "]"
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      out += "{"
      for (i, (key, value)) in members.enumerated() {
        if i > 0 { out += "," }
        out += newline
        JSONText.quote(key, into: &out)
        out += pretty ? ": " : ":"
        value.write(into: &out, pretty: pretty, level: level + 1)
      }
      out += close + "}"
    }
  }

  static func quote(_ s: String, into out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar.value {
      case 0x22: out += "\\\""
      case 0x5C: out += "\\\\"
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x09: out += "\\t"
      case 0x08: out += "\\b"
      case 0x0C: out += "\\f"
      case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E,
        0x2066...0x2069:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
