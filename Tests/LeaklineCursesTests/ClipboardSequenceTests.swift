import Foundation
import Testing

@testable import LeaklineCurses

/// OSC 52: the text travels base64-encoded, after control characters are made visible.
@Suite struct ClipboardSequenceTests {
  @Test func aURLIsSentAsBase64BetweenTheOSC52Brackets() {
    #expect(
      ClipboardSequence.osc52("https://example.org")
        == "\u{1B}]52;c;aHR0cHM6Ly9leGFtcGxlLm9yZw==\u{07}")
  }

  @Test func controlCharactersNeverReachTheClipboard() {
    let sequence = ClipboardSequence.osc52("a\u{1B}]52;c;evil\u{07}b")
    let body = sequence.dropFirst("\u{1B}]52;c;".count).dropLast()
    // The payload is pure base64: no escape, no bell, nothing a terminal would act on.
    #expect(body.allSatisfy { $0.isLetter || $0.isNumber || "+/=".contains($0) })
    #expect(!body.contains("\u{1B}"))
  }

  @Test(arguments: ["", "f", "fo", "foo", "foob", "fooba", "foobar", "García Luna ✓"])
  func base64IsFoundationsBase64(_ text: String) {
    #expect(ClipboardSequence.base64(Array(text.utf8)) == Data(text.utf8).base64EncodedString())
  }
}
