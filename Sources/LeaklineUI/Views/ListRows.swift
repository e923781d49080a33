import LeaklineModel
import Synchronization

/// How one row of each top-level list reads, fitted to a width.
package struct ListRows: Sendable {
  /// The case file.
  package let index: CaseIndex
  /// The width of the timeline's date column, from the widest date in the case file.
  let dateWidth: Int
  /// The width of the people list's name column.
  let nameWidth: Int
  /// The width of the sources list's reference column.
  let refWidth: Int
  /// How many events each entity takes part in, counted once per entity shown.
  private let eventCounts: EventCounts
  /// What the audit knows of the whole file, so a row asks only about its own record.
  package let audit: AuditContext

  /// Measures the columns for `index` and gathers what the audit marker needs: made once
  /// per case file (see `BrowserCache`), as it reads every record.
  package init(index: CaseIndex) {
    self.index = index
    eventCounts = EventCounts(index: index)
    audit = AuditContext(index: index)
    audit.prepare()
    dateWidth = index.timeline.isEmpty ? 7 : EventMarkers.dateWidth(index.timeline)
    nameWidth = min(
      30,
      index.entitiesByKind.map { DisplayWidth.of(TerminalSafeText.sanitize($0.name)) }.max() ?? 10)
    refWidth = min(
      12, index.sourcesInOrder.map { DisplayWidth.of(Document.shortLabel($0)) }.max() ?? 5)
  }

  /// A group heading: the title, then its count.
  package func header(_ title: String, count: Int, list: ListKind) -> [Span] {
    [
      Span(" " + title, style: .accent),
      Span("  \(count) \(count == 1 ? list.singular : list.noun)", style: .muted),
    ]
  }

  /// The row for item `position` of `list`, exactly `width` columns wide.
  package func row(_ list: ListKind, position: Int, width: Int) -> [Span] {
    switch list {
    case .timeline: event(index.timeline[position], width: width)
    case .people: entity(index.entitiesByKind[position], width: width)
    case .sources: source(index.sourcesInOrder[position], width: width)
    }
  }

  /// The audit's marker, when `leakline audit` lists the record.
  private func auditMarker(_ record: AuditRecord) -> [(String, Style)] {
    CaseAudit.findings(about: record, in: audit).isEmpty ? [] : [(AuditMark.glyph, .warning)]
  }

  private func event(_ event: Event, width: Int) -> [Span] {
    let markers = auditMarker(.event(event)) + EventMarkers.markers(of: event)
    let markerText = markers.map(\.0).joined(separator: " ")
    // A long range pushes its title right rather than lose part of the date.
    let date = TextLayout.pad(event.dateDisplay, toWidth: dateWidth)
    let markerWidth = markers.isEmpty ? 0 : DisplayWidth.of(markerText) + 1
    let titleWidth = max(0, width - 3 - DisplayWidth.of(date) - 2 - markerWidth)
    var spans = [Span("   "), Span(date, style: .muted), Span("  ")]
    spans.append(Span(TextLayout.fit(TerminalSafeText.sanitize(event.title), toWidth: titleWidth)))
    for (text, style) in markers {
      spans.append(Span(" "))
      spans.append(Span(text, style: style))
    }
    return spans
  }

  private func entity(_ entity: Entity, width: Int) -> [Span] {
    let count = eventCounts.count(involving: entity.id)
    let flagged = !auditMarker(.entity(entity)).isEmpty
    let countText =
      (count == 0 ? "" : "\(count) event" + (count == 1 ? "" : "s"))
      + (flagged ? (count == 0 ? "" : " ") + AuditMark.glyph : "")
    let nameWidth = min(self.nameWidth, max(0, width / 2))
    let name = TextLayout.fit(TerminalSafeText.sanitize(entity.name), toWidth: nameWidth)
    let roleWidth = max(0, width - 3 - nameWidth - 2 - DisplayWidth.of(countText) - 1)
    let role = TextLayout.fit(TerminalSafeText.sanitize(entity.role ?? ""), toWidth: roleWidth)
    return [
      Span("   "), Span(name), Span("  "), Span(role, style: .muted), Span(" "),
      Span(countText, style: .muted),
    ]
  }

  private func source(_ source: Source, width: Int) -> [Span] {
    var flag = ""
    if source.url == nil {
      flag = "no URL"
    } else if !source.isURLConfirmed {
      flag = "URL unconfirmed"
    }
    if !auditMarker(.source(source)).isEmpty {
      flag += (flag.isEmpty ? "" : " ") + AuditMark.glyph
    }
    let ref = TextLayout.fit(Document.shortLabel(source), toWidth: refWidth)
    var detail = source.publisher.map { " — " + $0 } ?? ""
    if let year = source.published?.year {
      detail += (detail.isEmpty ? " — " : ", ") + String(year)
    }
    let room = max(0, width - 3 - refWidth - 2 - (flag.isEmpty ? 0 : DisplayWidth.of(flag) + 1))
    let title = TextLayout.truncate(TerminalSafeText.sanitize(source.title), toWidth: room)
    let rest = TextLayout.fit(
      TerminalSafeText.sanitize(detail), toWidth: room - DisplayWidth.of(title))
    var spans = [
      Span("   "), Span(ref, style: .accent), Span("  "), Span(title), Span(rest, style: .muted),
    ]
    if !flag.isEmpty { spans += [Span(" "), Span(flag, style: .warning)] }
    return spans
  }
}

/// How many events each entity takes part in, kept once counted: the model answers with
/// the events themselves, tens of thousands for the busiest person of a large import.
final class EventCounts: Sendable {
  private let index: CaseIndex
  private let counts = Mutex<[String: Int]>([:])

  /// No counts yet for `index`.
  init(index: CaseIndex) {
    self.index = index
  }

  /// The number of events `entityID` takes part in.
  func count(involving entityID: String) -> Int {
    if let kept = counts.withLock({ $0[entityID] }) { return kept }
    let count = index.events(involving: entityID).count
    counts.withLock { $0[entityID] = count }
    return count
  }
}
