/// The one function that makes case-file text safe to put on a terminal.
///
/// A case file can come from anyone. Control characters in it (ESC, BEL, CSI 0x9B, CR,
/// backspace…) would let the file retitle the terminal, clear the screen or overwrite
/// what is shown, and bidirectional overrides can make text read differently from what
/// it is. Every output path — the browser's cells, the CLI's text — passes strings
/// through ``sanitize(_:keepingNewlines:)``, which replaces each such character with a
/// visible placeholder instead of dropping it, so nothing is hidden either.
///
/// It also caps runs of combining marks ("Zalgo" text), which are harmless to read but
/// costly to handle: Swift compares a character by sorting its marks (quadratic in their
/// number), so one title of a million marks would stall any code that splits or compares
/// it, and terminal emulators have had crashes on such input (xterm CVE-2021-27135).
public enum TerminalSafeText {
  /// The longest run of combining marks (non-starters) kept together; the Stream-Safe
  /// Text Format of Unicode UAX #15 uses the same limit.
  public static let maximumCombiningRun = 30
  /// Replaces control characters and bidi controls with visible placeholders.
  ///
  /// C0 controls become their Control Pictures (ESC → "␛", BEL → "␇", NUL → "␀", CR →
  /// "␍", LF → "␊"), DEL becomes "␡", C1 controls (U+0080–U+009F) and bidi controls
  /// (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069) become "\u{XX}" text. TAB becomes
  /// one space. After every ``maximumCombiningRun`` combining marks in a row, a
  /// COMBINING GRAPHEME JOINER (U+034F, invisible) is inserted, as UAX #15's Stream-Safe
  /// Text Process does: nothing is removed, and later processing stays linear.
  /// - Parameter keepingNewlines: keep LF as a line break (for multi-line text such as
  ///   summaries, laid out by the caller); CR is still replaced.
  public static func sanitize(_ text: String, keepingNewlines: Bool = false) -> String {
    if isPlainly(text.utf8, keepingNewlines: keepingNewlines) { return text }
    var out = String.UnicodeScalarView()
    var combiningRun = 0
    for scalar in text.unicodeScalars {
      let v = scalar.value
      // The first combining mark is U+0300, so most text skips the property lookup.
      if v >= 0x300, scalar.properties.canonicalCombiningClass != .notReordered {
        if combiningRun == maximumCombiningRun {
          out.append("\u{034F}")
          combiningRun = 0
        }
        combiningRun += 1
      } else {
        combiningRun = 0
      }
      switch v {
      case 0x0A where keepingNewlines: out.append(scalar)
      case 0x09: out.append(" ")
      // swift-format-ignore: NeverForceUnwrap
      // U+2400 + a C0 code is always a valid scalar.
      case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + v)!)
      case 0x7F: out.append("\u{2421}")
      case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
        out.append(contentsOf: "\\u{\(String(v, radix: 16, uppercase: true))}".unicodeScalars)
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  /// Whether `utf8` certainly needs no change, read from the bytes alone: printable
  /// ASCII (and newlines when kept), letters from U+00C0 to U+02FF (lead bytes C3–CB:
  /// accented Latin letters, never a control, bidi or combining mark) and the punctuation
  /// from U+2010 to U+2027 (dashes, quotes, bullets, the ellipsis: E2 80 90–A7). Anything
  /// else takes the scalar-by-scalar path. The CLI passes every line through `sanitize`,
  /// so at a million events this is most of the work it saves.
  private static func isPlainly(_ utf8: String.UTF8View, keepingNewlines: Bool) -> Bool {
    var iterator = utf8.makeIterator()
    while let byte = iterator.next() {
      switch byte {
      case 0x20..<0x7F: continue
      case 0x0A where keepingNewlines: continue
      case 0xC3...0xCB:
        // The String is valid UTF-8: one continuation byte follows.
        _ = iterator.next()
      case 0xE2:
        guard iterator.next() == 0x80, let third = iterator.next(), (0x90...0xA7).contains(third)
        else { return false }
      default: return false
      }
    }
    return true
  }

  /// Whether `text` would be changed by ``sanitize(_:keepingNewlines:)``.
  public static func needsSanitizing(_ text: String, keepingNewlines: Bool = false) -> Bool {
    // Bytes, not `!=`: String equality normalises, which is what makes long runs of
    // combining marks slow.
    !sanitize(text, keepingNewlines: keepingNewlines).utf8.elementsEqual(text.utf8)
  }
}
