/// A loaded case file with the lookups every view needs, computed once.
///
/// The CLI and the browser never walk the raw arrays: they ask the index for events in
/// date order, an entity's events, what cites a source, or the record behind an id.
///
/// ```swift
/// let index = CaseIndex(try CaseFileLoader.load(path: "case.json"))
/// for event in index.events(involving: "garcia-luna") { print(event.title) }
/// ```
public struct CaseIndex: Sendable {
  /// The case file as loaded.
  public let caseFile: CaseFile
  /// Events in date order; undated events last, in file order.
  public let timeline: [Event]
  /// Entities grouped by kind (in ``Entity/Kind`` order), then by name.
  public let entitiesByKind: [Entity]
  /// The article's references in number order, then supplementary sources by title.
  public let sourcesInOrder: [Source]

  private let eventByID: [String: Int]
  private let entityByID: [String: Int]
  private let sourceByID: [String: Int]
  private let sourceByRef: [Int: Int]
  private let eventsByActor: [String: [Int]]
  /// Positions in `timeline`, by event id.
  private let timelinePosition: [String: Int]
  /// Folded text of every record, for ``events(matching:)`` and friends.
  public let search: SearchIndex

  public init(_ caseFile: CaseFile) {
    self.caseFile = caseFile
    let order = caseFile.events.indices.sorted { a, b in
      let ea = caseFile.events[a], eb = caseFile.events[b]
      switch (ea.when, eb.when) {
      case (let x?, let y?): return x != y ? x < y : a < b
      case (.some, .none): return true
      case (.none, .some): return false
      case (.none, .none): return a < b
      }
    }
    timeline = order.map { caseFile.events[$0] }
    var position: [String: Int] = [:]
    for (i, e) in timeline.enumerated() where position[e.id] == nil { position[e.id] = i }
    timelinePosition = position

    func firstIndex<T: Identifiable>(_ items: [T]) -> [String: Int] where T.ID == String {
      var map: [String: Int] = [:]
      for (i, item) in items.enumerated() where map[item.id] == nil { map[item.id] = i }
      return map
    }
    eventByID = firstIndex(timeline)
    entityByID = firstIndex(caseFile.entities)
    sourceByID = firstIndex(caseFile.sources)
    var refs: [Int: Int] = [:]
    for (i, s) in caseFile.sources.enumerated() { for r in s.refs where refs[r] == nil { refs[r] = i } }
    sourceByRef = refs
    var byActor: [String: [Int]] = [:]
    for (i, e) in timeline.enumerated() { for a in Set(e.actors) { byActor[a, default: []].append(i) } }
    eventsByActor = byActor

    let kindOrder = Dictionary(uniqueKeysWithValues: Entity.Kind.allCases.enumerated().map { ($1, $0) })
    entitiesByKind = caseFile.entities.sorted {
      let ka = kindOrder[$0.kind] ?? 0, kb = kindOrder[$1.kind] ?? 0
      if ka != kb { return ka < kb }
      return TextFolding.fold($0.name) < TextFolding.fold($1.name)
    }
    sourcesInOrder = caseFile.sources.sorted {
      switch ($0.refs.min(), $1.refs.min()) {
      case (let a?, let b?): return a < b
      case (.some, .none): return true
      case (.none, .some): return false
      case (.none, .none): return TextFolding.fold($0.title) < TextFolding.fold($1.title)
      }
    }
    search = SearchIndex(
      caseFile: caseFile, timeline: timeline, entities: entitiesByKind, sources: sourcesInOrder)
  }

  /// The event with this id.
  public func event(id: String) -> Event? { eventByID[id].map { timeline[$0] } }
  /// The entity with this id.
  public func entity(id: String) -> Entity? { entityByID[id].map { caseFile.entities[$0] } }
  /// The source with this id.
  public func source(id: String) -> Source? { sourceByID[id].map { caseFile.sources[$0] } }
  /// The source standing for the article's reference number `ref`.
  public func source(ref: Int) -> Source? { sourceByRef[ref].map { caseFile.sources[$0] } }

  /// An event's place in ``timeline``.
  public func timelinePosition(of eventID: String) -> Int? { timelinePosition[eventID] }

  /// The events an entity takes part in, in date order.
  public func events(involving entityID: String) -> [Event] {
    (eventsByActor[entityID] ?? []).map { timeline[$0] }
  }

  /// The actors of an event as entities, skipping ids that do not resolve.
  public func actors(of event: Event) -> [Entity] { event.actors.compactMap(entity(id:)) }

  /// The sources behind a list of source ids, skipping ids that do not resolve.
  public func sources(_ ids: [String]) -> [Source] { ids.compactMap(source(id:)) }

  /// Every source an event rests on: its own and those of its discrepancy notes, once each.
  public func allSources(of event: Event) -> [Source] {
    var seen = Set<String>()
    return (event.sources + event.discrepancies.flatMap(\.sources)).filter { seen.insert($0).inserted }
      .compactMap(source(id:))
  }

  /// Relations pointing at an entity from others, read "<from> <type> <this>".
  public func incomingRelations(to entityID: String) -> [(from: Entity, relation: Relation)] {
    caseFile.entities.flatMap { e in
      e.relations.filter { $0.to == entityID }.map { (from: e, relation: $0) }
    }
  }

  /// Everything that cites a source: events, entities, and relations.
  public func citations(of sourceID: String) -> SourceCitations {
    let events = timeline.filter {
      $0.sources.contains(sourceID) || $0.discrepancies.contains { $0.sources.contains(sourceID) }
    }
    let entities = entitiesByKind.filter { $0.sources.contains(sourceID) }
    var relations: [(from: Entity, relation: Relation)] = []
    for e in entitiesByKind {
      for r in e.relations where r.sources.contains(sourceID) { relations.append((e, r)) }
    }
    return SourceCitations(events: events, entities: entities, relations: relations)
  }

  /// The years that have dated events, with how many events touch each year.
  public var eventsPerYear: [(year: Int, count: Int)] {
    var counts: [Int: Int] = [:]
    for e in timeline { if let w = e.when { for y in w.years { counts[y, default: 0] += 1 } } }
    return counts.keys.sorted().map { ($0, counts[$0] ?? 0) }
  }
}

/// What cites a source.
public struct SourceCitations: Sendable {
  public var events: [Event]
  public var entities: [Entity]
  public var relations: [(from: Entity, relation: Relation)]

  /// Whether nothing cites the source.
  public var isEmpty: Bool { events.isEmpty && entities.isEmpty && relations.isEmpty }
}
