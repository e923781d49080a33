import Testing

@testable import LeaklineModel

/// The table fold gives Foundation's answer, character by character and in pairs.
@Suite struct FastFoldTests {
  /// Every character of the table's ranges, and ASCII.
  static let characters: [Unicode.Scalar] = {
    let ranges: [ClosedRange<UInt32>] = [0...0x7F] + FoldTable.ranges
    return ranges.flatMap { $0.compactMap(Unicode.Scalar.init) }
  }()

  @Test func eachCharacterFoldsAsFoundation() {
    for scalar in FastFoldTests.characters {
      let text = String(Character(scalar))
      let expected = ReferenceFold.fold(text)
      #expect(TextFolding.fold(text) == expected, "U+\(String(scalar.value, radix: 16))")
      #expect(
        Array(TextFolding.fold(text).utf8) == Array(expected.utf8),
        "U+\(String(scalar.value, radix: 16))")
    }
  }

  /// Folding is per character only if no neighbour changes a character's fold; checked
  /// for every 7th character against every 5th, both ways round.
  @Test func pairsFoldAsFoundation() {
    let all = FastFoldTests.characters
    let firsts = stride(from: 0, to: all.count, by: 7).map { all[$0] }
    let seconds = stride(from: 3, to: all.count, by: 5).map { all[$0] }
    var mismatches: [String] = []
    for a in firsts {
      for b in seconds {
        for text in [
          String(Character(a)) + String(Character(b)), String(Character(b)) + String(Character(a)),
        ] {
          if Array(TextFolding.fold(text).utf8) != Array(ReferenceFold.fold(text).utf8) {
            mismatches.append(
              text.unicodeScalars.map { "U+" + String($0.value, radix: 16) }.joined(separator: " "))
          }
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
  }

  @Test(arguments: [
    "Genaro García Luna", "CIENFUEGÓS", "Ǆemal Ǉubić", "“quoted” — dash", "Straße", "naïve café 👍🏽",
    "Андрей Кузнецов", "Nguyễn Văn Thắng", "ﬁnanzas ＳＥＤＥＮＡ", "a\u{0}b", "e\u{301}", "\u{212A}elvin",
    "Œuvre Ærø", "محمد الأحمد", "", "plain ascii", "ÀÉÎÕÜ àéîõü Ññ Çç",
  ])
  func stringsFoldAsFoundation(_ text: String) {
    #expect(Array(TextFolding.fold(text).utf8) == Array(ReferenceFold.fold(text).utf8))
  }

  @Test func eventTextFoldsAsTheJoinedParts() {
    var buffer = ByteBuffer()
    for event in ScaleFixtures.medium.events.prefix(2_000) {
      let isASCII = EventFolding.fold(event, into: &buffer)
      let expected = ReferenceFold.fold(EventFolding.parts(event).joined(separator: "\n"))
      #expect(Array(buffer.bytes) == Array(expected.utf8))
      #expect(isASCII == expected.utf8.allSatisfy { $0 < 0x80 })
    }
  }
}
