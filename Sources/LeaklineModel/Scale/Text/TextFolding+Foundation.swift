import Foundation

extension TextFolding {
  /// The fold through Foundation, for text ``FastFold`` cannot fold by table.
  static func foldWithFoundation(_ text: String) -> String {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    var out = String.UnicodeScalarView()
    for scalar in folded.unicodeScalars {
      switch scalar.value {
      case 0x2018, 0x2019, 0x201B: out.append("'")
      case 0x201C, 0x201D: out.append("\"")
      case 0x2010...0x2015, 0x2212: out.append("-")
      default: out.append(scalar)
      }
    }
    return String(out)
  }
}
