/// Fuzz target: `TerminalSafeText.sanitize`, the one gate between data and the terminal.
///
/// The input is read as UTF-8 (invalid bytes become U+FFFD, as everywhere else).
/// Properties: the output never holds a C0 or C1 control, DEL or a bidi control, except
/// LF when newlines are kept; sanitising twice changes nothing; printable ASCII passes
/// through unchanged; nothing is dropped (every scalar becomes at least one);
/// `needsSanitizing` agrees with `sanitize`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSanitize(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
  for keep in [false, true] {
    let safe = TerminalSafeText.sanitize(text, keepingNewlines: keep)
    FuzzCheck.terminalSafe(safe, allowingNewlines: keep, "sanitize(keepingNewlines: \(keep))")
    if TerminalSafeText.sanitize(safe, keepingNewlines: keep) != safe {
      FuzzCheck.fail("sanitising twice changes \(text.debugDescription)")
    }
    if safe.unicodeScalars.count < text.unicodeScalars.count {
      FuzzCheck.fail("sanitize dropped characters from \(text.debugDescription)")
    }
    if TerminalSafeText.needsSanitizing(text, keepingNewlines: keep) != (safe != text) {
      FuzzCheck.fail("needsSanitizing disagrees with sanitize on \(text.debugDescription)")
    }
    let printable = text.utf8.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || ($0 == 0x0A && keep) }
    if printable && safe != text { FuzzCheck.fail("printable text \(text.debugDescription) was changed") }
  }
  return 0
}
