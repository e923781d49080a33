/// A view's dated events as a TimelineJS JSON file (docs/formats.md, TimelineJS section).
///
/// Each event is a slide: `unique_id` is the event's id; `start_date`/`end_date` carry
/// exactly the parts the case file knows (a year-only date gives only `year`); an
/// approximate date also gets `display_date` ("c. 2011"), since TimelineJS has no other
/// way to say so; `group` is the event's scope (`article`, `context`, `later`): TimelineJS
/// draws a row per group, so it must have few values; `text.text` is
/// ``TimelineJSSlideHTML/body(_:_:)``. TimelineJS needs a year, so undated events are
/// left out, with a warning.
enum TimelineJSExporter {
  static func export(_ file: CaseFile) -> InteropOutput {
    let index = CaseIndex(file)
    var slides: [JSONText] = []
    var undated: [String] = []
    for event in file.events {
      guard let when = event.when else {
        undated.append(event.id)
        continue
      }
      var slide: [(String, JSONText)] = [
        ("unique_id", .string(event.id)), ("start_date", date(when.start)),
      ]
      if let end = when.end { slide.append(("end_date", date(end))) }
      if when.isApproximate { slide.append(("display_date", .string(when.display))) }
      slide.append(
        (
          "text",
          .object([
            ("headline", .string(HTMLText.escape(event.title))),
            ("text", .string(TimelineJSSlideHTML.body(event, index))),
          ])
        ))
      slide.append(("group", .string(event.scope.rawValue)))
      slides.append(.object(slide))
    }
    var title: [(String, JSONText)] = [("headline", .string(HTMLText.escape(file.title)))]
    if let summary = file.summary {
      title.append(("text", .string(TimelineJSSlideHTML.summary(summary))))
    }
    let document = JSONText.object([
      ("title", .object([("text", .object(title))])), ("events", .array(slides)),
    ])

    let warnings = TimelineJSSlideHTML.warnings(undated: undated)
    return InteropOutput(
      text: document.render() + "\n", warnings: warnings,
      contents: InteropOutput.count(slides.count, "event", "events"))
  }

  /// A TimelineJS date object with only the parts the date has.
  static func date(_ date: CaseDate) -> JSONText {
    var parts: [(String, JSONText)] = [("year", .int(date.year))]
    if let month = date.month { parts.append(("month", .int(month))) }
    if let day = date.day { parts.append(("day", .int(day))) }
    return .object(parts)
  }
}
