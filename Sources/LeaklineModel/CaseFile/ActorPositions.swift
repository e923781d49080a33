/// For each actor id, the timeline positions of the events it takes part in, in order:
/// `CaseIndex`'s `eventsByActor`, built with byte-keyed numbering instead of a million
/// dictionary updates.
///
/// Ids are numbered by their bytes; ids that are equal as strings but spelled with other
/// bytes share one list, as they would as dictionary keys, and an event listing an actor
/// twice counts once, as `Set(event.actors)` would.
enum ActorPositions {
  static func build(_ timeline: [Event]) -> [String: [Int]] {
    var slots = ActorSlots()
    var lists: [[Int]] = []
    timeline.withUnsafeBufferPointer { events in
      for i in 0..<events.count {
        for a in events[i].actors {
          let (slot, isNew) = slots.slot(a)
          if isNew { lists.append([]) }
          if lists[slot].last != i { lists[slot].append(i) }
        }
      }
    }
    var out: [String: [Int]] = [:]
    out.reserveCapacity(slots.keys.count)
    for (slot, key) in slots.keys.enumerated() { out[key] = lists[slot] }
    return out
  }
}
