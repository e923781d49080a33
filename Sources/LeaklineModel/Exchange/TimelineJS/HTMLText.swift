import Foundation

/// The little HTML TimelineJS text needs: escaping case-file text into it, and reading
/// plain text back out of a slide.
enum HTMLText {
  /// Text safe inside an HTML element or attribute: `& < > " '` become entities and
  /// control characters are dropped (line breaks and tabs become spaces), so a hostile
  /// title cannot inject markup into a published timeline.
  static func escape(_ text: String) -> String { escape(text, exact: false) }

  /// Text written so that ``exact(_:)`` gives it back unchanged: as ``escape(_:)``, but a
  /// line break becomes `<br>` and other control characters numeric references, so a
  /// summary keeps its line breaks (LF or CRLF) through a TimelineJS round trip.
  static func escapeExact(_ text: String) -> String { escape(text, exact: true) }

  private static func escape(_ text: String, exact: Bool) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\n": out += exact ? "<br>" : " "
      case "\t" where !exact: out += " "
      default:
        if scalar.properties.generalCategory != .control {
          out.unicodeScalars.append(scalar)
        } else if exact {
          out += "&#\(scalar.value);"
        }
      }
    }
    return out
  }

  /// The text ``escapeExact(_:)`` wrote: `<br>` a line break, entities decoded, nothing
  /// trimmed.
  static func exact(_ html: String) -> String {
    decodeEntities(html.replacingOccurrences(of: "<br>", with: "\n"))
  }

  /// Plain text from HTML: tags removed (a paragraph or line break becomes a line break),
  /// the common entities decoded, spaces trimmed.
  static func plain(_ html: String) -> String {
    var text = html
    for tag in ["<br>", "<br/>", "<br />", "</p>", "</li>", "</div>"] {
      text = text.replacingOccurrences(of: tag, with: "\n", options: .caseInsensitive)
    }
    text = text.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
    text = decodeEntities(text)
    let lines = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    return lines.filter { !$0.isEmpty }.joined(separator: "\n")
  }

  private static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
    "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
  ]

  static func decodeEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var out = ""
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      let after = rest[rest.index(after: amp)...]
      if let semi = after.prefix(10).firstIndex(of: ";") {
        let name = String(after[..<semi])
        var decoded: String?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
          decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map {
            String($0)
          }
        } else if name.hasPrefix("#") {
          decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
        } else {
          decoded = named[name]
        }
        if let decoded {
          out += decoded
          rest = after[after.index(after: semi)...]
          continue
        }
      }
      out += "&"
      rest = after
    }
    return out + rest
  }
}
