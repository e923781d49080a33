/// How many terminal columns text occupies, computed in pure Swift.
///
/// Counting `Character`s or scalars misaligns columns as soon as a case file quotes Japanese,
/// Korean or Chinese names, macOS-style decomposed accents or emoji. This table does not depend
/// on the C library's locale, so tests and the running program measure the same way; the
/// curses backend checks each cell against ncurses' own idea of its width and falls back to a
/// placeholder where they disagree.
///
/// The rules:
/// - combining and enclosing marks (Mn, Me), format characters (Cf, including the zero-width
///   joiner), variation selectors and conjoining Hangul vowels/finals are 0 columns;
/// - East Asian Wide and Fullwidth characters, and emoji with emoji presentation, are 2;
/// - control characters count as 1, because the grid draws them as a `?` placeholder (the
///   sanitizer should have replaced them before they got here);
/// - everything else is 1.
///
/// A grapheme cluster (a `Character`) is as wide as its first scalar that is not zero-width,
/// made 2 by a trailing emoji variation selector (U+FE0F) after an emoji, and capped at 2.
///
/// ```swift
/// DisplayWidth.of("García")         // 6
/// DisplayWidth.of("Garci\u{301}a")  // 6, decomposed accent
/// DisplayWidth.of("東京")            // 4
/// ```
package enum DisplayWidth {
  /// The columns one Unicode scalar takes on its own: 0, 1 or 2.
  package static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }  // printable ASCII, the common case
    if isControl(scalar) { return 1 }
    if isZeroWidth(scalar) { return 0 }
    if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// The columns one grapheme cluster takes: 0, 1 or 2.
  ///
  /// Zero only for a cluster made entirely of zero-width scalars, such as a lone combining
  /// mark at the start of a string; the grid drops such clusters.
  package static func of(_ character: Character) -> Int {
    var base: Unicode.Scalar?
    var width = 0
    for scalar in character.unicodeScalars {
      guard let first = base else {
        let scalarWidth = of(scalar)
        if scalarWidth == 0 { continue }
        if scalarWidth == 2 || (!isPrintableASCII(scalar) && isControl(scalar)) {
          return scalarWidth
        }
        base = scalar
        width = scalarWidth
        continue
      }
      if scalar == emojiVariationSelector && first.properties.isEmoji { return 2 }
    }
    return width
  }

  /// The columns a string takes: the sum over its grapheme clusters.
  package static func of(_ text: String) -> Int {
    // Printable ASCII, the common case, is one column a byte.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  /// The columns a substring takes: the sum over its grapheme clusters.
  package static func of(_ text: Substring) -> Int {
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  /// Whether the cluster starts with a control character, which the grid shows as `?`.
  package static func isControl(_ character: Character) -> Bool {
    guard let first = character.unicodeScalars.first else { return false }
    return isControl(first)
  }

  /// Whether `scalar` is printable ASCII, which is one column and never a control.
  private static func isPrintableASCII(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x20 && scalar.value < 0x7F
  }

  /// U+FE0F VARIATION SELECTOR-16: asks for emoji (two-column) presentation.
  private static let emojiVariationSelector: Unicode.Scalar = "\u{FE0F}"

  /// C0 and C1 controls, DEL, and the line and paragraph separators terminals mishandle.
  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .lineSeparator, .paragraphSeparator: return true
    default: return false
    }
  }

  private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return true
    default: break
    }
    // Hangul Jungseong/Jongseong: the vowel and final parts of a decomposed syllable.
    let value = scalar.value
    return (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value)
  }

  /// Whether `value` is East Asian Wide or Fullwidth (emoji aside, which the scalar
  /// properties cover), by binary search over `wideRanges`.
  private static func isWide(_ value: UInt32) -> Bool {
    guard value >= 0x1100 else { return false }
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = wideRanges[middle]
      if value < range.lowerBound {
        high = middle - 1
      } else if value > range.upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }

  /// East Asian Wide (W) and Fullwidth (F) blocks, sorted. Marks inside these blocks are
  /// caught earlier by the zero-width rule; unassigned code points in them count as wide.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo initial consonants
    0x2329...0x232A,  // angle brackets
    0x2E80...0x303E,  // CJK Radicals, Kangxi Radicals, Ideographic Description, CJK Symbols
    0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul Compatibility Jamo, Kanbun,
    //                   CJK Strokes, Enclosed CJK Letters, CJK Compatibility
    0x3400...0x4DBF,  // CJK Unified Ideographs Extension A
    0x4E00...0x9FFF,  // CJK Unified Ideographs
    0xA000...0xA4CF,  // Yi Syllables and Radicals
    0xA960...0xA97F,  // Hangul Jamo Extended-A
    0xAC00...0xD7A3,  // Hangul Syllables
    0xF900...0xFAFF,  // CJK Compatibility Ideographs
    0xFE10...0xFE19,  // Vertical Forms
    0xFE30...0xFE6F,  // CJK Compatibility Forms, Small Form Variants
    0xFF00...0xFF60,  // Fullwidth ASCII variants
    0xFFE0...0xFFE6,  // Fullwidth signs
    0x16FE0...0x16FE4,  // Ideographic Symbols and Punctuation
    0x16FF0...0x16FF1,
    0x17000...0x18CFF,  // Tangut, Tangut Components, Khitan Small Script
    0x18D00...0x18D08,  // Tangut Supplement
    0x1AFF0...0x1B2FF,  // Kana Extended-B, Kana Supplement, Kana Extended-A, Small Kana, Nushu
    0x1F200...0x1F2FF,  // Enclosed Ideographic Supplement
    0x20000...0x2FFFD,  // CJK Extensions B–F, CJK Compatibility Supplement
    0x30000...0x3FFFD,  // CJK Extensions G–H
  ]
}

extension Character {
  /// The columns this grapheme cluster takes in a terminal; see `DisplayWidth`.
  package var displayWidth: Int { DisplayWidth.of(self) }
}

extension String {
  /// The columns this text takes in a terminal; see `DisplayWidth`.
  package var displayWidth: Int { DisplayWidth.of(self) }
}

extension Substring {
  /// The columns this text takes in a terminal; see `DisplayWidth`.
  package var displayWidth: Int { DisplayWidth.of(self) }
}
