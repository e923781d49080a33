/// For each actor id, the timeline positions of the events it takes part in, in order:
/// `CaseIndex`'s `eventsByActor`, built with byte-keyed numbering instead of a million
/// dictionary updates.
///
/// Ids are numbered by their bytes; ids that are equal as strings but spelled with other
/// bytes share one list, as they would as dictionary keys, and an event listing an actor
/// twice counts once, as `Set(event.actors)` would.
enum ActorPositions {
  static func build(_ timeline: [Event]) -> [String: [Int]] {
    var numbering = StringNumbering(capacity: 4096)
    var slotOfNumber: [Int] = []
    var slotOf: [String: Int] = [:]
    var keys: [String] = []
    var lists: [[Int]] = []
    timeline.withUnsafeBufferPointer { events in
      for i in 0..<events.count {
        let actors = events[i].actors
        for (k, a) in actors.enumerated() where k == 0 || !actors[..<k].contains(a) {
          let (n, isNew) = numbering.number(a)
          if isNew {
            if let same = slotOf[a] {
              slotOfNumber.append(same)
            } else {
              slotOf[a] = lists.count
              slotOfNumber.append(lists.count)
              keys.append(a)
              lists.append([])
            }
          }
          lists[slotOfNumber[Int(n)]].append(i)
        }
      }
    }
    var out: [String: [Int]] = [:]
    out.reserveCapacity(keys.count)
    for (slot, key) in keys.enumerated() { out[key] = lists[slot] }
    return out
  }
}
