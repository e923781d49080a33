import LeaklineModel

/// The OSC 52 escape sequence, which asks the terminal to put text on the system clipboard.
///
/// It travels in the terminal's own output stream, so it works over ssh and inside tmux
/// (with `set-clipboard on`), where no clipboard program on this machine could reach the
/// user's clipboard.
///
/// ```swift
/// ClipboardSequence.osc52("https://example.org")
/// // "\u{1B}]52;c;aHR0cHM6Ly9leGFtcGxlLm9yZw==\u{07}"
/// ```
package enum ClipboardSequence {
  /// The sequence that copies `text`. The text is made terminal-safe first, so what is
  /// pasted never carries control characters from a case file; base64 then keeps every
  /// byte of it out of the terminal's parser.
  package static func osc52(_ text: String) -> String {
    let safe = TerminalSafeText.sanitize(text, keepingNewlines: true)
    return "\u{1B}]52;c;" + base64(Array(safe.utf8)) + "\u{07}"
  }

  /// Standard base64 (RFC 4648, with `=` padding), which is what OSC 52 carries.
  static func base64(_ bytes: [UInt8]) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var out: [UInt8] = []
    out.reserveCapacity((bytes.count + 2) / 3 * 4)
    var i = 0
    while i < bytes.count {
      let count = min(3, bytes.count - i)
      var chunk = UInt32(bytes[i]) << 16
      if count > 1 { chunk |= UInt32(bytes[i + 1]) << 8 }
      if count > 2 { chunk |= UInt32(bytes[i + 2]) }
      for k in 0..<4 {
        out.append(
          k <= count ? alphabet[Int((chunk >> (18 - 6 * UInt32(k))) & 63)] : UInt8(ascii: "="))
      }
      i += 3
    }
    return String(decoding: out, as: UTF8.self)
  }
}
