extension SearchIndex {
  /// The entities' searchable text: names, role, summary, kind and relation types folded
  /// into one string, their names and aliases, and the sources they cite.
  static func entityTexts(
    _ sortedEntities: [Entity], names: [String: String], keys: ([String]) -> Set<String>
  ) -> [EntityText] {
    sortedEntities.map { e in
      let parts =
        [e.name] + e.aliases + [e.role ?? "", e.summary ?? "", e.kind.rawValue]
        + e.relations.map(\.type)
      return EntityText(
        id: e.id, all: TextFolding.fold(parts.joined(separator: "\n")), names: names[e.id] ?? "",
        kind: e.kind.rawValue, sources: keys(e.sources + e.relations.flatMap(\.sources)))
    }
  }

  /// The years and tags of the events each entity takes part in.
  ///
  /// One pass over the events in timeline order feeds small per-actor accumulators (a
  /// million events make a few million updates, not a copy of every event per actor).
  /// The years are kept as a list of distinct ranges and the tags as a set: a filter asks
  /// only whether any range overlaps, or any tag starts with, what was typed.
  static func entityActivity(timeline: [Event], entities sortedEntities: [Entity])
    -> [EntityActivity]
  {
    var slots = ActorSlots()
    var years: [Set<UInt64>] = []
    var tagSets: [Set<UInt32>] = []
    var seen: [Int] = []
    var tagNumbering = StringNumbering()
    var foldedTags: [String] = []
    var eventTags: [UInt32] = []

    timeline.withUnsafeBufferPointer { events in
      for i in 0..<events.count {
        let actors = events[i].actors
        guard !actors.isEmpty else { continue }
        let when = events[i].when?.years
        eventTags.removeAll(keepingCapacity: true)
        for tag in events[i].tags {
          let (n, isNew) = tagNumbering.number(tag)
          if isNew { foldedTags.append(TextFolding.fold(tag)) }
          eventTags.append(n)
        }
        for a in actors {
          let (slot, isNew) = slots.slot(a)
          if isNew {
            seen.append(-1)
            years.append([])
            tagSets.append([])
          }
          guard seen[slot] != i else { continue }
          seen[slot] = i
          if let when {
            years[slot].insert(
              UInt64(UInt32(truncatingIfNeeded: when.lowerBound)) << 32
                | UInt64(UInt32(truncatingIfNeeded: when.upperBound)))
          }
          for t in eventTags { tagSets[slot].insert(t) }
        }
      }
    }

    return sortedEntities.map { e in
      let slot = slots.existingSlot(e.id)
      let ranges = slot.map { years[$0].sorted() } ?? []
      let tags = slot.map { tagSets[$0] } ?? []
      return EntityActivity(
        years: ranges.map {
          Int(Int32(truncatingIfNeeded: $0 >> 32))...Int(Int32(truncatingIfNeeded: $0))
        },
        tags: Set(tags.map { foldedTags[Int($0)] }))
    }
  }
}
