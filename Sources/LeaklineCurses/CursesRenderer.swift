import CNcursesw
import LeaklineUI

/// Copies a `ScreenBuffer` onto the screen, one frame at a time.
///
/// Every cell is written into stdscr (wide characters through `setcchar` and `mvwadd_wch`,
/// continuation cells skipped), then one `wnoutrefresh` + `doupdate` sends the terminal only
/// what changed since the last frame: ncurses keeps the diff, so we keep none.
///
/// The grid's width table is authoritative. Where the C library, which ncurses uses to
/// advance the cursor, disagrees about a cell (an emoji it thinks is narrow, a character it
/// cannot print), the cell is padded with spaces or drawn as `?`, so columns never shift.
package struct CursesRenderer {
  /// A colour pair's two colours; `nil` is the terminal default.
  private struct ColorKey: Hashable {
    var foreground: Style.Color?
    var background: Style.Color?
  }

  /// `?`: drawn where the C library cannot draw a cell or thinks it wider than the grid does.
  private static let placeholder: [UInt32] = [0x3F]
  /// A space: pads a cell the C library thinks narrower than the grid does.
  private static let space: [UInt32] = [0x20]

  private let usesColor: Bool
  private let hasDefaultColors: Bool
  private var pairs: [ColorKey: Int32] = [ColorKey(foreground: nil, background: nil): 0]
  private var nextPair: Int32 = 1
  private var scalars: [UInt32] = []

  /// Creates a renderer for `terminal`'s colour capabilities.
  package init(terminal: CursesTerminal) {
    usesColor = terminal.usesColor
    hasDefaultColors = terminal.hasDefaultColors
  }

  /// Draws `buffer` and updates the screen once.
  ///
  /// - Parameter repaintAll: Clear and redraw the whole terminal instead of sending only the
  ///   changes; for after a suspend, when the screen holds someone else's output.
  package mutating func draw(_ buffer: ScreenBuffer, repaintAll: Bool = false) {
    guard let window = cnc_stdscr() else { return }
    var rows: Int32 = 0
    var columns: Int32 = 0
    cnc_getmaxyx(window, &rows, &columns)
    werase(window)
    let height = min(Int(rows), buffer.size.rows)
    let width = min(Int(columns), buffer.size.columns)
    for row in 0..<height {
      for column in 0..<width {
        let cell = buffer[row: row, column: column]
        guard !cell.isContinuation else { continue }
        drawCell(cell, row: row, column: column, lastColumn: width - 1, window: window)
      }
    }
    if repaintAll, let screen = cnc_curscr() { clearok(screen, true) }
    wnoutrefresh(window)
    doupdate()
  }

  private mutating func drawCell(
    _ cell: Cell, row: Int, column: Int, lastColumn: Int, window: UnsafeMutablePointer<WINDOW>
  ) {
    let (attributes, pair) = look(for: cell.style)
    var width = DisplayWidth.of(cell.text)
    var text = cell.text
    if width == 2 && column == lastColumn {  // the window is narrower than the buffer
      text = " "
      width = 1
    }
    scalars.removeAll(keepingCapacity: true)
    for scalar in text.unicodeScalars { scalars.append(scalar.value) }
    var drawn = put(scalars, row: row, column: column, attributes, pair, window)
    if drawn <= 0 || drawn > width {
      drawn = put(Self.placeholder, row: row, column: column, attributes, pair, window)
    }
    var x = column + max(drawn, 1)
    while x < column + width {
      _ = put(Self.space, row: row, column: x, attributes, pair, window)
      x += 1
    }
  }

  private func put(
    _ scalars: [UInt32], row: Int, column: Int, _ attributes: attr_t, _ pair: Int32,
    _ window: UnsafeMutablePointer<WINDOW>
  ) -> Int {
    let width = scalars.withUnsafeBufferPointer { pointer in
      cnc_put_cluster(
        window, Int32(row), Int32(column), pointer.baseAddress, Int32(pointer.count), attributes,
        pair)
    }
    return Int(width)
  }

  /// The curses attributes and colour pair for `style`; colours only when in use.
  private mutating func look(for style: Style) -> (attr_t, Int32) {
    var attributes = cnc_attr_normal()
    if style.bold { attributes |= cnc_attr_bold() }
    if style.reverse { attributes |= cnc_attr_reverse() }
    if style.underline { attributes |= cnc_attr_underline() }
    if style.dim { attributes |= cnc_attr_dim() }
    guard usesColor else { return (attributes, 0) }
    return (
      attributes, pair(for: ColorKey(foreground: style.foreground, background: style.background))
    )
  }

  /// The colour pair for `key`, initialised on first use; pair 0 once the terminal runs out.
  private mutating func pair(for key: ColorKey) -> Int32 {
    if let existing = pairs[key] { return existing }
    guard nextPair < cnc_color_pairs(), nextPair <= Int32(Int16.max) else { return 0 }
    let number = nextPair
    let foreground =
      key.foreground.map(Self.cursesColor) ?? (hasDefaultColors ? -1 : Int16(COLOR_WHITE))
    let background =
      key.background.map(Self.cursesColor) ?? (hasDefaultColors ? -1 : Int16(COLOR_BLACK))
    guard init_pair(Int16(number), foreground, background) == OK else { return 0 }
    nextPair += 1
    pairs[key] = number
    return number
  }

  private static func cursesColor(_ color: Style.Color) -> Int16 {
    let value =
      switch color {
      case .black: COLOR_BLACK
      case .red: COLOR_RED
      case .green: COLOR_GREEN
      case .yellow: COLOR_YELLOW
      case .blue: COLOR_BLUE
      case .magenta: COLOR_MAGENTA
      case .cyan: COLOR_CYAN
      case .white: COLOR_WHITE
      }
    return Int16(value)
  }
}
