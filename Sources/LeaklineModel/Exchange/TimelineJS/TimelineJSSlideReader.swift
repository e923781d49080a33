import Foundation

/// Reads one TimelineJS slide into an event, reporting bad values with line:column and
/// their JSON path (`events[6].start_date.year`).
struct SlideReader {
  let text: DocumentText

  func problem(
    _ b: inout ImportBuilder, _ node: JSONNode, _ path: String, id: String? = nil,
    _ message: String, fix: String
  ) {
    let location = text.location(of: node.offset)
    b.problem(line: location.line, column: location.column, place: path, id: id, message, fix: fix)
  }

  /// The member at `path` below `node`, if every step is an object that has it.
  func member(_ node: JSONNode, _ path: [String]) -> JSONNode? {
    var current = node
    for key in path {
      guard case .object(let members) = current.value,
        let next = members.first(where: { $0.key == key })
      else { return nil }
      current = next.value
    }
    return current
  }

  func string(_ node: JSONNode, _ path: [String]) -> String? {
    guard let found = member(node, path), case .string(let s) = found.value else { return nil }
    return s
  }

  /// A date part: an integer, or a string of digits (what Google Sheets writes).
  private func part(_ node: JSONNode, _ key: String, path: String, _ b: inout ImportBuilder)
    -> Int??
  {
    guard let value = member(node, [key]) else { return .some(nil) }
    switch value.value {
    case .number(_, let integer?): return integer
    case .string(let s) where Int(s.trimmingCharacters(in: .whitespaces)) != nil:
      return Int(s.trimmingCharacters(in: .whitespaces))
    case .string(let s) where s.trimmingCharacters(in: .whitespaces).isEmpty: return .some(nil)
    default:
      problem(
        &b, value, path + "." + key, "\(key) is \(value.value.typeDescription), not a whole number",
        fix: "Write the \(key) as a number, e.g. \"\(key)\": \(key == "year" ? 2011 : 3).")
      return nil
    }
  }

  private func date(_ node: JSONNode, path: String, _ b: inout ImportBuilder, time: inout Int)
    -> CaseDate??
  {
    guard case .object = node.value else {
      problem(
        &b, node, path,
        "\(path.split(separator: ".").last ?? "date") is \(node.value.typeDescription), not a date object",
        fix: "Write a date as an object: {\"year\": 2011, \"month\": 3, \"day\": 18}.")
      return nil
    }
    guard case .some(let year) = part(node, "year", path: path, &b),
      case .some(let month) = part(node, "month", path: path, &b),
      case .some(let day) = part(node, "day", path: path, &b)
    else { return nil }
    if ["hour", "minute", "second", "millisecond"].contains(where: { member(node, [$0]) != nil }) {
      time += 1
    }
    guard let year else {
      problem(
        &b, node, path + ".year", "The date has no year",
        fix: "Add \"year\"; TimelineJS and Leakline both need it.")
      return nil
    }
    do {
      return try CaseDate(year: year, month: month, day: day)
    } catch {
      problem(
        &b, node, path, error.description,
        fix: "Correct the date; years run 1–9999, months 1–12, and a day needs a month.")
      return nil
    }
  }

