/// What a Leakline event looks like inside a TimelineJS slide's text, for the JSON file
/// and the Google Sheets template alike; ``SlideText`` reads it back.
///
/// Marked paragraphs carry what TimelineJS has no field for, in HTML a reader of the
/// published timeline can follow: the summary (line breaks kept), place, actors with
/// their kinds, the kind, status (when not `verified`) and tags, each discrepancy with the numbers of its sources, and the numbered source
/// list, whose items carry the source's id; sources cited only by a discrepancy are
/// marked so an import does not add them to the event's own.
enum TimelineJSSlideHTML {
  static func summary(_ text: String) -> String {
    "<p class=\"summary\">" + HTMLText.escapeExact(text) + "</p>"
  }

  static func body(_ event: Event, _ index: CaseIndex) -> String {
    var html = event.summary.map(summary) ?? ""
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
    if let kind = event.kind {
      html += "<p class=\"kind\">Kind: " + HTMLText.escape(kind) + "</p>"
    }
    if event.status != .verified {
      html += "<p class=\"status\">Status: " + event.status.rawValue + "</p>"
    }
    if !event.tags.isEmpty {
      html +=
        "<p class=\"tags\">Tags: "
        + event.tags.map { "<span class=\"tag\">" + HTMLText.escape($0) + "</span>" }.joined(
          separator: ", ") + "</p>"
    }
    let own = index.sources(event.sources)
    var listed = own
    for d in event.discrepancies {
      for source in index.sources(d.sources) where !listed.contains(source) {
        listed.append(source)
      }
    }
    for d in event.discrepancies {
      let numbers = index.sources(d.sources).compactMap { source in
        listed.firstIndex(of: source).map { String($0 + 1) }
      }
      html +=
        "<p class=\"discrepancy\"><span class=\"article\">Article says: "
        + HTMLText.escapeExact(d.article) + "</span> <span class=\"record\">Record shows: "
        + HTMLText.escapeExact(d.record) + "</span> <span class=\"cites\">Sources: "
        + numbers.joined(separator: ", ") + ".</span></p>"
    }
    if !listed.isEmpty {
      html +=
        "<ol class=\"sources\">"
        + listed.enumerated().map { i, source in
          "<li data-source=\"" + HTMLText.escape(source.id) + "\""
            + (i >= own.count ? " class=\"discrepancy-source\"" : "") + ">"
            + HTMLText.escape(SourceCitation.text(source)) + "</li>"
        }.joined() + "</ol>"
    }
    return html
  }

  /// What a TimelineJS export (JSON or sheet) could not carry.
  static func warnings(undated: [String]) -> [String] {
    var warnings: [String] = []
    if !undated.isEmpty {
      warnings.append(
        "\(undated.count) undated event\(undated.count == 1 ? " was" : "s were") left out, because TimelineJS needs a year: "
          + undated.joined(separator: ", ") + ".")
    }
    warnings.append(
      "Each slide's group is the event's scope (article, context, later), so TimelineJS draws at most three rows."
    )
    warnings.append(
      "TimelineJS keeps no people & units or sources as records: summary, place, actors, kind, "
        + "status, tags, discrepancies and sources are written into each slide's text.")
    return warnings
  }
}
