import Foundation

/// The text a word of a query is looked for in, as ``SearchIndex`` has always defined
/// it: an event's title, summary, place, kind, tags and discrepancy notes, joined with
/// line breaks and folded. (Actors' names are searched separately, per actor.)
enum EventFolding {
  /// Folds `event`'s text into `out`, replacing what it held, and returns whether the
  /// result is all ASCII. Byte for byte `TextFolding.fold(parts.joined(separator: "\n"))`.
  static func fold(_ event: Event, into out: inout ByteBuffer) -> Bool {
    out.removeAll()
    var isFirst = true
    var failed = false
    func add(_ part: String, _ out: inout ByteBuffer) {
      guard !failed else { return }
      if !isFirst { out.append(0x0A) }
      isFirst = false
      if !FastFold.append(part, to: &out) { failed = true }
    }
    add(event.title, &out)
    add(event.summary ?? "", &out)
    add(event.place ?? "", &out)
    add(event.kind ?? "", &out)
    for tag in event.tags { add(tag, &out) }
    for d in event.discrepancies {
      add(d.article, &out)
      add(d.record, &out)
    }
    if failed {
      out.removeAll()
      var folded = TextFolding.foldWithFoundation(parts(event).joined(separator: "\n"))
      folded.withUTF8 { out.append($0) }
    }
    return FastFold.isASCII(out.bytes)
  }

  /// The parts, in order.
  static func parts(_ e: Event) -> [String] {
    var parts = [e.title, e.summary ?? "", e.place ?? "", e.kind ?? ""] + e.tags
    for d in e.discrepancies { parts += [d.article, d.record] }
    return parts
  }
}
