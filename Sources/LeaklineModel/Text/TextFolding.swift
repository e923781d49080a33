import Foundation

/// Case- and accent-insensitive matching: "garcia" finds "García", "CIENFUEGOS" finds
/// "Cienfuegós".
///
/// Text is folded once (when an index is built) and queries are folded the same way, so
/// a search compares plain lower-case strings.
public enum TextFolding {
  /// Lower-cases and strips diacritics; also maps "ß" and typographic quotes/dashes to
  /// their plain forms so a typed query finds them.
  ///
  /// NUL becomes "␀": Foundation's substring search on Linux reads a needle holding NUL
  /// as a C string, answering wrongly and even trapping ("String index is out of bounds",
  /// found by Tests/fuzz), and every search compares folded text with a folded query.
  public static func fold(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0 }) { return asciiLowercased(text) }
    return FastFold.fold(text) ?? foldWithFoundation(text)
  }

  /// The fold through Foundation, for text ``FastFold`` cannot fold by table (and the
  /// source of ``FastFold``'s table).
  package static func foldWithFoundation(_ text: String) -> String {
    let folded = text.folding(
      options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    var out = String.UnicodeScalarView()
    for scalar in folded.unicodeScalars {
      switch scalar.value {
      case 0x2018, 0x2019, 0x201B: out.append("'")
      case 0x201C, 0x201D: out.append("\"")
      case 0x2010...0x2015, 0x2212: out.append("-")
      case 0x00: out.append("\u{2400}")
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  private static func asciiLowercased(_ text: String) -> String {
    var bytes = Array(text.utf8)
    for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] += 0x20 }
    return String(decoding: bytes, as: UTF8.self)
  }
}
