import LeaklineModel

/// The straightforward search the fast paths must agree with: `SearchIndex` as first
/// written, a folded string per record and a substring test per record and term, with
/// folding through Foundation (``ReferenceFold``).
///
/// Kept here, apart from the code under test, so the fast paths are checked against
/// the definition rather than against themselves.
struct ReferenceSearch {
  struct EventText {
    var all: String
    var actors: [String]
    var kind: String
    var tags: [String]
    var sources: Set<String>
  }

  struct EntityText {
    var all: String
    var names: String
    var kind: String
    var years: [ClosedRange<Int>]
    var tags: Set<String>
    var sources: Set<String>
  }

  struct SourceText {
    var all: String
    var year: Int?
    var keys: Set<String>
  }

  let timeline: [Event]
  private let events: [EventText]
  private let entities: [EntityText]
  private let sources: [SourceText]

  init(
    caseFile: CaseFile, timeline: [Event], entities sortedEntities: [Entity],
    sources sortedSources: [Source]
  ) {
    self.timeline = timeline
    let fold = ReferenceFold.fold
    var names: [String: String] = [:]
    for e in caseFile.entities {
      names[e.id] =
        fold(([e.name] + e.aliases).joined(separator: " | ")) + " | " + e.id.lowercased()
    }
    var sourceKeys: [String: Set<String>] = [:]
    for s in caseFile.sources {
      sourceKeys[s.id] = Set([s.id.lowercased()] + s.refs.map(String.init))
    }
    func keys(_ ids: [String]) -> Set<String> {
      ids.reduce(into: Set<String>()) { $0.formUnion(sourceKeys[$1] ?? [$1.lowercased()]) }
    }
    var eventsByActor: [String: [Event]] = [:]
    for e in timeline { for a in Set(e.actors) { eventsByActor[a, default: []].append(e) } }
    events = timeline.map { e in
      let actors = e.actors.map { names[$0] ?? $0.lowercased() }
      var parts = [e.title, e.summary ?? "", e.place ?? "", e.kind ?? ""] + e.tags
      for d in e.discrepancies { parts += [d.article, d.record] }
      let all = fold(parts.joined(separator: "\n")) + "\n" + actors.joined(separator: "\n")
      let cited = keys(e.sources + e.discrepancies.flatMap(\.sources))
      return EventText(
        all: all, actors: actors, kind: fold(e.kind ?? ""), tags: e.tags.map(fold), sources: cited)
    }
    entities = sortedEntities.map { e in
      let evs = eventsByActor[e.id] ?? []
      let parts =
        [e.name] + e.aliases + [e.role ?? "", e.summary ?? "", e.kind.rawValue]
        + e.relations.map(\.type)
      return EntityText(
        all: fold(parts.joined(separator: "\n")), names: names[e.id] ?? "",
        kind: e.kind.rawValue, years: evs.compactMap { $0.when?.years },
        tags: Set(evs.flatMap(\.tags).map(fold)),
        sources: keys(e.sources + e.relations.flatMap(\.sources)))
    }
    sources = sortedSources.map { s in
      let parts =
        [s.title, s.kind ?? "", s.publisher ?? "", s.note ?? "", s.url ?? "", s.refLabel]
        + s.authors
      return SourceText(
        all: fold(parts.joined(separator: "\n")), year: s.published?.year,
        keys: sourceKeys[s.id] ?? [])
    }
  }

  /// The reference over an index's own ordering of records.
  init(_ index: CaseIndex) {
    self.init(
      caseFile: index.caseFile, timeline: index.timeline, entities: index.entitiesByKind,
      sources: index.sourcesInOrder)
  }

  func eventPositions(matching query: SearchQuery) -> [Int] {
    events.indices.filter { i in matches(query) { eventMatches($0, events[i], timeline[i]) } }
  }

  func entityPositions(matching query: SearchQuery) -> [Int] {
    entities.indices.filter { i in matches(query) { entityMatches($0, entities[i]) } }
  }

  func sourcePositions(matching query: SearchQuery) -> [Int] {
    sources.indices.filter { i in matches(query) { sourceMatches($0, sources[i]) } }
  }

  private func matches(_ query: SearchQuery, _ test: (SearchQuery.Term) -> Bool) -> Bool {
    query.required.allSatisfy(test) && !query.excluded.contains(where: test)
  }

  private func eventMatches(_ term: SearchQuery.Term, _ t: EventText, _ e: Event) -> Bool {
    switch term {
    case .word(let w): return t.all.contains(w)
    case .phrase(let p): return t.all.contains(p)
    case .person(let p):
      let words = p.split(separator: " ")
      return t.actors.contains { a in words.allSatisfy { a.contains($0) } }
    case .years(let r): return e.when?.overlaps(years: r) ?? false
    case .kind(let k): return t.kind.hasPrefix(k)
    case .tag(let g): return t.tags.contains { $0.hasPrefix(g) }
    case .source(let s): return t.sources.contains(s)
    case .scope(let s): return e.scope == s
    case .status(let s): return e.status == s
    case .notebook: return false  // without a notebook, notebook words match nothing
    }
  }

  private func entityMatches(_ term: SearchQuery.Term, _ t: EntityText) -> Bool {
    switch term {
    case .word(let w): return t.all.contains(w)
    case .phrase(let p): return t.all.contains(p)
    case .person(let p): return p.split(separator: " ").allSatisfy { t.names.contains($0) }
    case .years(let r): return t.years.contains { $0.overlaps(r) }
    case .kind(let k): return t.kind.hasPrefix(k)
    case .tag(let g): return t.tags.contains { $0.hasPrefix(g) }
    case .source(let s): return t.sources.contains(s)
    case .scope, .status: return true
    case .notebook: return false
    }
  }

  private func sourceMatches(_ term: SearchQuery.Term, _ t: SourceText) -> Bool {
    switch term {
    case .word(let w): return t.all.contains(w)
    case .phrase(let p): return t.all.contains(p)
    case .person(let p): return p.split(separator: " ").allSatisfy { t.all.contains($0) }
    case .years(let r): return t.year.map { r.contains($0) } ?? false
    case .kind(let k): return t.all.contains(k)
    case .tag: return false
    case .source(let s): return t.keys.contains(s)
    case .scope, .status: return true
    case .notebook: return false
    }
  }

  /// The timeline order as `CaseIndex` first computed it, comparing `DateSpan`s.
  static func timeline(_ events: [Event]) -> [Event] {
    let order = events.indices.sorted { a, b in
      switch (events[a].when, events[b].when) {
      case (let x?, let y?): return x != y ? x < y : a < b
      case (.some, .none): return true
      case (.none, .some): return false
      case (.none, .none): return a < b
      }
    }
    return order.map { events[$0] }
  }
}

/// Folding as `TextFolding.fold` first did it: ASCII letters lower-cased, anything else
/// through Foundation.
enum ReferenceFold {
  static func fold(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0 }) {
      return String(
        decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
    return TextFolding.foldWithFoundation(text)
  }
}
