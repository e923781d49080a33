import LeaklineModel

/// The strip across the top of the timeline: how many listed events fall in each year, as
/// block characters, with the selected year highlighted.
package enum YearStrip {
  /// Block characters from one eighth to full height.
  static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// Draws the strip for `counts` (those of the listed events) on `row`, `width` columns
  /// wide, highlighting the year of `selected`, the selected event.
  package static func draw(
    _ counts: YearCounts, selected: Event?, into buffer: inout ScreenBuffer, row: Int, width: Int
  ) {
    let undated = counts.undated
    let selectedYear = selected?.when?.start.year
    var tail = ""
    if let year = selectedYear {
      let count = counts.count(in: year)
      tail = "  \(year): \(count) event" + (count == 1 ? "" : "s")
    }
    let undatedText = undated > 0 ? "  +\(undated) undated" : ""
    guard let first = counts.first, let last = counts.last else {
      buffer.put(
        " No dated events" + undatedText, row: row, column: 0, maxWidth: width, style: .muted)
      return
    }
    let labelWidth = 5
    let room = max(
      1, width - 1 - 2 * (labelWidth + 1) - DisplayWidth.of(tail) - DisplayWidth.of(undatedText))
    var lower = first
    var upper = last
    if upper - lower + 1 > room {
      // Show a window of years around the selection.
      let centre = selectedYear ?? last
      lower = max(first, min(centre - room / 2, last - room + 1))
      upper = lower + room - 1
    }
    let top = counts.top
    var x = 1
    x += buffer.put(
      String(lower) + (lower > first ? "…" : " "), row: row, column: x, maxWidth: width - x,
      style: .muted)
    for year in lower...upper {
      guard x < width else { break }
      let count = counts.count(in: year)
      let cell: String
      if count == 0 {
        cell = "·"
      } else {
        let level = max(1, min(8, (count * 8 + top - 1) / top))
        cell = String(blocks[level - 1])
      }
      let style: Style = year == selectedYear ? .selected : count == 0 ? .muted : .accent
      x += buffer.put(cell, row: row, column: x, maxWidth: width - x, style: style)
    }
    x += buffer.put(
      (upper < last ? "…" : " ") + String(upper), row: row, column: x, maxWidth: width - x,
      style: .muted)
    if !tail.isEmpty {
      x += buffer.put(tail, row: row, column: x, maxWidth: width - x, style: .accent)
    }
    buffer.put(
      undatedText, row: row, column: x, maxWidth: width - x,
      style: selected != nil && selectedYear == nil ? .selected : .muted)
  }
}
