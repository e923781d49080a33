import LeaklineModel

/// Finds search terms in text the way the model's search does (no case, no accents), and
/// says which columns to highlight.
package enum SearchHighlight {
  /// The column ranges of `text` where any of `terms` occurs.
  ///
  /// Columns are display columns; the ranges are sorted and do not overlap. `terms` are
  /// already folded (see `SearchQuery.highlightTerms`).
  package static func columns(in text: String, terms: [String]) -> [Range<Int>] {
    let terms = terms.filter { !$0.isEmpty }
    guard !terms.isEmpty, !text.isEmpty else { return [] }
    // Fold character by character, remembering which column each folded character came from.
    var folded: [Character] = []
    var origin: [(start: Int, end: Int)] = []
    var column = 0
    for character in text {
      let width = DisplayWidth.of(character)
      // ASCII folds to its lower case: no need to make a string of each letter.
      if character.utf8.count == 1, let byte = character.utf8.first, byte != 0, byte < 0x80 {
        let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        folded.append(Character(Unicode.Scalar(lower)))
        origin.append((column, column + width))
        column += width
        continue
      }
      for f in TextFolding.fold(String(character)) {
        folded.append(f)
        origin.append((column, column + width))
      }
      column += width
    }
    var ranges: [Range<Int>] = []
    for term in terms {
      let needle = Array(term)
      guard needle.count <= folded.count else { continue }
      var i = 0
      while i + needle.count <= folded.count {
        if folded[i] == needle[0], Array(folded[i..<(i + needle.count)]) == needle {
          ranges.append(origin[i].start..<origin[i + needle.count - 1].end)
          i += needle.count
        } else {
          i += 1
        }
      }
    }
    ranges.sort { $0.lowerBound < $1.lowerBound }
    var merged: [Range<Int>] = []
    for range in ranges {
      if let last = merged.last, range.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    return merged
  }

  /// Every match in a document, top to bottom: the line and its columns.
  package static func matches(in document: Document, terms: [String]) -> [(
    line: Int, columns: Range<Int>
  )] {
    guard !terms.isEmpty else { return [] }
    var result: [(Int, Range<Int>)] = []
    for (number, line) in document.lines.enumerated() {
      for range in columns(in: line.text, terms: terms) { result.append((number, range)) }
    }
    return result
  }
}
