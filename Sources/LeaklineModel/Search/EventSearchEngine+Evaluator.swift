import Foundation

extension EventSearchEngine {
  /// Evaluates one term at a time over the columns and the word index.
  struct Evaluator {
    let columns: EventColumns
    let text: TextIndex?
    /// The actors' texts, searchable.
    var actorTexts: SearchableText { columns.actorTexts.value }
    let timeline: [Event]
    let isCancelled: @Sendable () -> Bool
    /// Without a word index: each word's events, from one scan of the text.
    var scanned: [SearchQuery.Term: Bitset]?
    /// Terms of earlier queries, to reuse or narrow from.
    var recent: [Remembered] = []
    /// Terms of this query worth remembering.
    var remembered: [Remembered] = []
    /// The reader's notebook, for `is:marked` and the other notebook words.
    var notebook: NotebookSearch?

    init(
      columns: EventColumns, text: TextIndex?, timeline: [Event],
      isCancelled: @escaping @Sendable () -> Bool
    ) {
      self.columns = columns
      self.text = text
      self.timeline = timeline
      self.isCancelled = isCancelled
    }

    /// The events `term` holds for. Outside `within` the answer may be incomplete:
    /// the caller only looks inside it.
    mutating func events(_ term: SearchQuery.Term, within: Bitset) -> Bitset? {
      if isCancelled() { return nil }
      if let known = recent.first(where: { $0.term == term }) {
        remembered.append(known)
        return known.events
      }
      let count = columns.count
      let found: Bitset
      switch term {
      case .years(let years):
        found = columns.events(inYears: years)
      case .scope(let scope):
        found = columns.events(
          where: columns.dates.value.scope,
          is: UInt8(Event.Scope.allCases.firstIndex(of: scope) ?? 0))
      case .status(let status):
        found = columns.events(
          where: columns.dates.value.status,
          is: UInt8(Event.Status.allCases.firstIndex(of: status) ?? 0))
      case .kind(let prefix):
        found = columns.events(withKindPrefix: prefix)
      case .tag(let prefix):
        let tags = columns.tags.value
        found = tags.lists.events(matching: tags.values.map { $0.hasPrefix(prefix) }, count: count)
      case .source(let key):
        let cites = columns.cites.value
        found = cites.lists.events(matching: cites.values.map { $0.contains(key) }, count: count)
      case .person(let name):
        let words = name.split(separator: " ").map(String.init)
        let actors = columns.actors.value
        found = actors.lists.events(matching: actorTexts.matches(allOf: words), count: count)
      case .word(let word), .phrase(let word):
        return textEvents(term, word, within: within)
      case .notebook(let word):
        return notebook?.events(word, count: count) ?? Bitset(capacity: count)
      }
      remembered.append(Remembered(term: term, events: found, tokens: nil))
      return found
    }

    /// A word's events: those whose text contains it, and those with an actor whose
    /// names contain it.
    private mutating func textEvents(_ term: SearchQuery.Term, _ word: String, within: Bitset)
      -> Bitset?
    {
      var own: Bitset
      var tokens: [UInt32]?
      var isComplete = true
      if let text {
        let bytes = Array(word.utf8)
        if !bytes.allSatisfy({ $0 < 0x80 }) {
          own =
            SearchableText.mayMatchASCII(word)
            ? verify(word, bytes, within: within) : Bitset(capacity: columns.count)
          isComplete = !SearchableText.mayMatchASCII(word)
        } else if bytes.count == 1 {
          own = text.events(withByte: bytes[0])
        } else if bytes.allSatisfy(TextIndex.isTokenByte) {
          tokens = text.tokens.indices(containing: bytes, among: narrowestTokens(for: word))
          own = text.events(withTokens: tokens ?? [])
        } else {
          guard let candidates = candidates(bytes, text, within: within) else { return nil }
          own = verify(word, bytes, within: candidates)
          isComplete = false
        }
        if isCancelled() { return nil }
        let isASCII = bytes.allSatisfy { $0 < 0x80 }
        for (k, position) in text.otherPositions.enumerated() {
          let p = Int(position)
          if isComplete || within.contains(p),
            SearchableText.contains(
              word, bytes, isASCII: isASCII, in: text.otherTexts[k],
              hasSingleton: text.otherHasSingleton[k])
          {
            own.insert(p)
          }
        }
      } else {
        own = scanned?[term] ?? Bitset(capacity: columns.count)
        isComplete = false
      }
      own.formUnion(
        columns.actors.value.lists.events(
          matching: actorTexts.matches(word), count: columns.count, skipping: own))
      if isComplete { remembered.append(Remembered(term: term, events: own, tokens: tokens)) }
      return own
    }

    /// The tokens of the shortest-listed remembered word that `word` contains: only
    /// those can contain `word` too.
    private func narrowestTokens(for word: String) -> [UInt32]? {
      var best: [UInt32]?
      for r in recent {
        guard let tokens = r.tokens, let earlier = r.term.needle,
          word.utf8.count > earlier.utf8.count,
          word.contains(earlier), tokens.count < (best?.count ?? Int.max)
        else { continue }
        best = tokens
      }
      return best
    }

    /// Events that may contain a word with characters other than letters and digits:
    /// those within `within` having each of its runs of letters and digits (in some
    /// token) and each of its other characters.
    private func candidates(_ bytes: [UInt8], _ text: TextIndex, within: Bitset) -> Bitset? {
      var out = within
      var run: [UInt8] = []
      var others = Set<UInt8>()
      func addRun() {
        guard !run.isEmpty else { return }
        if run.count == 1 {
          out.formIntersection(text.events(withByte: run[0]))
        } else {
          out.formIntersection(text.events(withTokens: text.tokens.indices(containing: run)))
        }
        run.removeAll()
      }
      for b in bytes {
        if TextIndex.isTokenByte(b) {
          run.append(b)
        } else {
          addRun()
          others.insert(b)
        }
      }
      addRun()
      for b in others.sorted() { out.formIntersection(text.events(withByte: b)) }
      return isCancelled() ? nil : out
    }

    /// The events among `candidates` whose folded text contains `word`, read again.
    private func verify(_ word: String, _ bytes: [UInt8], within candidates: Bitset) -> Bitset {
      var out = Bitset(capacity: columns.count)
      var buffer = ByteBuffer(capacity: 4096)
      let otherPositions = Set(text?.otherPositions ?? [])
      bytes.withUnsafeBufferPointer { needle in
        // swift-format-ignore: ReplaceForEachWithForLoop
        candidates.forEach { i in  // Bitset.forEach stops early when the body returns false
          guard !otherPositions.contains(UInt32(i)) else { return true }
          if EventText.fold(timeline[i], into: &buffer) {
            if needle.allSatisfy({ $0 < 0x80 })
              ? ByteSearch.contains(needle, in: buffer.bytes)
              : buffer.string().contains(word)
            {
              out.insert(i)
            }
          }
          return true
        }
      }
      return out
    }
  }
}
