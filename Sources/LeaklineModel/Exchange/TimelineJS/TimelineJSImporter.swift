/// Builds a case file from a TimelineJS JSON file (docs/formats.md, TimelineJS section).
///
/// Each slide becomes an event: `start_date`/`end_date` at the precision of the parts
/// given; a `display_date` starting "c." / "ca." / "circa" / "about" / "~" makes it
/// approximate; `text.headline` the title; `text.text` the summary, with what
/// ``TimelineJSExporter`` writes there read back (place, actors with their kinds, the
/// `<ol class="sources">` list). `group` becomes an actor when the text names none.
/// Problems carry line:column and the JSON path.
enum TimelineJSImporter {
  static func caseFile(bytes: [UInt8], name: String, title: String?) throws(CaseFileError) -> (
    CaseFile, warnings: [String]
  ) {
    var b = ImportBuilder(file: name)
    let text = DocumentText(bytes: bytes)
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      b.problem(
        line: text.location(of: error.offset).line, column: text.location(of: error.offset).column,
        place: "", "JSON syntax error: " + error.message, fix: error.help)
      return try b.finish(title: "", events: [])
    }
    let reader = SlideReader(text: text)
    guard case .object(let members) = root.value else {
      reader.problem(
        &b, root, "", "The file is \(root.value.typeDescription), not a TimelineJS object",
        fix: "A TimelineJS file is an object with an \"events\" array; see docs/formats.md.")
      return try b.finish(title: "", events: [])
    }
    let top = Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
    guard let eventsNode = top["events"], case .array(let slides) = eventsNode.value else {
      reader.problem(
        &b, top["events"] ?? root, "events", "There is no \"events\" array",
        fix: "Put the slides in an array named \"events\"; TimelineJS requires it.")
      return try b.finish(title: "", events: [])
    }
    if top["eras"] != nil { b.warn("Eras have no place in a case file; they were left out.") }
    var caseTitle = title
    if caseTitle == nil, let node = top["title"], case .object = node.value,
      let headline = reader.string(node, ["text", "headline"]).map(HTMLText.plain),
      !headline.isEmpty
    {
      caseTitle = headline.replacingOccurrences(of: "\n", with: " ")
    }
    // Ids the file gives are claimed first, so ids made for other slides never take them.
    var given: [Int: String] = [:]
    for (i, slide) in slides.enumerated() {
      if let id = reader.string(slide, ["unique_id"]), ImportBuilder.isValidID(id), b.claim(id) {
        given[i] = id
      }
    }
    var events: [Event] = []
    var dropped = (media: 0, time: 0)
    for (i, slide) in slides.enumerated() {
      if let event = reader.event(
        slide, path: "events[\(i)]", givenID: given[i], builder: &b, dropped: &dropped)
      {
        events.append(event)
      }
    }
    if dropped.media > 0 {
      b.warn(
        "\(dropped.media) slide\(dropped.media == 1 ? "'s" : "s'") media and backgrounds were left out."
      )
    }
    if dropped.time > 0 {
      b.warn(
        "\(dropped.time) time\(dropped.time == 1 ? " of day was" : "s of day were") left out; case-file dates stop at the day."
      )
    }
    return try b.finish(title: caseTitle ?? "Imported from \(name)", events: events)
  }
}
