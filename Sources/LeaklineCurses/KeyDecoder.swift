import CNcursesw
import LeaklineUI

/// Turns what `wget_wch` returned into a `TerminalEvent`.
///
/// `wget_wch` reports either a character (`OK`) or a function-key code (`KEY_CODE_YES`). With
/// `nonl()` Enter arrives as 13; Ctrl-letters arrive as 1–26, three of which are Tab (9),
/// Enter (10, 13) and Backspace (8). Inputs with no `Key` (NUL, a lone Ctrl-\ byte, keys
/// ncurses could not name) decode to `nil` and are ignored.
package enum KeyDecoder {
  /// The event for one `wget_wch` result, or `nil` for nothing the program should see.
  ///
  /// - Parameters:
  ///   - status: The return value: `OK`, `KEY_CODE_YES` or `ERR`.
  ///   - code: The character or key code it stored.
  ///   - size: Reads the new screen size, for `KEY_RESIZE`.
  ///   - mouse: Reads the pending mouse event, for `KEY_MOUSE`.
  package static func event(
    status: Int32, code: UInt32, size: () -> Size, mouse: () -> MouseEvent?
  ) -> TerminalEvent? {
    switch status {
    case OK:
      return key(forCharacter: code).map(TerminalEvent.key)
    case KEY_CODE_YES:
      let keyCode = Int32(truncatingIfNeeded: code)
      if keyCode == KEY_RESIZE { return .resized(size()) }
      if keyCode == KEY_MOUSE { return mouse().map(TerminalEvent.mouse) }
      return key(forKeyCode: keyCode).map(TerminalEvent.key)
    default:
      return nil
    }
  }

  /// The key for a character `wget_wch` returned with `OK`.
  package static func key(forCharacter code: UInt32) -> Key? {
    switch code {
    case 13, 10: return .enter
    case 27: return .escape
    case 127, 8: return .backspace
    case 9: return .tab
    case 1...26:
      guard let letter = Unicode.Scalar(UInt32(("a" as Unicode.Scalar).value) + code - 1) else {
        return nil
      }
      return .control(Character(letter))
    case 0..<32, 128..<160: return nil  // other C0 and C1 controls have no key
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// The key for a function-key code `wget_wch` returned with `KEY_CODE_YES`.
  package static func key(forKeyCode code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME, KEY_FIND: return .home
    case KEY_END, KEY_SELECT: return .end
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_BTAB: return .backTab
    case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
    default: return nil
    }
  }

  /// The mouse event for a `CNC_MOUSE_*` kind at `row`, `column`.
  package static func mouseEvent(kind: Int32, row: Int32, column: Int32) -> MouseEvent? {
    let mapped: MouseEvent.Kind
    switch kind {
    case CNC_MOUSE_CLICK: mapped = .click
    case CNC_MOUSE_DOUBLE_CLICK: mapped = .doubleClick
    case CNC_MOUSE_WHEEL_UP: mapped = .wheelUp
    case CNC_MOUSE_WHEEL_DOWN: mapped = .wheelDown
    default: return nil
    }
    return MouseEvent(kind: mapped, row: Int(row), column: Int(column))
  }
}
