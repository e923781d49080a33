extension NotebookChange {
  /// A new change id: 32 lowercase hex digits of a random 128-bit number, so two people
  /// (or two processes) never make the same one, and resending a change is harmless.
  public static func newID() -> String {
    var generator = SystemRandomNumberGenerator()
    var out = ""
    out.reserveCapacity(32)
    for _ in 0..<2 {
      let hex = String(generator.next() as UInt64, radix: 16)
      out += String(repeating: "0", count: 16 - hex.count) + hex
    }
    return out
  }
}
