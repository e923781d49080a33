/// A source as one line of plain text, for formats that list sources as text (TimelineJS
/// slides): "Jeremy Kryt, “Why …”, The Daily Beast, 14 Dec 2019. https://… Article ref [3], [9]."
enum SourceCitation {
  static func text(_ source: Source) -> String {
    var parts: [String] = []
    if !source.authors.isEmpty { parts.append(source.authors.joined(separator: ", ")) }
    parts.append("“" + source.title + "”")
    if let publisher = source.publisher { parts.append(publisher) }
    if let published = source.published { parts.append(published.display) }
    var text = parts.joined(separator: ", ") + "."
    if let url = source.url {
      text += " " + url + (source.isURLConfirmed ? "" : " (unconfirmed)") + "."
    }
    if source.isArticleReference { text += " Article ref " + source.refLabel + "." }
    return text
  }
}
