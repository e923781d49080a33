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
    for list in HTMLElement.take("ol", class: "sources", from: &rest).prefix(1) {
      for item in HTMLElement.all("li", in: list) {
        let citation = HTMLText.plain(item.inner)
        guard !citation.isEmpty else { continue }
        listed.append(
          Listed(
            citation: citation.replacingOccurrences(of: "\n", with: " "),
            id: item.attribute("data-source"),
            url: HTMLElement.all("a", in: item.inner).lazy.compactMap {
              Self.webAddress($0.attribute("href"))
            }.first,
            discrepancyOnly: item.attribute("class") == "discrepancy-source"))
      }
    }
    func paragraph(_ name: String, prefix: String) -> String? {
      HTMLElement.take("p", class: name, from: &rest).first.map {
        let text = HTMLText.plain($0).replacingOccurrences(of: "\n", with: " ")
        return text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
      }
    }
    let exactSummary = HTMLElement.take("p", class: "summary", from: &rest).first.map(
      HTMLText.exact)
    place = paragraph("place", prefix: "Place: ")
    kind = paragraph("kind", prefix: "Kind: ")
    status = paragraph("status", prefix: "Status: ").flatMap(Event.Status.init(rawValue:))
    for p in HTMLElement.take("p", class: "actors", from: &rest) {
      actors = HTMLElement.all("span", in: p).compactMap { span in
        span.attribute("data-kind").map { (HTMLText.plain(span.inner), Entity.Kind(rawValue: $0)) }
      }
    }
    for p in HTMLElement.take("p", class: "tags", from: &rest) {
      tags = HTMLElement.all("span", in: p).filter { $0.attribute("class") == "tag" }.map {
        HTMLText.plain($0.inner)
      }
    }
    discrepancies = HTMLElement.take("p", class: "discrepancy", from: &rest, all: true).map(
      Self.disagreement)
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
    for anchor in HTMLElement.all("a", in: html) {
      out += html[last..<anchor.range.lowerBound]
      last = anchor.range.upperBound
      let href = anchor.attribute("href")
      let text = HTMLText.plain(anchor.inner).replacingOccurrences(of: "\n", with: " ")
      if let url = Self.webAddress(href) {
        if !links.contains(where: { $0.url == url }) { links.append(Link(url: url, text: text)) }
        out += anchor.inner
      } else if let href = href.map(HTMLText.decodeEntities), !href.isEmpty {
        otherLinks.append(href.split(whereSeparator: \.isNewline).joined(separator: " "))
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
    let spans = HTMLElement.all("span", in: html)
    func span(_ name: String, prefix: String) -> String? {
      spans.first(where: { $0.attribute("class") == name }).map {
        let text = HTMLText.exact($0.inner)
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
}
