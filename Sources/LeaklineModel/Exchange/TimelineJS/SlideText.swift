import Foundation

/// A slide's `text.text` taken apart: what ``TimelineJSSlideHTML`` writes in marked
/// paragraphs (summary, place, actors, kind, status, tags, discrepancies, the sources
/// list) is read back
/// exactly; the links in the rest become ``links``; the rest, as plain text, joins the
/// summary.
struct SlideText {
  /// One `<li>` of `<ol class="sources">`.
  struct Listed: Equatable {
    /// The citation as text.
    var citation: String
    /// The source's id in the case file it was exported from (`data-source`).
    var id: String?
    /// The first http(s) link inside the item.
    var url: String?
    /// Cited only by a discrepancy of the event, not by the event itself.
    var discrepancyOnly: Bool
  }

  /// A `<p class="discrepancy">`; `cites` are 1-based positions in the sources list.
  struct Disagreement: Equatable {
    var article: String
    var record: String
    var cites: [Int]
  }

  /// An `<a href>` to an http(s) address, with its link text as plain text.
  struct Link: Equatable {
    var url: String
    var text: String
  }

  var summary: String?
  var place: String?
  var kind: String?
  var status: Event.Status?
  var tags: [String] = []
  var actors: [(name: String, kind: Entity.Kind?)] = []
  var listed: [Listed] = []
  var discrepancies: [Disagreement] = []
  /// Distinct http(s) links, in the order they first appear.
  var links: [Link] = []
  /// Links whose address is not http(s) (`mailto:`, relative paths…), kept as text.
  var otherLinks: [String] = []

  init(html: String) {
    var rest = html
    if let list = Self.cut(&rest, pattern: "<ol class=\"sources\">(.*?)</ol>") {
      for item in Self.all(list, pattern: "<li([^>]*)>(.*?)</li>", groups: 2).chunked() {
        let citation = HTMLText.plain(item[1])
        guard !citation.isEmpty else { continue }
        let attributes = item[0]
        listed.append(
          Listed(
            citation: citation.replacingOccurrences(of: "\n", with: " "),
            id: Self.attribute("data-source", in: attributes),
            url: Self.anchors(in: item[1]).compactMap { Self.webAddress($0.href) }.first,
            discrepancyOnly: Self.attribute("class", in: attributes) == "discrepancy-source"))
      }
    }
    var exactSummary: String?
    if let p = Self.cut(&rest, pattern: "<p class=\"summary\">(.*?)</p>") {
      exactSummary = HTMLText.exact(p)
    }
    if let p = Self.cut(&rest, pattern: "<p class=\"place\">(.*?)</p>") {
      let text = HTMLText.plain(p)
      place = text.hasPrefix("Place: ") ? String(text.dropFirst(7)) : text
    }
    if let p = Self.cut(&rest, pattern: "<p class=\"actors\">(.*?)</p>") {
      actors = Self.all(p, pattern: "<span data-kind=\"([a-z]*)\">(.*?)</span>", groups: 2)
        .chunked().map { (HTMLText.plain($0[1]), Entity.Kind(rawValue: $0[0])) }
    }
    if let p = Self.cut(&rest, pattern: "<p class=\"kind\">(.*?)</p>") {
      let text = HTMLText.plain(p)
      kind = text.hasPrefix("Kind: ") ? String(text.dropFirst(6)) : text
    }
    if let p = Self.cut(&rest, pattern: "<p class=\"status\">(.*?)</p>") {
      let text = HTMLText.plain(p)
      status = Event.Status(rawValue: text.hasPrefix("Status: ") ? String(text.dropFirst(8)) : text)
    }
    if let p = Self.cut(&rest, pattern: "<p class=\"tags\">(.*?)</p>") {
      tags = Self.all(p, pattern: "<span class=\"tag\">(.*?)</span>").map(HTMLText.plain)
    }
    while let p = Self.cut(&rest, pattern: "<p class=\"discrepancy\">(.*?)</p>") {
      discrepancies.append(Self.disagreement(p))
    }
    rest = keepLinkText(rest)
    let plain = HTMLText.plain(rest)
    let parts = [exactSummary, plain.isEmpty ? nil : plain].compactMap { $0 }
    summary = parts.isEmpty ? nil : parts.joined(separator: "\n")
  }