  func event(
    _ slide: JSONNode, path: String, givenID: String?, builder b: inout ImportBuilder,
    dropped: inout (media: Int, time: Int)
  ) -> Event? {
    let before = b.issues.count
    guard case .object = slide.value else {
      problem(
        &b, slide, path, "The slide is \(slide.value.typeDescription), not an object",
        fix: "Each slide is an object with start_date and text.")
      return nil
    }
    let headline =
      string(slide, ["text", "headline"]).map(HTMLText.plain)?.replacingOccurrences(
        of: "\n", with: " ") ?? ""
    if headline.isEmpty {
      problem(
        &b, member(slide, ["text"]) ?? slide, path + ".text.headline", "The slide has no headline",
        fix: "Give the slide a text.headline; it becomes the event's title.")
    }
    var start: CaseDate?? = .some(nil)
    if let node = member(slide, ["start_date"]) {
      start = date(node, path: path + ".start_date", &b, time: &dropped.time)
    } else {
      problem(
        &b, slide, path + ".start_date", "The slide has no start_date",
        fix:
          "Add \"start_date\": {\"year\": …}; TimelineJS requires it on every slide but the title.")
    }
    var end: CaseDate?? = .some(nil)
    if let node = member(slide, ["end_date"]) {
      end = date(node, path: path + ".end_date", &b, time: &dropped.time)
    }
    if member(slide, ["media"]) != nil || member(slide, ["background"]) != nil {
      dropped.media += 1
    }
    let display = (string(slide, ["display_date"]) ?? "").trimmingCharacters(in: .whitespaces)
      .lowercased()
    let approximate = ["c.", "c ", "ca.", "circa", "about", "around", "~"].contains {
      display.hasPrefix($0)
    }

    let html = string(slide, ["text", "text"]) ?? ""
    let parts = SlideText(html: html)
    var sources = parts.sources.map { b.citedSource($0) }
    if sources.isEmpty { sources = [b.fileSource(kind: "TimelineJS")] }
    var actorNames = parts.actors
    if actorNames.isEmpty,
      let group = string(slide, ["group"])?.trimmingCharacters(in: .whitespaces), !group.isEmpty
    {
      actorNames = [(group, nil)]
    }
    guard b.issues.count == before, case .some(let startDate?) = start,
      case .some(let endDate) = end
    else { return nil }
    if let endDate, endDate.lastDay < startDate.firstDay {
      problem(
        &b, member(slide, ["end_date"]) ?? slide, path + ".end_date",
        "The end_date is before the start_date",
        fix: "Swap the dates, or correct the one that is wrong.")
      return nil
    }
    let actors = actorNames.map { b.actor(named: $0.name, kind: $0.kind, sources: sources) }
    let uniqueID = string(slide, ["unique_id"])
    let id = givenID ?? b.newID(from: uniqueID ?? headline, fallback: "event")
    return Event(
      id: id, when: DateSpan(start: startDate, end: endDate, isApproximate: approximate),
      title: headline,
      place: parts.place, actors: actors, summary: parts.summary, sources: sources)
  }
}

/// A slide's `text.text` taken apart: what ``TimelineJSExporter`` writes in marked
/// paragraphs (place, actors, sources) is read back; the rest is the summary.
struct SlideText {
  var summary: String?
  var place: String?
  var actors: [(name: String, kind: Entity.Kind?)] = []
  var sources: [String] = []

  init(html: String) {
    var rest = html
    if let list = Self.cut(&rest, pattern: "<ol class=\"sources\">(.*?)</ol>") {
      sources = Self.all(list, pattern: "<li>(.*?)</li>").map(HTMLText.plain).filter { !$0.isEmpty }
    }
    if let p = Self.cut(&rest, pattern: "<p class=\"place\">(.*?)</p>") {
      let text = HTMLText.plain(p)
      place = text.hasPrefix("Place: ") ? String(text.dropFirst(7)) : text
    }
    if let p = Self.cut(&rest, pattern: "<p class=\"actors\">(.*?)</p>") {
      let spans = Self.all(p, pattern: "<span data-kind=\"([a-z]*)\">(.*?)</span>", groups: 2)
      actors = stride(from: 0, to: spans.count - 1, by: 2).map {
        (HTMLText.plain(spans[$0 + 1]), Entity.Kind(rawValue: spans[$0]))
      }
    }
    while Self.cut(&rest, pattern: "<p class=\"discrepancy\">(.*?)</p>") != nil {}
    let text = HTMLText.plain(rest)
    summary = text.isEmpty ? nil : text
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

  /// Every match's groups, in order.
  private static func all(_ text: String, pattern: String, groups: Int = 1) -> [String] {
    guard
      let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
    else { return [] }
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).flatMap { match in
      (1...groups).compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
    }
  }
}
