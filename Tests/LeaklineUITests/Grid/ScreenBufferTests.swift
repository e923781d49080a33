import LeaklineUI
import Testing

@Suite struct ScreenBufferTests {
  private func buffer(_ columns: Int, _ rows: Int) -> ScreenBuffer {
    ScreenBuffer(size: Size(columns: columns, rows: rows))
  }

  @Test func newBufferIsBlank() {
    let screen = buffer(4, 2)
    #expect(screen.size == Size(columns: 4, rows: 2))
    #expect(screen.lines() == ["", ""])
    #expect(screen[row: 1, column: 3] == Cell.blank)
    #expect(screen.snapshot() == "\n\n")
  }

  @Test func writeAdvancesByDisplayWidth() {
    var screen = buffer(12, 1)
    var column = 0
    column += screen.write("東京", row: 0, column: column)
    column += screen.write(" García", row: 0, column: column)
    #expect(column == 11)
    #expect(screen.lines() == ["東京 García"])
    #expect(screen[row: 0, column: 0].text == "東")
    #expect(screen[row: 0, column: 1].isContinuation)
    #expect(screen[row: 0, column: 2].text == "京")
  }

  @Test func decomposedAccentStaysInOneCell() {
    var screen = buffer(8, 1)
    #expect(screen.write("Garci\u{301}a", row: 0, column: 0) == 6)
    #expect(screen[row: 0, column: 4].text == "i\u{301}")
    #expect(screen.lines() == ["Garci\u{301}a"])
  }

