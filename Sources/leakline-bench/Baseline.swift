import LeaklineModel

/// Event search as it was first written, for the "before" figures: one folded string per
/// event, built with Foundation's folding, and a substring test per event and term.
struct Baseline {
  private struct Text {
    var all: String
    var actors: [String]
    var kind: String
    var tags: [String]
  }

  private let texts: [Text]
  private let timeline: [Event]
  /// Seconds building the folded strings took.
  let buildSeconds: Double

  init(_ index: CaseIndex) {
    let start = Measure.now()
    let caseFile = index.caseFile
    func fold(_ s: String) -> String {
      s.utf8.allSatisfy { $0 < 0x80 && $0 != 0 }
        ? s.lowercased() : TextFolding.foldWithFoundation(s)
    }
    var names: [String: String] = [:]
    for e in caseFile.entities {
      names[e.id] =
        fold(([e.name] + e.aliases).joined(separator: " | ")) + " | " + e.id.lowercased()
    }
    timeline = index.timeline
    texts = index.timeline.map { e in
      let actors = e.actors.map { names[$0] ?? $0.lowercased() }
      var parts = [e.title, e.summary ?? "", e.place ?? "", e.kind ?? ""] + e.tags
      for d in e.discrepancies { parts += [d.article, d.record] }
      return Text(
        all: fold(parts.joined(separator: "\n")) + "\n" + actors.joined(separator: "\n"),
        actors: actors,
        kind: fold(e.kind ?? ""), tags: e.tags.map(fold))
    }
    buildSeconds = Measure.now() - start
  }

  /// The positions matching `query` (text, person, year and kind terms; other fields
  /// count as matching, which the typed queries do not use).
  func positions(_ query: SearchQuery) -> [Int] {
    texts.indices.filter { i in
      query.required.allSatisfy { matches($0, i) } && !query.excluded.contains { matches($0, i) }
    }
  }

  private func matches(_ term: SearchQuery.Term, _ i: Int) -> Bool {
    let t = texts[i]
    switch term {
    case .word(let w), .phrase(let w): return t.all.contains(w)
    case .person(let p):
      let words = p.split(separator: " ")
      return t.actors.contains { a in words.allSatisfy { a.contains($0) } }
    case .years(let r): return timeline[i].when?.overlaps(years: r) ?? false
    case .kind(let k): return t.kind.hasPrefix(k)
    case .tag(let g): return t.tags.contains { $0.hasPrefix(g) }
    default: return true
    }
  }

  /// Typing `queries` letter by letter, `runs` times.
  static func keystrokes(_ index: CaseIndex, queries: [String], runs: Int) -> BaselineResult {
    let baseline = Baseline(index)
    let prefixes = queries.flatMap { q in (1...q.count).map { String(q.prefix($0)) } }
    var times = [String: [Double]]()
    var hits = [String: Int]()
    for _ in 0..<runs {
      for prefix in prefixes {
        let (seconds, count) = Measure.time { () -> Int? in
          guard let query = try? SearchQuery.parse(prefix) else { return nil }
          return baseline.positions(query).count
        }
        times[prefix, default: []].append(seconds * 1000)
        hits[prefix] = count ?? -1
      }
    }
    return BaselineResult(
      buildSeconds: baseline.buildSeconds,
      keystrokes: prefixes.map { p in
        Keystroke(
          query: p, hits: hits[p] ?? -1, allMedianMs: Measure.median(times[p] ?? []),
          allP99Ms: Measure.percentile(times[p] ?? [], 99), pageMedianMs: 0, pageP99Ms: 0)
      })
  }
}

/// The baseline's figures.
struct BaselineResult: Codable {
  var buildSeconds: Double
  var keystrokes: [Keystroke]
}
