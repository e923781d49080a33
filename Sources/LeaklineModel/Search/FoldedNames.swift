import Foundation

/// Folded strings to find query words in (actors' names), answering exactly as
/// `String.contains` does: ASCII strings by one byte scan over an arena, the others one
/// by one with `String.contains`.
///
/// For ASCII text and an ASCII word, `contains` is a byte comparison. A word with other
/// characters can only match ASCII text through the three characters canonically equal
/// to an ASCII one (U+037E, U+1FEF, U+212A); such words are checked against every string.
struct FoldedNames: Sendable {
  let strings: [String]
  /// The ASCII strings, end to end.
  private let ascii: SearchableStrings
  /// For each string of `ascii`, its index in `strings`.
  private let asciiIndex: [UInt32]
  /// The indices of the strings that are not ASCII.
  private let others: [UInt32]

  init(_ strings: [String]) {
    self.strings = strings
    var ascii = SearchableStrings()
    var asciiIndex: [UInt32] = []
    var others: [UInt32] = []
    for (i, s) in strings.enumerated() {
      var s = s
      let isASCII = s.withUTF8 { bytes in
        guard FastFold.isASCII(bytes) else { return false }
        ascii.append(bytes)
        return true
      }
      if isASCII { asciiIndex.append(UInt32(i)) } else { others.append(UInt32(i)) }
    }
    self.ascii = ascii
    self.asciiIndex = asciiIndex
    self.others = others
  }

  var count: Int { strings.count }

  /// For each string, whether it contains `word`.
  func matches(_ word: String) -> [Bool] {
    var out = [Bool](repeating: false, count: strings.count)
    mark(word, in: &out)
    return out
  }

  /// For each string, whether it contains every one of `words`.
  func matches(allOf words: [String]) -> [Bool] {
    guard let first = words.first else { return [Bool](repeating: true, count: strings.count) }
    var out = matches(first)
    for word in words.dropFirst() {
      let more = matches(word)
      for i in out.indices { out[i] = out[i] && more[i] }
    }
    return out
  }

  private func mark(_ word: String, in out: inout [Bool]) {
    let bytes = Array(word.utf8)
    let isASCII = bytes.allSatisfy { $0 < 0x80 }
    if isASCII {
      for i in ascii.indices(containing: bytes) { out[Int(asciiIndex[Int(i)])] = true }
    } else if FoldedNames.mayMatchASCII(word) {
      for i in asciiIndex where strings[Int(i)].contains(word) { out[Int(i)] = true }
    }
    for i in others
    where FoldedNames.contains(word, bytes, isASCII: isASCII, in: strings[Int(i)]) {
      out[Int(i)] = true
    }
  }

  /// Whether a non-ASCII word has a character canonically equal to an ASCII one, and so
  /// might be found in ASCII text.
  static func mayMatchASCII(_ word: String) -> Bool {
    word.unicodeScalars.contains(where: isASCIISingleton)
  }

  /// The three characters whose canonical decomposition is one ASCII character: Greek
  /// question mark (;), Greek varia (`) and Kelvin sign (K).
  static func isASCIISingleton(_ s: Unicode.Scalar) -> Bool {
    s.value == 0x037E || s.value == 0x1FEF || s.value == 0x212A
  }

  /// `text.contains(word)`, answered from the bytes where they settle it.
  ///
  /// For an ASCII word: where its bytes occur with ASCII bytes (or the ends of the text)
  /// on both sides, they are whole characters, so the word is found. Where its bytes do
  /// not occur at all, it is not, unless the text has one of the three characters
  /// canonically equal to an ASCII one (`hasSingleton`, when the caller knows it).
  /// Anything else asks `String.contains`.
  static func contains(
    _ word: String, _ bytes: [UInt8], isASCII: Bool, in text: String, hasSingleton: Bool? = nil
  ) -> Bool {
    guard isASCII, !bytes.isEmpty else { return text.contains(word) }
    var text = text
    let answer: Bool? = text.withUTF8 { t in
      bytes.withUnsafeBufferPointer { needle -> Bool? in
        var from = 0
        var found = false
        while let k = ByteSearch.firstIndex(of: needle, in: t, from: from) {
          found = true
          let end = k + needle.count
          if (k == 0 || t[k - 1] < 0x80) && (end == t.count || t[end] < 0x80) { return true }
          from = k + 1
        }
        return found ? nil : false
      }
    }
    if answer == true { return true }
    if answer == false, !(hasSingleton ?? text.unicodeScalars.contains(where: isASCIISingleton)) {
      return false
    }
    return text.contains(word)
  }
}
