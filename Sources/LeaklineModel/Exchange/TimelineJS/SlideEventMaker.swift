/// Makes an event from a ``TimelineJSSlide``, by the same rules whichever form the
/// timeline came in, and counts what the case file cannot carry so that the import can
/// say so (docs/formats.md, "What the import keeps").
struct SlideEventMaker {
  /// What was converted or left out, over the whole file, for the warnings.
  struct Tally {
    var media = 0
    var backgrounds = 0
    var times = 0
    var displaySettings = 0
    var displayDatesKept = 0
    var untitled: [String] = []
    var linkSources = 0
    var otherLinks: [String] = []
    var groupsAsTags = 0
    var groupsAsScopes = 0
  }

  /// The words that make a display date approximate ("c. 1980", "about 1985").
  static let approximateWords = ["c.", "c ", "ca.", "ca ", "circa", "about", "around", "~"]

  /// The line that keeps a display date the case file has no field for.
  static let displayLinePrefix = "Date in the timeline: "

  var tally = Tally()

  /// The event for `slide`, or nil when the slide has a problem (reported to `b`);
  /// `before` is the builder's issue count when the slide's reading began.
  mutating func event(
    _ slide: TimelineJSSlide, issuesBefore before: Int, builder b: inout ImportBuilder
  ) -> Event? {
    guard let startWhen = slide.start else { return nil }
    let start = caseDate(startWhen, &b)
    let end = slide.end.flatMap { caseDate($0, &b) }
    guard b.issues.count == before, let start else { return nil }
    if let end, end.lastDay < start.firstDay, let endPlace = slide.end?.place {
      b.problem(
        at: endPlace, "The end date (\(end)) is before the start date (\(start))",
        fix: "Swap the dates, or correct the one that is wrong.")
      return nil
    }

    // Nothing below can fail: count and make.
    if slide.hasMedia { tally.media += 1 }
    if slide.hasBackground { tally.backgrounds += 1 }
    tally.displaySettings += slide.displaySettings
    if startWhen.hasTime || slide.end?.hasTime == true { tally.times += 1 }

    let displays = [slide.display, startWhen.display, slide.end?.display].compactMap {
      $0?.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
    let approximate = displays.contains { text in
      Self.approximateWords.contains { text.lowercased().hasPrefix($0) }
    }
    let span = DateSpan(start: start, end: end, isApproximate: approximate)
    let kept = keptDisplay(slide, span)

    let parts = SlideText(html: slide.text ?? "")
    var summaryLines = parts.summary.map { [$0] } ?? []
    if let kept {
      summaryLines.append(Self.displayLinePrefix + kept)
      tally.displayDatesKept += 1
    }
    tally.otherLinks += parts.otherLinks

    var sources: [String] = []
    var byPosition: [Int: String] = [:]
    for (i, item) in parts.listed.enumerated() {
      let id = b.listedSource(item)
      byPosition[i + 1] = id
      if !item.discrepancyOnly, !sources.contains(id) { sources.append(id) }
    }
    for link in parts.links {
      let id = b.linkSource(url: link.url, text: link.text, slide: slide.place.path)
      tally.linkSources += 1
      if !sources.contains(id) { sources.append(id) }
    }
    if sources.isEmpty { sources = [b.fileSource(kind: "TimelineJS")] }
    let discrepancies = parts.discrepancies.map { d in
      let cited = d.cites.compactMap { byPosition[$0] }
      return Discrepancy(
        article: d.article, record: d.record, sources: cited.isEmpty ? sources : cited)
    }

    var scope = Event.Scope.article
    var tags = parts.tags
    if let group = slide.group.map(HTMLText.plain), !group.isEmpty {
      if let asScope = Event.Scope(rawValue: group.lowercased()) {
        scope = asScope
        tally.groupsAsScopes += 1
      } else {
        let tag = group.replacingOccurrences(of: "\n", with: " ")
        if !tags.contains(tag) { tags.append(tag) }
        tally.groupsAsTags += 1
      }
    }

    let actors = parts.actors.map { b.actor(named: $0.name, kind: $0.kind, sources: sources) }
    let title = title(of: slide)
    let id = slide.givenID ?? b.newID(from: slide.uniqueID ?? title, fallback: "event")
    return Event(
      id: id, when: span, title: title, place: parts.place, kind: parts.kind, scope: scope,
      status: parts.status ?? .verified, actors: actors,
      summary: summaryLines.isEmpty ? nil : summaryLines.joined(separator: "\n"),
      sources: sources, tags: tags, discrepancies: discrepancies)
  }

  /// The headline as one line of plain text; for a slide without one (a media-only
  /// slide), its media caption or credit, or "Untitled slide N".
  private mutating func title(of slide: TimelineJSSlide) -> String {
    func line(_ html: String?) -> String {
      HTMLText.plain(html ?? "").replacingOccurrences(of: "\n", with: " ")
    }
    let headline = line(slide.headline)
    if !headline.isEmpty { return headline }
    let made = [line(slide.mediaCaption), line(slide.mediaCredit)].first { !$0.isEmpty }
    let title = made.map { String($0.prefix(200)) } ?? "Untitled slide \(slide.number)"
    tally.untitled.append(slide.place.path + " → \"" + title + "\"")
    return title
  }

  /// The display date to keep as a summary line: the slide's (which TimelineJS shows in
  /// place of the dates'), else the start's and end's; nil when it says no more than
  /// the case file's own date does ("c. 2011" for an approximate 2011).
  private func keptDisplay(_ slide: TimelineJSSlide, _ span: DateSpan) -> String? {
    func clean(_ s: String?) -> String? {
      let text = s?.trimmingCharacters(in: .whitespaces) ?? ""
      return text.isEmpty ? nil : HTMLText.plain(text).replacingOccurrences(of: "\n", with: " ")
    }
    let text: String
    if let display = clean(slide.display) {
      text = display
    } else {
      let start = clean(slide.start?.display)
      let end = clean(slide.end?.display)
      guard start != nil || end != nil else { return nil }
      text = [start ?? span.start.display, end].compactMap { $0 }.joined(separator: " – ")
    }
    let ownForms = [
      span.display, DateSpan(start: span.start, end: span.end).display, span.start.display,
    ].map { $0.lowercased() }
    return ownForms.contains(text.lowercased()) ? nil : text
  }

  /// The case-file date for a slide date; nil after a problem (reported), including a
  /// year outside 1–9999, which the case-file format cannot hold.
  private func caseDate(_ when: TimelineJSSlide.When, _ b: inout ImportBuilder) -> CaseDate? {
    guard (1...9999).contains(when.year) else {
      b.problem(
        at: when.place,
        "The year \(when.year) is outside the years a case file holds (1 to 9999)",
        fix:
          "Import the other slides with --skip-invalid (this one is then listed as skipped), or give a year from 1 to 9999."
      )
      return nil
    }
    do {
      return try CaseDate(year: when.year, month: when.month, day: when.day)
    } catch {
      b.problem(
        at: when.place, error.description,
        fix: "Correct the date; months run 1–12, a day needs a month and must exist in it.")
      return nil
    }
  }
}