  struct ClipRow: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var column: Int
    var maxWidth: Int?
    var columns: Int
    var line: String
    var advanced: Int
    var testDescription: String { name }
  }

  static let clips: [ClipRow] = [
    ClipRow(
      name: "clips at the right edge", text: "abcdef", column: 2, maxWidth: nil, columns: 5,
      line: "  abc", advanced: 3),
    ClipRow(
      name: "clips to maxWidth", text: "abcdef", column: 1, maxWidth: 2, columns: 10,
      line: " ab", advanced: 2),
    ClipRow(
      name: "zero maxWidth writes nothing", text: "abc", column: 0, maxWidth: 0, columns: 5,
      line: "", advanced: 0),
    ClipRow(
      name: "wide char in the last column becomes a space", text: "ab東", column: 0,
      maxWidth: nil, columns: 3, line: "ab", advanced: 3),
    ClipRow(
      name: "wide char at the maxWidth limit becomes a space", text: "a東b", column: 0,
      maxWidth: 2, columns: 10, line: "a", advanced: 2),
    ClipRow(
      name: "wide chars that fit exactly", text: "東京", column: 0, maxWidth: nil, columns: 4,
      line: "東京", advanced: 4),
    ClipRow(
      name: "negative column skips the hidden part", text: "abcdef", column: -2, maxWidth: nil,
      columns: 10, line: "cdef", advanced: 6),
    ClipRow(
      name: "wide char cut by the left edge leaves a space", text: "東京", column: -1,
      maxWidth: nil, columns: 10, line: " 京", advanced: 4),
    ClipRow(
      name: "column past the edge writes nothing", text: "abc", column: 7, maxWidth: nil,
      columns: 5, line: "", advanced: 0),
    ClipRow(
      name: "control characters become placeholders", text: "a\tb\nc", column: 0,
      maxWidth: nil, columns: 10, line: "a?b?c", advanced: 5),
    ClipRow(
      name: "a lone combining mark is dropped", text: "\u{301}ab", column: 0, maxWidth: nil,
      columns: 10, line: "ab", advanced: 2),
  ]

  @Test(arguments: clips)
  func writeClips(_ row: ClipRow) {
    var screen = buffer(row.columns, 1)
    let advanced = screen.write(row.text, row: 0, column: row.column, maxWidth: row.maxWidth)
    #expect(advanced == row.advanced)
    #expect(screen.lines() == [row.line])
  }

  @Test func rowsOutsideTheBufferAreIgnored() {
    var screen = buffer(5, 2)
    #expect(screen.write("abc", row: -1, column: 0) == 3)
    #expect(screen.write("abc", row: 2, column: 0) == 3)
    #expect(screen == buffer(5, 2))
  }

  @Test func overwritingHalfAWideCharBlanksTheOtherHalf() {
    var screen = buffer(6, 1)
    screen.write("東京", row: 0, column: 0)
    screen.write("x", row: 0, column: 1)  // right half of 東
    #expect(screen.lines() == [" x京"])
    screen.write("y", row: 0, column: 2)  // left half of 京
    #expect(screen.lines() == [" xy"])
    #expect(!screen[row: 0, column: 3].isContinuation)
    screen.write("東", row: 0, column: 3)
    screen.write("京", row: 0, column: 2)  // overlaps 東 at 3-4
    #expect(screen.lines() == [" x京"])
  }

  @Test func fillPaintsARectangleClipped() {
    var screen = buffer(4, 3)
    screen.write("abcd", row: 1, column: 0)
    screen.fill(row: 1, column: 2, width: 10, height: 10, style: .selected)
    #expect(screen.lines() == ["", "ab", ""])
    #expect(screen[row: 2, column: 3].style == .selected)
    #expect(screen[row: 0, column: 3].style == .plain)
    #expect(screen[row: 1, column: 1].style == .plain)
  }

  @Test func setStyleKeepsTextAndWideCharsWhole() {
    var screen = buffer(6, 1)
    screen.write("a東b", row: 0, column: 0)
    screen.setStyle(.selected, row: 0, column: 2, width: 1)  // the continuation half
    #expect(screen.lines() == ["a東b"])
    #expect(screen[row: 0, column: 1].style == .selected)
    #expect(screen[row: 0, column: 2].style == .selected)
    #expect(screen[row: 0, column: 0].style == .plain)
    #expect(screen[row: 0, column: 3].style == .plain)
  }

  @Test func boxWithTitle() {
    var screen = buffer(16, 4)
    screen.drawBox(row: 0, column: 0, width: 16, height: 4, title: "Timeline")
    screen.drawBox(row: 0, column: 0, width: 16, height: 4, title: "Timeline")
    #expect(
      screen.lines() == [
        "┌─ Timeline ───┐",
        "│              │",
        "│              │",
        "└──────────────┘",
      ])
  }

  @Test func boxTitleIsTruncatedAndBoxIsClipped() {
    var screen = buffer(10, 3)
    screen.drawBox(row: 1, column: 2, width: 10, height: 5, title: "東京 Tokyo")
    #expect(
      screen.lines() == [
        "",
        "  ┌─ 東京…",
        "  │",
      ])
  }

  @Test(arguments: [0, 1])
  func boxTooSmallIsNotDrawn(_ side: Int) {
    var screen = buffer(5, 5)
    screen.drawBox(row: 0, column: 0, width: side, height: 3)
    screen.drawBox(row: 0, column: 0, width: 3, height: side)
    #expect(screen == buffer(5, 5))
  }

  @Test func snapshotListsStyledRuns() {
    var screen = buffer(24, 4)
    screen.write("Search: a", row: 0, column: 0, style: Style(bold: true))
    screen.write("1066  東京", row: 1, column: 0)
    screen.write("1215  Magna Carta", row: 2, column: 0, style: .selected)
    screen.write("warn", row: 3, column: 20, style: .warning)
    #expect(
      screen.snapshot() == """
        Search: a
        1066  東京
        1215  Magna Carta
                            warn
        -- styles --
        row 0 col 0-8 bold
        row 2 col 0-16 reverse
        row 3 col 20-23 bold fg=red

        """)
  }

  @Test func snapshotCountsBothHalvesOfWideCharsInRuns() {
    var screen = buffer(6, 1)
    screen.write("東京", row: 0, column: 1, style: .header)
    #expect(
      screen.snapshot() == """
         東京
        -- styles --
        row 0 col 1-4 bold fg=white bg=blue

        """)
  }

  @Test func snapshotWithoutStylesHasNoStylesSection() {
    var screen = buffer(3, 2)
    screen.write("ab ", row: 0, column: 0)
    #expect(screen.snapshot() == "ab\n\n")
  }

  @Test(arguments: [
    Size(columns: 0, rows: 0), Size(columns: 1, rows: 1), Size(columns: 10, rows: 3),
    Size(columns: 1, rows: 0), Size(columns: 0, rows: 5), Size(columns: -4, rows: -2),
    Size(columns: 2, rows: 1),
  ])
  func tinySizesNeverTrap(_ size: Size) {
    var screen = ScreenBuffer(size: size)
    let texts = ["", "a", "東京", "García — 😀", "\u{301}", "a\nb", String(repeating: "x", count: 50)]
    for row in -2...4 {
      for column in [-3, -1, 0, 1, 2, 9, 10, 11, Int.max, Int.min] {
        for text in texts {
          screen.write(text, row: row, column: column)
          screen.write(text, row: row, column: column, maxWidth: 1)
          screen.write(text, row: row, column: column, maxWidth: Int.max)
          screen.write(text, row: row, column: column, maxWidth: -5)
        }
        screen.fill(row: row, column: column, width: 3, height: 2, style: .selected)
        screen.fill(row: row, column: column, width: Int.max, height: Int.max)
        screen.setStyle(.muted, row: row, column: column, width: 5)
        screen.drawBox(row: row, column: column, width: 12, height: 4, title: "東京")
        _ = screen[row: row, column: column]
      }
    }
    #expect(screen.lines().count == max(0, size.rows))
    _ = screen.snapshot()
  }
}
