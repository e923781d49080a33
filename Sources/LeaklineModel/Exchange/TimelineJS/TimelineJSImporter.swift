/// Builds a case file from a TimelineJS timeline: the JSON file, or Knight Lab's Google
/// Sheets template saved as CSV (docs/formats.md, TimelineJS section).
///
/// Both forms are read into ``TimelineJSSlide`` values and made into events by
/// ``SlideEventMaker``, so they follow the same rules and give the same warnings. The
/// title slide's headline becomes the case title and its text the case summary; every
/// field the case file cannot carry is counted in a warning. Problems carry line:column
/// and the JSON path or row and field; with `skipInvalid`, a slide with a problem is left
/// out and listed instead of failing the import.
enum TimelineJSImporter {
  /// - Parameter note: a first warning to give (how the file was recognised).
  static func caseFile(
    bytes: [UInt8], name: String, title: String?, skipInvalid: Bool = false, note: String? = nil
  ) throws(CaseFileError) -> (CaseFile, warnings: [String]) {
    var run = Run(builder: ImportBuilder(file: name), skipInvalid: skipInvalid)
    let first = bytes.drop(while: { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }).first
    if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
      run.readJSON(bytes)
    } else {
      run.readSheet(String(decoding: bytes, as: UTF8.self))
    }
    let (file, warnings) = try run.finish(title: title ?? run.caseTitle ?? "Imported from \(name)")
    return (file, (note.map { [$0] } ?? []) + warnings)
  }

  /// One import's state: the builder, the events made, and what to tell the person.
  private struct Run {
    var builder: ImportBuilder
    let skipInvalid: Bool
    var maker = SlideEventMaker()
    var events: [Event] = []
    var skipped: [String] = []
    var caseTitle: String?
    var caseSummary: String?
    var eras: [String] = []
    var unknownFields: Set<String> = []
    var endWithoutYear = 0
    var extraTitles = 0

    /// Reads one slide with `read` and makes its event; a slide with problems fails the
    /// import, or with `skipInvalid` is listed as skipped with its reasons.
    mutating func take(
      label fallback: String, _ read: (inout ImportBuilder) -> TimelineJSSlide?
    ) {
      let before = builder.issues.count
      let slide = read(&builder)
      if let slide, let event = maker.event(slide, issuesBefore: before, builder: &builder) {
        events.append(event)
        return
      }
      guard skipInvalid, builder.issues.count > before else { return }
      let reasons = builder.removeIssues(since: before).map { issue in
        (issue.location.map { "line \($0.line): " } ?? "") + issue.message
      }
      skipped.append(
        "skipped \(slide?.label ?? fallback): " + reasons.joined(separator: "; ") + ".")
    }

    /// The title slide: its headline is the case title, its text the case summary (its
    /// links kept as "Link:" lines, since a case file cites no sources for its summary).
    mutating func takeTitle(_ slide: TimelineJSSlide) {
      let headline = HTMLText.plain(slide.headline ?? "").replacingOccurrences(of: "\n", with: " ")
      if !headline.isEmpty { caseTitle = headline }
      let text = SlideText(html: slide.text ?? "")
      let lines =
        (text.summary.map { [$0] } ?? []) + text.links.map { "Link: \($0.text) — \($0.url)" }
      if !lines.isEmpty { caseSummary = lines.joined(separator: "\n") }
      maker.tally.otherLinks += text.otherLinks
      if slide.hasMedia { maker.tally.media += 1 }
      if slide.hasBackground { maker.tally.backgrounds += 1 }
    }

    mutating func readJSON(_ bytes: [UInt8]) {
      let text = DocumentText(bytes: bytes)
      let root: JSONNode
      do {
        root = try JSONParser.parse(bytes)
      } catch {
        let at = text.location(of: error.offset)
        builder.problem(
          line: at.line, column: at.column, place: "", "JSON syntax error: " + error.message,
          fix: error.help)
        return
      }
      let reader = SlideReader(text: text)
      guard case .object(let members) = root.value else {
        reader.problem(
          &builder, root, "", "The file is \(root.value.typeDescription), not a TimelineJS object",
          fix: "A TimelineJS file is an object with an \"events\" array; see docs/formats.md.")
        return
      }
      let top = Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
      guard let eventsNode = top["events"], case .array(let slides) = eventsNode.value else {
        reader.problem(
          &builder, top["events"] ?? root, "events", "There is no \"events\" array",
          fix: "Put the slides in an array named \"events\"; TimelineJS requires it.")
        return
      }
      for key in top.keys where !["events", "title", "eras", "scale"].contains(key) {
        unknownFields.insert(key)
      }
      if let node = top["title"] {
        var ignored = Set<String>()
        if let slide = reader.slide(
          node, path: "title", number: 0, requireStart: false, &builder, unknown: &ignored)
        {
          takeTitle(slide)
        }
      }
      if let node = top["eras"], case .array(let list) = node.value {
        eras = list.map {
          HTMLText.plain(reader.string($0, ["text", "headline"]) ?? "").replacingOccurrences(
            of: "\n", with: " ")
        }
      }
      // Ids the file gives are claimed first, so ids made for other slides never take them.
      var given: [Int: String] = [:]
      for (i, slide) in slides.enumerated() {
        if let id = reader.string(slide, ["unique_id"]), ImportBuilder.isValidID(id),
          builder.claim(id)
        {
          given[i] = id
        }
      }
      var unknown = Set<String>()
      for (i, node) in slides.enumerated() {
        take(label: "events[\(i)]") { b in
          var slide = reader.slide(
            node, path: "events[\(i)]", number: i + 1, requireStart: true, &b, unknown: &unknown)
          slide?.givenID = given[i]
          return slide
        }
      }
      unknownFields.formUnion(unknown)
    }

    mutating func readSheet(_ text: String) {
      let records: [CSVTable.Record]
      do {
        records = try CSVTable.parse(text)
      } catch {
        builder.problem(
          line: error.line, column: error.column, place: "", "CSV syntax error: " + error.message,
          fix: error.help)
        return
      }
      guard let header = records.first else {
        builder.problem(
          line: nil, column: nil, place: "", "The file is empty",
          fix:
            "Save the TimelineJS sheet as CSV with its header row, or give the TimelineJS JSON file."
        )
        return
      }
      guard let columns = SheetReader.columns(header, &builder) else { return }
      let reader = SheetReader(columns: columns)
      var number = 0
      var hasTitle = false
      var endless = 0
      for row in records.dropFirst() where !reader.isBlank(row) {
        switch reader.type(row) {
        case "title" where !hasTitle:
          hasTitle = true
          var ignored = 0
          takeTitle(reader.slide(row, number: 0, isTitle: true, &builder, endWithoutYear: &ignored))
        case "era":
          eras.append(
            HTMLText.plain(reader.cell(row, .headline) ?? "").replacingOccurrences(
              of: "\n", with: " "))
        default:
          if reader.type(row) == "title" { extraTitles += 1 }
          number += 1
          let n = number
          take(label: "row \(row.row)") { b in
            reader.slide(row, number: n, isTitle: false, &b, endWithoutYear: &endless)
          }
        }
      }
      endWithoutYear = endless
    }

    /// The case file, or every problem; the warnings say what was converted, kept
    /// elsewhere, left out or skipped.
    func finish(title: String) throws(CaseFileError) -> (CaseFile, warnings: [String]) {
      var (file, warnings) = try builder.finish(title: title, events: events)
      file.summary = caseSummary
      var notes: [String] = []
      if caseSummary != nil { notes.append("The title slide's text was kept as the case summary.") }
      let t = maker.tally
      if !eras.isEmpty {
        notes.append(
          "\(eras.count) era\(eras.count == 1 ? " was" : "s were") left out, since a case file has no eras: "
            + eras.map { $0.isEmpty ? "(no headline)" : "\"\($0)\"" }.joined(separator: ", ") + ".")
      }
      notes.warn(
        t.media, "slide's media was", "slides' media were",
        "left out (media URL, caption, credit, thumbnail); a case file keeps no media.")
      notes.warn(
        t.backgrounds, "slide's background was", "slides' backgrounds were", "left out.")
      notes.warn(
        t.times, "slide's time of day was", "slides' times of day were",
        "left out; case-file dates stop at the day.")
      notes.warn(
        t.displaySettings, "display setting (autolink, date format) was",
        "display settings (autolink, date format) were", "left out.")
      notes.warn(
        t.displayDatesKept, "display date says", "display dates say",
        "more than the date does (e.g. \"Summer 1985\"); each was kept as a last summary line \"\(SlideEventMaker.displayLinePrefix)…\"."
      )
      if !t.untitled.isEmpty {
        notes.append(
          "\(t.untitled.count) slide\(t.untitled.count == 1 ? " has" : "s have") no headline; the title was made from the media caption or credit, or 'Untitled slide N': "
            + t.untitled.joined(separator: ", ") + ".")
      }
      let linkSources = file.sources.filter { $0.note?.hasPrefix("Found as a link") == true }.count
      if linkSources > 0 {
        notes.append(
          "\(linkSources) link\(linkSources == 1 ? "" : "s") in the slides' text became \(linkSources == 1 ? "a source" : "sources") (one per address, titled with the link text or the site's name), cited by \(linkSources == 1 ? "its slide" : "their slides"); the link text stays in the summary."
        )
      }
      if !t.otherLinks.isEmpty {
        notes.append(
          "\(t.otherLinks.count) link\(t.otherLinks.count == 1 ? " is" : "s are") not a web address, so \(t.otherLinks.count == 1 ? "it was" : "they were") kept as text in the summary, not as a source: "
            + t.otherLinks.prefix(5).joined(separator: ", ") + (t.otherLinks.count > 5 ? ", …" : "")
            + ".")
      }
      notes.warn(
        t.groupsAsScopes, "group names", "groups name",
        "a scope (article, context, later) and became the event's scope.")
      notes.warn(
        t.groupsAsTags, "slide's group became its event's tag",
        "slides' groups became their events' tags", "(a group labels slides, as a tag does).")
      notes.warn(
        endWithoutYear, "row has", "rows have",
        "an End Month, End Day or End Time but no End Year; TimelineJS ignores such an end date, and so did the import."
      )
      notes.warn(
        extraTitles, "more row has", "more rows have",
        "Type 'title'; TimelineJS shows only the first as the title, so the others were imported as events."
      )
      if !unknownFields.isEmpty {
        notes.append(
          "Fields TimelineJS does not define were left out: "
            + unknownFields.sorted().joined(separator: ", ")
            + ".")
      }
      if !skipped.isEmpty {
        notes.append(
          "\(skipped.count) slide\(skipped.count == 1 ? " was" : "s were") skipped (--skip-invalid); \(events.count) imported."
        )
      }
      return (file, notes + skipped + warnings)
    }
  }
}
