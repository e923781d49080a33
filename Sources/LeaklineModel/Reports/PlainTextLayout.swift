/// Small layout helpers for plain-text reports: display-width padding and word wrap.
///
/// These are approximate for wide (CJK) characters, which count as one column here; the
/// browser uses the exact widths of its cell grid. Plain text is meant for pipes and
/// narrow terminals, where alignment is a courtesy, not a contract.
enum PlainTextLayout {
  /// Pads `text` with spaces to `width` characters.
  static func pad(_ text: String, _ width: Int) -> String {
    let n = text.count
    return n >= width ? text + " " : text + String(repeating: " ", count: width - n)
  }

  /// Wraps `text` to `width` columns, indenting every line by `indent` spaces.
  static func wrap(_ text: String, width: Int = 78, indent: Int = 0) -> [String] {
    let prefix = String(repeating: " ", count: indent)
    let room = max(20, width - indent)
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      for word in paragraph.split(separator: " ") {
        if line.isEmpty {
          line = String(word)
        } else if line.count + 1 + word.count <= room {
          line += " " + word
        } else {
          lines.append(prefix + line)
          line = String(word)
        }
      }
      lines.append(prefix + line)
    }
    return lines
  }
}
