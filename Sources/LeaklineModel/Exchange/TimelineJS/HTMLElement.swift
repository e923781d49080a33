import Foundation

/// One `<tag …>…</tag>` element found in a slide's HTML.
///
/// Found by a single forward scan, not a regular expression, so that hostile text (many
/// opening tags that never close) takes linear time instead of hanging the import.
struct HTMLElement {
  /// Where the whole element is, from `<` to the closing `>`.
  var range: Range<String.Index>
  /// The text between the tag name and `>`: ` class="summary"`.
  var attributes: String
  /// The HTML between the opening and closing tags.
  var inner: String

  /// The value of attribute `name` (double, single or no quotes), as written.
  func attribute(_ name: String) -> String? {
    var rest = Substring(attributes)
    while let at = rest.range(of: name, options: .caseInsensitive) {
      let before = at.lowerBound == rest.startIndex ? " " : rest[rest.index(before: at.lowerBound)]
      var value = rest[at.upperBound...].drop(while: \.isWhitespace)
      rest = rest[at.upperBound...]
      guard before.isWhitespace, value.first == "=" else { continue }
      value = value.dropFirst().drop(while: \.isWhitespace)
      if let quote = value.first, quote == "\"" || quote == "'" {
        return String(value.dropFirst().prefix { $0 != quote })
      }
      return String(value.prefix { !$0.isWhitespace && $0 != ">" })
    }
    return nil
  }

  /// Each `<tag …>…</tag>` of `html` in order, the tag name in any case; the scan stops at
  /// an element that is never closed. Elements of the same tag do not nest here.
  static func all(_ tag: String, in html: String) -> [HTMLElement] {
    var found: [HTMLElement] = []
    var from = html.startIndex
    let open = "<" + tag
    let close = "</" + tag + ">"
    while let start = html.range(of: open, options: .caseInsensitive, range: from..<html.endIndex) {
      guard start.upperBound < html.endIndex else { break }
      let next = html[start.upperBound]
      guard next == ">" || next.isWhitespace else {
        from = start.upperBound
        continue
      }
      guard let tagEnd = html[start.upperBound...].firstIndex(of: ">") else { break }
      let content = html.index(after: tagEnd)
      guard
        let closing = html.range(
          of: close, options: .caseInsensitive, range: content..<html.endIndex)
      else { break }
      found.append(
        HTMLElement(
          range: start.lowerBound..<closing.upperBound,
          attributes: String(html[start.upperBound..<tagEnd]),
          inner: String(html[content..<closing.lowerBound])))
      from = closing.upperBound
    }
    return found
  }

  /// Takes the `<tag class="name">` elements out of `html` (only the first unless `all`)
  /// and returns their content.
  static func take(_ tag: String, class name: String, from html: inout String, all: Bool = false)
    -> [String]
  {
    var taken = Self.all(tag, in: html).filter { $0.attribute("class") == name }
    if !all { taken = Array(taken.prefix(1)) }
    guard !taken.isEmpty else { return [] }
    var rest = ""
    var last = html.startIndex
    for element in taken {
      rest += html[last..<element.range.lowerBound]
      last = element.range.upperBound
    }
    html = rest + html[last...]
    return taken.map(\.inner)
  }
}
