import LeaklineModel
import Testing

/// `TerminalSafeText.sanitize` over every scalar that matters, and over the inputs that
/// made it or its callers slow.
@Suite struct TerminalSafeTextHardeningTests {
  /// Every scalar of the BMP's first 0x3000 and the specials, alone and between letters,
  /// comes out with no control or bidi character left, and idempotent.
  @Test func noScalarSurvivesRaw() {
    let specials: [UInt32] = [
      0xFEFF, 0xFFF9, 0xFFFA, 0xFFFB, 0xFFFC, 0xFFFD, 0xE0001, 0xE007F, 0x10FFFF,
    ]
    for value in Array(0..<0x3000) + specials {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = "a" + String(scalar) + "b"
      for keep in [false, true] {
        let safe = TerminalSafeText.sanitize(text, keepingNewlines: keep)
        let bad = Hostile.forbidden(in: safe, allowingNewlines: keep)
        if !bad.isEmpty { Issue.record("U+\(String(value, radix: 16)) leaves \(bad)") }
        if !TerminalSafeText.sanitize(safe, keepingNewlines: keep).utf8.elementsEqual(safe.utf8) {
          Issue.record("sanitising U+\(String(value, radix: 16)) twice changes it")
        }
      }
    }
  }

  @Test func longRunsOfCombiningMarksAreBrokenUpWithoutLosingAny() {
    let marks = String(
      String.UnicodeScalarView((0..<100).map { $0 % 2 == 0 ? "\u{0301}" : "\u{0316}" }))
    let safe = TerminalSafeText.sanitize("e" + marks)
    let scalars = Array(safe.unicodeScalars)
    #expect(scalars.filter { $0 != "\u{034F}" }.count == 101)
    #expect(scalars.filter { $0 == "\u{034F}" }.count == 3)
    #expect(scalars[31] == "\u{034F}")
    // A short run, as in real text (Vietnamese, Hebrew points), is left alone.
    #expect(TerminalSafeText.sanitize("Nguyễn ẩ\u{0323}") == "Nguyễn ẩ\u{0323}")
  }

  /// A million marks: sanitising and then wrapping, splitting and counting stay linear.
  @Test func aMillionCombiningMarksStayLinear() {
    let marks = String(
      String.UnicodeScalarView((0..<1_000_000).map { $0 % 2 == 0 ? "\u{0301}" : "\u{0316}" }))
    let result = finishes("sanitising and splitting a million combining marks") {
      let safe = TerminalSafeText.sanitize("e" + marks + " next\nline", keepingNewlines: true)
      return safe.split(separator: "\n").count + safe.split(separator: " ").count
    }
    #expect(result == 4)
    #expect(
      finishes("needsSanitizing on a million marks") {
        TerminalSafeText.needsSanitizing("e" + marks)
      } == true)
  }
}
