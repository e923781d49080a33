/// Folded text for every record, built once, so each query is plain substring tests.
///
/// Text is folded (lower case, no accents) when the index is built; a query is folded
/// the same way by ``SearchQuery/parse(_:)``. Results keep the index's order: events in
/// date order, entities by kind and name, sources by reference number.
///
/// Events, which can number a million, are searched by `EventSearchEngine` (a word index
/// and flat columns, built on first use; see docs/performance.md). Its matches are those
/// of the straightforward per-event test (an event's text, then each actor's names and
/// aliases, then the fields), which `Tests/LeaklineModelTests/Scale` keeps and checks it
/// against.
/// - Complexity: building is O(total text); a query is O(records × terms) for entities
///   and sources, and for events about O(matching events) once ``prepare(progress:)`` ran.
public struct SearchIndex: Sendable {
  struct EntityText: Sendable {
    var id: String
    var all: String
    var names: String
    var kind: String
    var sources: Set<String>
  }

  /// The years and tags of the events an entity takes part in, for `year:` and `tag:`.
  struct EntityActivity: Sendable {
    var years: [ClosedRange<Int>]
    var tags: Set<String>
  }

  struct SourceText: Sendable {
    var id: String
    var all: String
    var year: Int?
    var keys: Set<String>
  }

  /// The events' side.
  let engine: EventSearchEngine
  /// Built on first use.
  private let entities: Lazy<[EntityText]>
  /// Built when a query first asks for a year or a tag: a million events' years and tags
  /// take a second or two to gather, which a search for a name should not pay.
  private let activity: Lazy<[EntityActivity]>
  private let sources: [SourceText]

  /// Builds the index over records already in display order.
  init(
    caseFile: CaseFile, timeline: [Event], entities sortedEntities: [Entity],
    sources sortedSources: [Source]
  ) {
    var names: [String: String] = [:]
    for e in caseFile.entities {
      names[e.id] =
        TextFolding.fold(([e.name] + e.aliases).joined(separator: " | ")) + " | "
        + e.id.lowercased()
    }
    var sourceKeys: [String: Set<String>] = [:]
    for s in caseFile.sources {
      sourceKeys[s.id] = Set([s.id.lowercased()] + s.refs.map(String.init))
    }
    let keys: @Sendable ([String]) -> Set<String> = { [sourceKeys] ids in
      ids.reduce(into: Set<String>()) { $0.formUnion(sourceKeys[$1] ?? [$1.lowercased()]) }
    }
    engine = EventSearchEngine(caseFile: caseFile, timeline: timeline)
    entities = Lazy { [names] in
      SearchIndex.entityTexts(sortedEntities, names: names, keys: keys)
    }
    activity = Lazy { SearchIndex.entityActivity(timeline: timeline, entities: sortedEntities) }
    sources = sortedSources.map { s in
      let parts =
        [s.title, s.kind ?? "", s.publisher ?? "", s.note ?? "", s.url ?? "", s.refLabel]
        + s.authors
      return SourceText(
        id: s.id, all: TextFolding.fold(parts.joined(separator: "\n")), year: s.published?.year,
        keys: sourceKeys[s.id] ?? [])
    }
  }

  /// Positions in ``CaseIndex/timeline`` of the events that match, in date order.
  /// `notebook` answers the notebook words (`is:marked`, …); without it they match nothing.
  public func eventPositions(
    matching query: SearchQuery, in index: CaseIndex, notebook: NotebookSearch? = nil
  ) -> [Int] {
    engine.matches(query, notebook: notebook)?.positions() ?? []
  }

  /// Positions in ``CaseIndex/entitiesByKind`` of the entities that match.
  public func entityPositions(matching query: SearchQuery, notebook: NotebookSearch? = nil)
    -> [Int]
  {
    let entities = self.entities.value
    let needsActivity = (query.required + query.excluded).contains {
      switch $0 {
      case .years, .tag: true
      default: false
      }
    }
    let activity = needsActivity ? self.activity.value : []
    return entities.indices.filter { i in
      matches(query) {
        entityMatches($0, entities[i], needsActivity ? activity[i] : nil, notebook)
      }
    }
  }

  /// Positions in ``CaseIndex/sourcesInOrder`` of the sources that match.
  public func sourcePositions(matching query: SearchQuery, notebook: NotebookSearch? = nil)
    -> [Int]
  {
    sources.indices.filter { i in matches(query) { sourceMatches($0, sources[i], notebook) } }
  }

  private func matches(_ query: SearchQuery, _ test: (SearchQuery.Term) -> Bool) -> Bool {
    query.required.allSatisfy(test) && !query.excluded.contains(where: test)
  }

  /// `activity` is given whenever the query has a year or tag term.
  private func entityMatches(
    _ term: SearchQuery.Term, _ t: EntityText, _ activity: EntityActivity?,
    _ notebook: NotebookSearch?
  ) -> Bool {
    switch term {
    case .word(let w): return t.all.contains(w)
    case .phrase(let p): return t.all.contains(p)
    case .person(let p): return p.split(separator: " ").allSatisfy { t.names.contains($0) }
    case .years(let r): return activity?.years.contains { $0.overlaps(r) } ?? false
    case .kind(let k): return t.kind.hasPrefix(k)
    case .tag(let g): return activity?.tags.contains { $0.hasPrefix(g) } ?? false
    case .source(let s): return t.sources.contains(s)
    case .scope, .status: return true
    case .notebook(let n): return notebook?.matches(n, .entity, t.id) ?? false
    }
  }

  private func sourceMatches(_ term: SearchQuery.Term, _ t: SourceText, _ notebook: NotebookSearch?)
    -> Bool
  {
    switch term {
    case .word(let w): return t.all.contains(w)
    case .phrase(let p): return t.all.contains(p)
    case .person(let p): return p.split(separator: " ").allSatisfy { t.all.contains($0) }
    case .years(let r): return t.year.map { r.contains($0) } ?? false
    case .kind(let k): return t.all.contains(k)
    case .tag: return false
    case .source(let s): return t.keys.contains(s)
    case .scope, .status: return true
    case .notebook(let n): return notebook?.matches(n, .source, t.id) ?? false
    }
  }
}

extension CaseIndex {
  /// The events matching a query, in date order.
  public func events(matching query: SearchQuery, notebook: NotebookSearch? = nil) -> [Event] {
    search.eventPositions(matching: query, in: self, notebook: notebook).map { timeline[$0] }
  }

  /// The entities matching a query, by kind and name.
  public func entities(matching query: SearchQuery, notebook: NotebookSearch? = nil) -> [Entity] {
    search.entityPositions(matching: query, notebook: notebook).map { entitiesByKind[$0] }
  }

  /// The sources matching a query, by reference number.
  public func sources(matching query: SearchQuery, notebook: NotebookSearch? = nil) -> [Source] {
    search.sourcePositions(matching: query, notebook: notebook).map { sourcesInOrder[$0] }
  }
}