  /// The text with each `<a>` replaced by its link text; http(s) addresses are collected
  /// in ``links``, other addresses kept after the link text ("write to us (mailto:…)").
  private mutating func keepLinkText(_ html: String) -> String {
    var out = ""
    var last = html.startIndex
    for anchor in Self.anchors(in: html) {
      out += html[last..<anchor.range.lowerBound]
      last = anchor.range.upperBound
      let text = HTMLText.plain(anchor.inner).replacingOccurrences(of: "\n", with: " ")
      if let url = Self.webAddress(anchor.href) {
        if !links.contains(where: { $0.url == url }) { links.append(Link(url: url, text: text)) }
        out += anchor.inner
      } else if let href = anchor.href.map(HTMLText.decodeEntities), !href.isEmpty {
        otherLinks.append(href)
        out += anchor.inner + (text == href ? "" : " (" + HTMLText.escape(href) + ")")
      } else {
        out += anchor.inner
      }
    }
    return out + html[last...]
  }

  /// A discrepancy paragraph: the `article`, `record` and `cites` spans the exporter
  /// writes, or (hand-written) "Article says: … Record shows: …" as plain text.
  private static func disagreement(_ html: String) -> Disagreement {
    func span(_ name: String, prefix: String) -> String? {
      all(html, pattern: "<span class=\"\(name)\">(.*?)</span>").first.map {
        let text = HTMLText.exact($0)
        return text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
      }
    }
    if let article = span("article", prefix: "Article says: "),
      let record = span("record", prefix: "Record shows: ")
    {
      let cites = (span("cites", prefix: "Sources: ") ?? "").split(whereSeparator: {
        !$0.isNumber
      }).compactMap { Int($0) }
      return Disagreement(article: article, record: record, cites: cites)
    }
    let text = HTMLText.plain(html).replacingOccurrences(of: "\n", with: " ")
    let body = text.hasPrefix("Article says: ") ? String(text.dropFirst(14)) : text
    if let split = body.range(of: " Record shows: ") {
      return Disagreement(
        article: String(body[..<split.lowerBound]), record: String(body[split.upperBound...]),
        cites: [])
    }
    return Disagreement(article: body, record: body, cites: [])
  }

  /// An http(s) address from an `href`: entities decoded, spaces trimmed, inner white
  /// space percent-encoded (a case-file URL has none); nil for any other scheme.
  static func webAddress(_ href: String?) -> String? {
    guard let href else { return nil }
    let url = HTMLText.decodeEntities(href).trimmingCharacters(in: .whitespacesAndNewlines)
    let lower = url.lowercased()
    guard
      lower.hasPrefix("https://") && url.count > 8 || lower.hasPrefix("http://") && url.count > 7
    else { return nil }
    var out = ""
    for scalar in url.unicodeScalars {
      if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
        out += String(scalar).utf8.map { "%" + String($0, radix: 16, uppercase: true) }.joined()
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// The `<a>` elements of `html`: where each is, its `href` (as written) and its content.
  private static func anchors(in html: String) -> [(
    range: Range<String.Index>, href: String?, inner: String
  )] {
    guard
      let regex = try? NSRegularExpression(
        pattern: "<a(\\s[^>]*)?>(.*?)</a\\s*>",
        options: [.dotMatchesLineSeparators, .caseInsensitive])
    else { return [] }
    return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
      match in
      guard let whole = Range(match.range, in: html),
        let inner = Range(match.range(at: 2), in: html)
      else { return nil }
      let attributes = Range(match.range(at: 1), in: html).map { String(html[$0]) } ?? ""
      return (whole, attribute("href", in: attributes), String(html[inner]))
    }
  }

  /// The value of attribute `name` in an element's attribute text (double, single or no
  /// quotes), as written.
  private static func attribute(_ name: String, in attributes: String) -> String? {
    let pattern = "(?:^|\\s)\(name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))"
    guard
      let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
      let match = regex.firstMatch(
        in: attributes, range: NSRange(attributes.startIndex..., in: attributes))
    else { return nil }
    for group in 1...3 {
      if let range = Range(match.range(at: group), in: attributes) {
        return String(attributes[range])
      }
    }
    return nil
  }

  /// Removes the first match of `pattern` from `text` and returns its first group.
  private static func cut(_ text: inout String, pattern: String) -> String? {
    guard
      let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
      let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
      let whole = Range(match.range, in: text), let group = Range(match.range(at: 1), in: text)
    else { return nil }
    let found = String(text[group])
    text.removeSubrange(whole)
    return found
  }

  /// Every match's groups, in order (an empty group as "").
  private static func all(_ text: String, pattern: String, groups: Int = 1) -> [String] {
    guard
      let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
    else { return [] }
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).flatMap { match in
      (1...groups).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
    }
  }
}

extension Array where Element == String {
  /// Consecutive pairs: the groups of a two-group match list.
  fileprivate func chunked() -> [[String]] {
    stride(from: 0, to: count - 1, by: 2).map { [self[$0], self[$0 + 1]] }
  }
}
