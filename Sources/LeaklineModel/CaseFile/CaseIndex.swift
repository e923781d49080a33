import Foundation

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

  /// Positions in `timeline`, by event id (the first, if ids repeat). Built on first use,
  /// as is `eventsByActor`: at a million events each takes a noticeable moment, and a
  /// one-off command such as `leakline search` needs neither.
  private let eventByID: Lazy<[String: Int]>
  private let entityByID: [String: Int]
  private let sourceByID: [String: Int]
  private let sourceByRef: [Int: Int]
  private let eventsByActor: Lazy<[String: [Int]]>
  /// Positions in `timeline` of the events citing each source (directly or in a
  /// discrepancy note), built on first use like `eventsByActor`.
  private let eventsBySource: Lazy<[String: [Int]]>
  /// Folded text of every record, for ``events(matching:)`` and friends.
  public let search: SearchIndex

  public init(_ caseFile: CaseFile) {
    self.caseFile = caseFile
    // Dates as integers, so the sort compares numbers; the answers (and so the order)
    // are those of comparing the `DateSpan`s. See TimelineKey.
    let keys = caseFile.events.map { TimelineKey($0.when) }
    let order = caseFile.events.indices.sorted { a, b in
      switch (keys[a].isDated, keys[b].isDated) {
      case (true, true): return keys[a].span != keys[b].span ? keys[a].order < keys[b].order : a < b
      case (true, false): return true
      case (false, true): return false
      case (false, false): return a < b
      }
    }
    // Files usually come in date order; then the timeline shares the events' storage.
    let timeline =
      order.elementsEqual(caseFile.events.indices)
      ? caseFile.events : order.map { caseFile.events[$0] }
    self.timeline = timeline
    eventByID = Lazy {
      var position: [String: Int] = [:]
      position.reserveCapacity(timeline.count)
      for i in timeline.indices where position[timeline[i].id] == nil {
        position[timeline[i].id] = i
      }
      return position
    }

    func firstIndex<T: Identifiable>(_ items: [T]) -> [String: Int] where T.ID == String {
      var map: [String: Int] = [:]
      for (i, item) in items.enumerated() where map[item.id] == nil { map[item.id] = i }
      return map
    }
    entityByID = firstIndex(caseFile.entities)
    sourceByID = firstIndex(caseFile.sources)
    var refs: [Int: Int] = [:]
    for (i, s) in caseFile.sources.enumerated() {
      for r in s.refs where refs[r] == nil { refs[r] = i }
    }
    sourceByRef = refs
    eventsByActor = Lazy { ActorPositions.build(timeline) }
    eventsBySource = Lazy { CaseIndex.citingPositions(timeline) }

    // Sorting positions with every name folded once, rather than twice per comparison,
    // gives the same order: the comparisons give the same answers.
    let kindOrder = Dictionary(
      uniqueKeysWithValues: Entity.Kind.allCases.enumerated().map { ($1, $0) })
    let entities = caseFile.entities
    let entityKinds = entities.map { kindOrder[$0.kind] ?? 0 }
    let entityNames = entities.map { TextFolding.fold($0.name) }
    entitiesByKind = entities.indices.sorted { a, b in
      if entityKinds[a] != entityKinds[b] { return entityKinds[a] < entityKinds[b] }
      return entityNames[a] < entityNames[b]
    }.map { entities[$0] }
    let sources = caseFile.sources
    let firstRefs = sources.map { $0.refs.min() }
    let sourceTitles = sources.map { $0.refs.isEmpty ? TextFolding.fold($0.title) : "" }
    sourcesInOrder = sources.indices.sorted { a, b in
      switch (firstRefs[a], firstRefs[b]) {
      case (let x?, let y?): return x < y
      case (.some, .none): return true
      case (.none, .some): return false
      case (.none, .none): return sourceTitles[a] < sourceTitles[b]
      }
    }.map { sources[$0] }
    search = SearchIndex(
      caseFile: caseFile, timeline: timeline, entities: entitiesByKind, sources: sourcesInOrder)
  }

  /// The event with this id.
  public func event(id: String) -> Event? { eventByID.value[id].map { timeline[$0] } }
  /// The entity with this id.
  public func entity(id: String) -> Entity? { entityByID[id].map { caseFile.entities[$0] } }
  /// The source with this id.
  public func source(id: String) -> Source? { sourceByID[id].map { caseFile.sources[$0] } }
  /// The source standing for the article's reference number `ref`.
  public func source(ref: Int) -> Source? { sourceByRef[ref].map { caseFile.sources[$0] } }

  /// An event's place in ``timeline``.
  public func timelinePosition(of eventID: String) -> Int? { eventByID.value[eventID] }

  /// The events an entity takes part in, in date order.
  public func events(involving entityID: String) -> [Event] {
    eventPositions(involving: entityID).map { timeline[$0] }
  }

  /// Where in ``timeline`` the events an entity takes part in are, in date order: for a
  /// dossier of tens of thousands of events, which shows a screen of them at a time.
  public func eventPositions(involving entityID: String) -> [Int] {
    eventsByActor.value[entityID] ?? []
  }

  /// The actors of an event as entities, skipping ids that do not resolve.
  public func actors(of event: Event) -> [Entity] { event.actors.compactMap(entity(id:)) }

  /// The sources behind a list of source ids, skipping ids that do not resolve.
  public func sources(_ ids: [String]) -> [Source] { ids.compactMap(source(id:)) }

  /// Every source an event rests on: its own and those of its discrepancy notes, once each.
  public func allSources(of event: Event) -> [Source] {
    var seen = Set<String>()
    return (event.sources + event.discrepancies.flatMap(\.sources)).filter {
      seen.insert($0).inserted
    }
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
    let events = (eventsBySource.value[sourceID] ?? []).map { timeline[$0] }
    let entities = entitiesByKind.filter { $0.sources.contains(sourceID) }
    var relations: [(from: Entity, relation: Relation)] = []
    for e in entitiesByKind {
      for r in e.relations where r.sources.contains(sourceID) { relations.append((e, r)) }
    }
    return SourceCitations(events: events, entities: entities, relations: relations)
  }

  /// Builds now, on both cores, the lookups otherwise built on first use (events by id,
  /// by actor and by source), so that a browser on a million events opens an event, a
  /// dossier or a source page within a frame. A one-off command needs none of this.
  public func prepareLookups() {
    DispatchQueue.concurrentPerform(iterations: 3) { i in
      switch i {
      case 0: _ = eventByID.value
      case 1: _ = eventsByActor.value
      default: _ = eventsBySource.value
      }
    }
  }

  /// Positions of the events citing each source, each event once per source, in order.
  static func citingPositions(_ timeline: [Event]) -> [String: [Int]] {
    var positions: [String: [Int]] = [:]
    for (i, event) in timeline.enumerated() {
      for id in event.sources where positions[id]?.last != i {
        positions[id, default: []].append(i)
      }
      for note in event.discrepancies {
        for id in note.sources where positions[id]?.last != i {
          positions[id, default: []].append(i)
        }
      }
    }
    return positions
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
