/// A view's dated events as a TimelineJS JSON file (docs/formats.md, TimelineJS section).
///
/// Each event is a slide: `unique_id` is the event's id; `start_date`/`end_date` carry
/// exactly the parts the case file knows (a year-only date gives only `year`); an
/// approximate date also gets `display_date` ("c. 2011"), since TimelineJS has no other
/// way to say so; `group` is the first actor's name; `text.text` holds the summary, place,
/// actors, discrepancies and an `<ol class="sources">` list. TimelineJS needs a year, so
/// undated events are left out, with a warning.
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
            ("text", .string(body(event, index))),
          ])
        ))
      if let first = index.actors(of: event).first { slide.append(("group", .string(first.name))) }
      slides.append(.object(slide))
    }
    var title: [(String, JSONText)] = [("headline", .string(HTMLText.escape(file.title)))]
    if let summary = file.summary {
      title.append(("text", .string("<p>" + HTMLText.escape(summary) + "</p>")))
    }
    let document = JSONText.object([
      ("title", .object([("text", .object(title))])), ("events", .array(slides)),
    ])

    var warnings: [String] = []
    if !undated.isEmpty {
      warnings.append(
        "\(undated.count) undated event\(undated.count == 1 ? " was" : "s were") left out, because TimelineJS needs a year: "
          + undated.joined(separator: ", ") + ".")
    }
    warnings.warn(
      file.events.filter { $0.actors.count > 1 }.count, "event has", "events have",
      "more than one actor; TimelineJS has one group, so the first actor is the group and all are listed in the text."
    )
    warnings.append(
      "TimelineJS keeps no kind, scope, status or tags, and no people & units or sources as records: "
        + "place, actors, discrepancies and sources are written into each slide's text.")
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

  /// The slide's HTML: summary, place, actors (with their kinds, so an import can rebuild
  /// them), discrepancies, then the sources as `<ol class="sources">`.
  private static func body(_ event: Event, _ index: CaseIndex) -> String {
    var html = ""
    if let summary = event.summary { html += "<p>" + HTMLText.escape(summary) + "</p>" }
    if let place = event.place {
      html += "<p class=\"place\">Place: " + HTMLText.escape(place) + "</p>"
    }
    let actors = index.actors(of: event)
    if !actors.isEmpty {
      html +=
        "<p class=\"actors\">Actors: "
        + actors.map {
          "<span data-kind=\"\($0.kind.rawValue)\">" + HTMLText.escape($0.name) + "</span>"
        }
        .joined(separator: ", ") + "</p>"
    }
    for d in event.discrepancies {
      html +=
        "<p class=\"discrepancy\">Article says: " + HTMLText.escape(d.article) + " Record shows: "
        + HTMLText.escape(d.record) + "</p>"
    }
    let sources = index.allSources(of: event)
    if !sources.isEmpty {
      html +=
        "<ol class=\"sources\">"
        + sources.map { "<li>" + HTMLText.escape(SourceCitation.text($0)) + "</li>" }.joined()
        + "</ol>"
    }
    return html
  }
}
