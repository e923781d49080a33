/// The word index over events' folded text (``EventFolding``), for answering a query word
/// at a million events without reading the text again.
///
/// A word typed into a query, if it is made of ASCII letters and digits, can only occur
/// inside one *token* of the text (a maximal run of letters and digits). So the events
/// containing it are the union of the events of the vocabulary's tokens that contain
/// it: one scan of the vocabulary (a few megabytes at most) and a union of posting
/// lists. One-character words, which would match most tokens, have their own sets, one
/// per ASCII character. Words with other characters are narrowed by their letters and
/// checked against the text (``EventSearchEngine``).
///
/// Events whose folded text is not ASCII are not indexed; their text is kept and
/// searched with `String.contains`, whose Unicode rules bytes cannot reproduce.
final class TextIndex: Sendable {
  let count: Int
  /// Timeline positions of the events whose text is not ASCII, and that text.
  let otherPositions: [UInt32]
  let otherTexts: [String]
  /// Whether each of `otherTexts` has a character canonically equal to an ASCII one.
  let otherHasSingleton: [Bool]
  /// For each ASCII byte, the events whose text has it.
  private let byteSets: [Bitset?]
  /// Every token, once.
  let tokens: SearchableStrings
  /// Token `t`'s events are `postings[postingStarts[t]..<postingStarts[t + 1]]`, unless
  /// it is in so many that it is kept as a set, `dense[denseSlot[t]]`.
  private let postingStarts: [UInt32]
  private let postings: [UInt32]
  private let denseSlot: [Int32]
  private let dense: [Bitset]

  /// Indexes `timeline`, on both cores when it is large. `progress` is called from
  /// either core with the number of events done.
  init(timeline: [Event], splitFrom: Int = 50_000, progress: (@Sendable (Int) -> Void)? = nil) {
    count = timeline.count
    let parts = TextIndex.build(timeline: timeline, splitFrom: splitFrom, progress: progress)
    // One vocabulary: each part's tokens numbered again, in order.
    var numbering = StringNumbering(capacity: 4096)
    var tokens = SearchableStrings()
    var totals: [Int] = []
    var global: [[UInt32]] = []
    for part in parts {
      var map = [UInt32](repeating: 0, count: part.tokens.count)
      for t in 0..<part.tokens.count {
        let (g, isNew) = part.tokens.withString(t) { bytes in
          let numbered = numbering.number(bytes)
          if numbered.isNew { tokens.append(bytes) }
          return numbered
        }
        if isNew { totals.append(0) }
        totals[Int(g)] += Int(part.starts[t + 1] - part.starts[t])
        map[t] = g
      }
      global.append(map)
    }
    let threshold = max(64, count / 32)
    var denseSlot = [Int32](repeating: -1, count: totals.count)
    var dense: [Bitset] = []
    var starts = [UInt32](repeating: 0, count: totals.count + 1)
    var sparseTotal = 0
    for (g, total) in totals.enumerated() {
      starts[g] = UInt32(sparseTotal)
      if total > threshold {
        denseSlot[g] = Int32(dense.count)
        dense.append(Bitset(capacity: count))
      } else {
        sparseTotal += total
      }
    }
    starts[totals.count] = UInt32(sparseTotal)
    var postings = [UInt32](repeating: 0, count: sparseTotal)
    var fill = starts
    var byteSets = [Bitset?](repeating: nil, count: 128)
    var otherPositions: [UInt32] = []
    var otherTexts: [String] = []
    for (p, part) in parts.enumerated() {
      part.postings.withUnsafeBufferPointer { list in
        for t in 0..<part.tokens.count {
          let g = Int(global[p][t])
          let range = Int(part.starts[t])..<Int(part.starts[t + 1])
          let slot = Int(denseSlot[g])
          if slot >= 0 {
            dense[slot].insert(contentsOf: UnsafeBufferPointer(rebasing: list[range]))
          } else {
            for k in range {
              postings[Int(fill[g])] = list[k]
              fill[g] += 1
            }
          }
        }
      }
      for b in 0..<128 {
        guard let set = part.byteSets[b] else { continue }
        if byteSets[b] == nil { byteSets[b] = set } else { byteSets[b]?.formUnion(set) }
      }
      otherPositions += part.otherPositions
      otherTexts += part.otherTexts
    }
    self.tokens = tokens
    self.postingStarts = starts
    self.postings = postings
    self.denseSlot = denseSlot
    self.dense = dense
    self.byteSets = byteSets
    self.otherPositions = otherPositions
    self.otherTexts = otherTexts
    otherHasSingleton = otherTexts.map {
      $0.unicodeScalars.contains(where: FoldedNames.isASCIISingleton)
    }
  }

  /// The indexed events whose text has `byte`.
  func events(withByte byte: UInt8) -> Bitset {
    (byte < 0x80 ? byteSets[Int(byte)] : nil) ?? Bitset(capacity: count)
  }

  /// The indexed events having one of `tokens` (indices into ``tokens``).
  func events(withTokens matching: [UInt32]) -> Bitset {
    var out = Bitset(capacity: count)
    postings.withUnsafeBufferPointer { p in
      for t in matching {
        let slot = Int(denseSlot[Int(t)])
        if slot >= 0 {
          out.formUnion(dense[slot])
        } else {
          let range = Int(postingStarts[Int(t)])..<Int(postingStarts[Int(t) + 1])
          out.insert(contentsOf: UnsafeBufferPointer(rebasing: p[range]))
        }
      }
    }
    return out
  }

  /// The bytes the index takes, roughly.
  var memoryFootprint: Int {
    postings.count * 4 + postingStarts.count * 4 + dense.count * (count / 8)
      + byteSets.compactMap { $0 }.count * (count / 8) + tokens.bytes.count + tokens.count * 4
      + otherTexts.reduce(0) { $0 + $1.utf8.count }
  }

  /// Letters and digits.
  @inline(__always)
  static func isTokenByte(_ b: UInt8) -> Bool {
    b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26
  }
}
