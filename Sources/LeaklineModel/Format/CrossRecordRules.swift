/// The rules between records, written once: ids unique across the file, references that
/// point at a record of the right kind, reference numbers claimed by one source, no
/// relation from an entity to itself, and ranges that run forwards.
///
/// Both readers walk the records with ``check(_:includingEvents:into:)``: the fast reader
/// with a ``CrossRecordFindings`` that stops at the first problem (the file then goes to
/// the diagnosing reader), the diagnosing reader (``CaseFileValidator``) with one that
/// writes a message for each.
enum CrossRecordRules {
  /// The three collections that share one namespace of ids.
  enum Collection: String {
    case source, entity, event
  }

  /// Where a reference is written, by record and item number.
  enum Place {
    case entitySource(entity: Int, item: Int)
    case relationTarget(entity: Int, relation: Int)
    case relationSource(entity: Int, relation: Int, item: Int)
    case eventActor(event: Int, item: Int)
    case eventSource(event: Int, item: Int)
    case discrepancySource(event: Int, discrepancy: Int, item: Int)
  }

  /// Checks `caseFile`, telling `findings` of each problem in the order a person reads
  /// them (ids, reference numbers, entities, events) until it answers `false`. Without
  /// `includingEvents`, events are left out: the fast reader checked them as it read them.
  static func check<F: CrossRecordFindings>(
    _ caseFile: CaseFile, includingEvents: Bool, into findings: inout F
  ) {
    var owners: [String: (Collection, Int)] = [:]
    owners.reserveCapacity(
      caseFile.sources.count + caseFile.entities.count
        + (includingEvents ? caseFile.events.count : 0))
    func claim(_ id: String, _ collection: Collection, _ index: Int, _ f: inout F) -> Bool {
      if let first = owners[id] {
        return f.idTaken(id, by: collection, index, first: first.0, first.1)
      }
      owners[id] = (collection, index)
      return true
    }
    for (i, source) in caseFile.sources.enumerated() {
      guard claim(source.id, .source, i, &findings) else { return }
    }
    for (i, entity) in caseFile.entities.enumerated() {
      guard claim(entity.id, .entity, i, &findings) else { return }
    }
    if includingEvents {
      for (i, event) in caseFile.events.enumerated() {
        guard claim(event.id, .event, i, &findings) else { return }
      }
    }

    var refOwners: [Int: String] = [:]
    for (i, source) in caseFile.sources.enumerated() {
      for (j, number) in source.refs.enumerated() {
        if let other = refOwners[number], other != source.id {
          guard findings.referenceNumberTaken(number, source: i, item: j, firstBy: other)
          else { return }
        } else {
          refOwners[number] = source.id
        }
      }
    }

    /// Whether the walk goes on after checking that `id` names a record of `expected`.
    func resolve(_ id: String, _ expected: Collection, _ place: Place, _ f: inout F) -> Bool {
      let found = owners[id]?.0
      if found == expected { return true }
      return f.badReference(id, at: place, expected: expected, found: found)
    }

    for (e, entity) in caseFile.entities.enumerated() {
      for (i, id) in entity.sources.enumerated() {
        guard resolve(id, .source, .entitySource(entity: e, item: i), &findings) else { return }
      }
      for (r, relation) in entity.relations.enumerated() {
        if relation.to == entity.id {
          guard findings.relationToItself(entity: e, relation: r) else { return }
        } else {
          guard resolve(relation.to, .entity, .relationTarget(entity: e, relation: r), &findings)
          else { return }
        }
        for (i, id) in relation.sources.enumerated() {
          let place = Place.relationSource(entity: e, relation: r, item: i)
          guard resolve(id, .source, place, &findings) else { return }
        }
      }
    }

    guard includingEvents else { return }
    for (e, event) in caseFile.events.enumerated() {
      for (i, id) in event.actors.enumerated() {
        guard resolve(id, .entity, .eventActor(event: e, item: i), &findings) else { return }
      }
      for (i, id) in event.sources.enumerated() {
        guard resolve(id, .source, .eventSource(event: e, item: i), &findings) else { return }
      }
      for (d, discrepancy) in event.discrepancies.enumerated() {
        for (i, id) in discrepancy.sources.enumerated() {
          let place = Place.discrepancySource(event: e, discrepancy: d, item: i)
          guard resolve(id, .source, place, &findings) else { return }
        }
      }
      if !runsForwards(event.when) {
        guard findings.rangeRunsBackwards(event: e) else { return }
      }
    }
  }

  /// Whether a range ends on or after its start (a single date always does).
  static func runsForwards(_ when: DateSpan?) -> Bool {
    guard let when, let end = when.end else { return true }
    return end.lastDay >= when.start.firstDay
  }
}

/// What ``CrossRecordRules`` found; each method answers whether to go on looking.
protocol CrossRecordFindings {
  /// `id`, of the record `index` of `collection`, was first taken by `firstIndex` of
  /// `firstCollection`.
  mutating func idTaken(
    _ id: String, by collection: CrossRecordRules.Collection, _ index: Int,
    first firstCollection: CrossRecordRules.Collection, _ firstIndex: Int
  ) -> Bool
  /// Item `item` of source `source`'s `refs`, `number`, is claimed by the source `firstBy`.
  mutating func referenceNumberTaken(_ number: Int, source: Int, item: Int, firstBy: String)
    -> Bool
  /// `id` at `place` names no record of `expected`; `found` is what it does name, if any.
  mutating func badReference(
    _ id: String, at place: CrossRecordRules.Place, expected: CrossRecordRules.Collection,
    found: CrossRecordRules.Collection?
  ) -> Bool
  mutating func relationToItself(entity: Int, relation: Int) -> Bool
  mutating func rangeRunsBackwards(event: Int) -> Bool
}

/// The fast reader's findings: whether there were none.
struct NoCrossRecordProblems: CrossRecordFindings {
  var isValid = true

  mutating func idTaken(
    _: String, by _: CrossRecordRules.Collection, _: Int, first _: CrossRecordRules.Collection,
    _: Int
  ) -> Bool { stop() }
  mutating func referenceNumberTaken(_: Int, source _: Int, item _: Int, firstBy _: String)
    -> Bool
  { stop() }
  mutating func badReference(
    _: String, at _: CrossRecordRules.Place, expected _: CrossRecordRules.Collection,
    found _: CrossRecordRules.Collection?
  ) -> Bool { stop() }
  mutating func relationToItself(entity _: Int, relation _: Int) -> Bool { stop() }
  mutating func rangeRunsBackwards(event _: Int) -> Bool { stop() }

  private mutating func stop() -> Bool {
    isValid = false
    return false
  }
}
