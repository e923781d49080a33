/// Fuzz target: `TerminalSafeText.sanitize`, the one gate between data and the terminal.
///
/// The input is read as UTF-8 (invalid bytes become U+FFFD, as everywhere else).
/// Properties: the output never holds a C0 or C1 control, DEL or a bidi control, except
/// LF when newlines are kept; no run of combining marks is longer than
/// `maximumCombiningRun`; sanitising twice changes nothing; printable ASCII passes through
/// unchanged; nothing is dropped (every scalar becomes at least one); `needsSanitizing`
/// agrees with `sanitize`. Comparisons are by bytes: String's `==` normalises.
public func fuzzSanitize(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
  for keep in [false, true] {
    let safe = TerminalSafeText.sanitize(text, keepingNewlines: keep)
    FuzzCheck.terminalSafe(safe, allowingNewlines: keep, "sanitize(keepingNewlines: \(keep))")
    var run = 0
    for scalar in safe.unicodeScalars {
      run = scalar.properties.canonicalCombiningClass == .notReordered ? 0 : run + 1
      if run > TerminalSafeText.maximumCombiningRun {
        FuzzCheck.fail("a run of \(run) combining marks survives")
      }
    }
    let changed = !safe.utf8.elementsEqual(text.utf8)
    if !TerminalSafeText.sanitize(safe, keepingNewlines: keep).utf8.elementsEqual(safe.utf8) {
      FuzzCheck.fail("sanitising twice changes \(text.debugDescription)")
    }
    if safe.unicodeScalars.count < text.unicodeScalars.count {
      FuzzCheck.fail("sanitize dropped characters from \(text.debugDescription)")
    }
    if TerminalSafeText.needsSanitizing(text, keepingNewlines: keep) != changed {
      FuzzCheck.fail("needsSanitizing disagrees with sanitize on \(text.debugDescription)")
    }
    let printable = text.utf8.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || ($0 == 0x0A && keep) }
    if printable && changed {
      FuzzCheck.fail("printable text \(text.debugDescription) was changed")
    }
  }
  return 0
}
