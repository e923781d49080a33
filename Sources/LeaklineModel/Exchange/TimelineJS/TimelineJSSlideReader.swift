/// Reads the slides of a TimelineJS JSON file, reporting bad values with line:column and
/// their JSON path (`events[6].start_date.year`).
struct SlideReader {
  let text: DocumentText

  /// The fields TimelineJS documents for a slide and for a date; others are named in a
  /// warning.
  static let slideFields: Set<String> = [
    "start_date", "end_date", "text", "media", "group", "display_date", "background",
    "autolink", "unique_id",
  ]
  static let dateFields: Set<String> = [
    "year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format",
  ]

  func place(_ node: JSONNode, _ path: String) -> TimelineJSSlide.Place {
    let location = text.location(of: node.offset)
    return TimelineJSSlide.Place(line: location.line, column: location.column, path: path)
  }

  func problem(
    _ b: inout ImportBuilder, _ node: JSONNode, _ path: String, _ message: String, fix: String
  ) {
    b.problem(at: place(node, path), message, fix: fix)
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

  /// The keys of an object node.
  func keys(_ node: JSONNode) -> [String] {
    guard case .object(let members) = node.value else { return [] }
    return members.map(\.key)
  }

  /// A date part: an integer, or a string of digits (what Google Sheets writes) with an
  /// optional minus sign; `.some(nil)` when absent or empty, nil after a problem.
  private func part(_ node: JSONNode, _ key: String, path: String, _ b: inout ImportBuilder)
    -> Int??
  {
    guard let value = member(node, [key]) else { return .some(nil) }
    switch value.value {
    case .number(_, let integer?): return integer
    case .null: return .some(nil)
    case .string(let s):
      let trimmed = s.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty { return .some(nil) }
      if let n = Int(trimmed) { return n }
    default: break
    }
    problem(
      &b, value, path + "." + key, "\(key) is \(value.value.typeDescription), not a whole number",
      fix: "Write the \(key) as a number, e.g. \"\(key)\": \(key == "year" ? 2011 : 3).")
    return nil
  }

  /// Whether a time part is there with a value (`"hour": ""` is no time).
  private func given(_ node: JSONNode?) -> Bool {
    switch node?.value {
    case nil, .null?: false
    case .string(let s)?: !s.trimmingCharacters(in: .whitespaces).isEmpty
    default: true
    }
  }

  /// Whether a media or background object holds anything (TimelineJS files often carry
  /// `"media": {"url": "", "caption": ""}`, which leaves nothing out).
  private func hasValue(_ node: JSONNode?) -> Bool {
    guard let node else { return false }
    guard case .object(let members) = node.value else { return given(node) }
    return members.contains { given($0.value) }
  }

  /// A date object; nil after a problem (reported).
  func date(
    _ node: JSONNode, path: String, _ b: inout ImportBuilder, slide: inout TimelineJSSlide,
    unknown: inout Set<String>
  ) -> TimelineJSSlide.When? {
    guard case .object = node.value else {
      problem(
        &b, node, path,
        "\(path.split(separator: ".").last ?? "date") is \(node.value.typeDescription), not a date object",
        fix: "Write a date as an object: {\"year\": 2011, \"month\": 3, \"day\": 18}.")
      return nil
    }
    for key in keys(node) where !Self.dateFields.contains(key) { unknown.insert("date." + key) }
    guard case .some(let year) = part(node, "year", path: path, &b),
      case .some(let month) = part(node, "month", path: path, &b),
      case .some(let day) = part(node, "day", path: path, &b)
    else { return nil }
    guard let year else {
      problem(
        &b, node, path + ".year", "The date has no year",
        fix: "Add \"year\"; TimelineJS and Leakline both need it.")
      return nil
    }
    if member(node, ["format"]) != nil { slide.displaySettings += 1 }
    let display = string(node, ["display_date"])?.trimmingCharacters(in: .whitespaces)
    return TimelineJSSlide.When(
      year: year, month: month, day: day,
      hasTime: ["hour", "minute", "second", "millisecond"].contains { given(member(node, [$0])) },
      display: display?.isEmpty == false ? display : nil, place: place(node, path))
  }

  /// The slide at `path`; nil when it is not an object (reported). A slide without a
  /// usable start date comes back with `start` nil, its problem reported.
  func slide(
    _ node: JSONNode, path: String, number: Int, requireStart: Bool, _ b: inout ImportBuilder,
    unknown: inout Set<String>
  ) -> TimelineJSSlide? {
    guard case .object = node.value else {
      problem(
        &b, node, path, "The slide is \(node.value.typeDescription), not an object",
        fix: "Each slide is an object with start_date and text.")
      return nil
    }
    for key in keys(node) where !Self.slideFields.contains(key) { unknown.insert(key) }
    var slide = TimelineJSSlide(number: number, place: place(node, path))
    slide.uniqueID = string(node, ["unique_id"])
    slide.headline = string(node, ["text", "headline"])
    slide.text = string(node, ["text", "text"])
    slide.display = string(node, ["display_date"])
    slide.group = string(node, ["group"])
    slide.mediaCaption = string(node, ["media", "caption"])
    slide.mediaCredit = string(node, ["media", "credit"])
    slide.hasMedia = hasValue(member(node, ["media"]))
    slide.hasBackground = hasValue(member(node, ["background"]))
    if member(node, ["autolink"]) != nil { slide.displaySettings += 1 }
    if let start = member(node, ["start_date"]) {
      slide.start = date(
        start, path: path + ".start_date", &b, slide: &slide, unknown: &unknown)
    } else if requireStart {
      problem(
        &b, node, path + ".start_date", "The slide has no start_date",
        fix:
          "Add \"start_date\": {\"year\": …}; TimelineJS requires it on every slide but the title.")
    }
    if let end = member(node, ["end_date"]) {
      slide.end = date(end, path: path + ".end_date", &b, slide: &slide, unknown: &unknown)
    }
    return slide
  }
}
