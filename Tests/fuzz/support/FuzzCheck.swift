/// Properties every fuzz target checks, and the one way a target reports a broken one.
///
/// A broken property traps with a message naming it; libFuzzer sees the trap as a crash
/// and saves the input as `crash-…`, which `run.sh` copies to `Tests/fuzz/crashes/`.
enum FuzzCheck {
  /// Whether a scalar must never reach a terminal raw: C0 and C1 controls, DEL, and the
  /// bidirectional controls that reorder what is shown (U+061C, U+200E/F, U+202A–U+202E,
  /// U+2066–U+2069).
  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
      return true
    default:
      return false
    }
  }

  /// Traps when `text` holds a scalar that must not reach a terminal; LF is allowed only
  /// when `allowingNewlines`.
  static func terminalSafe(
    _ text: String, allowingNewlines: Bool = false, _ what: @autoclosure () -> String
  ) {
    for scalar in text.unicodeScalars where isForbidden(scalar) {
      if scalar == "\n" && allowingNewlines { continue }
      let hex = String(scalar.value, radix: 16, uppercase: true)
      fail("\(what()) holds the raw control U+\(hex): \(text.debugDescription.prefix(200))")
    }
  }

  /// Traps unless `json` is a document the strict parser reads back.
  static func parsesAsJSON(_ json: String, _ what: @autoclosure () -> String) {
    do {
      _ = try JSONParser.parse(Array(json.utf8))
    } catch {
      fail(
        "\(what()) is not valid JSON (\(error.message) at byte \(error.offset)): \(json.prefix(200))"
      )
    }
  }

  /// Reports a broken property by trapping, so libFuzzer records the input.
  static func fail(_ message: String) -> Never {
    fatalError("fuzz property broken: \(message)")
  }
}

/// The input as bytes. libFuzzer may pass a null pointer with size 0.
func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
  guard let data, size > 0 else { return [] }
  return Array(UnsafeBufferPointer(start: data, count: size))
}
