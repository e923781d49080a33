import Foundation

/// Everything a query can ask about events besides their text, as flat arrays in
/// timeline order: years, scope, status, and for kinds, tags, actors and cited sources
/// an index into a short table of distinct folded values.
///
/// A field filter is then answered by testing the few distinct values once (`kind:arr`
/// against 15 kinds) and sweeping an array of small integers, instead of folding and
/// comparing strings a million times. Each part is built the first time a query needs
/// it, so a one-off word search builds only the actors.
final class EventColumns: Sendable {
  let count: Int
  private let timeline: [Event]
  let dates: Lazy<Dates>
  let kinds: Lazy<Kinds>
  let tags: Lazy<Values<String>>
  let actors: Lazy<Values<String>>
  /// The actors' texts, ready for finding words in them.
  let actorTexts: Lazy<FoldedNames>
  let cites: Lazy<Values<Set<String>>>

  /// First and last year each event touches (undated events have an empty range), its
  /// scope and its status.
  struct Dates: Sendable {
    var firstYear: [Int16]
    var lastYear: [Int16]
    var scope: [UInt8]
    var status: [UInt8]
  }

  /// The folded kind of each event (`""` when it has none), as an index into `values`.
  struct Kinds: Sendable {
    var of: [UInt32]
    var values: [String]
  }

  /// For each event, a list of values: folded tags; actors' folded "name | alias | … |
  /// id" as ``SearchIndex`` builds them; or cited sources' keys (the id, lower-cased, and
  /// the reference numbers).
  struct Values<Value: Sendable>: Sendable {
    var lists: ValueLists
    var values: [Value]
    /// The key each value was made from (an actor's or source's id, a tag as written),
    /// for facets that show the record behind a value.
    var keys: [String]
  }

  init(caseFile: CaseFile, timeline: [Event]) {
    count = timeline.count
    self.timeline = timeline
    dates = Lazy { EventColumns.dates(timeline) }
    kinds = Lazy {
      var numbering = StringNumbering()
      var values: [String] = []
      let of = timeline.map { e -> UInt32 in
        let kind = e.kind ?? ""
        let (n, isNew) = numbering.number(kind)
        if isNew { values.append(TextFolding.fold(kind)) }
        return n
      }
      return Kinds(of: of, values: values)
    }
    tags = Lazy { EventColumns.values(timeline, { $0.tags }, TextFolding.fold) }
    let entities = caseFile.entities
    actors = Lazy {
      var names: [String: String] = [:]
      for e in entities {
        names[e.id] =
          TextFolding.fold(([e.name] + e.aliases).joined(separator: " | ")) + " | "
          + e.id.lowercased()
      }
      return EventColumns.values(timeline, { $0.actors }) { names[$0] ?? $0.lowercased() }
    }
    actorTexts = Lazy { [actors] in FoldedNames(actors.value.values) }
    let sources = caseFile.sources
    cites = Lazy {
      var keys: [String: Set<String>] = [:]
      for s in sources { keys[s.id] = Set([s.id.lowercased()] + s.refs.map(String.init)) }
      return EventColumns.values(
        timeline, { $0.sources + $0.discrepancies.flatMap(\.sources) },
        { keys[$0] ?? [$0.lowercased()] },
        once: true)
    }
  }

  private static func dates(_ timeline: [Event]) -> Dates {
    var d = Dates(
      firstYear: [Int16](repeating: Int16.max, count: timeline.count),
      lastYear: [Int16](repeating: Int16.min, count: timeline.count),
      scope: [UInt8](repeating: 0, count: timeline.count),
      status: [UInt8](repeating: 0, count: timeline.count))
    let scopes = Event.Scope.allCases
    let statuses = Event.Status.allCases
    for i in timeline.indices {
      if let years = timeline[i].when?.years {
        d.firstYear[i] = Int16(clamping: years.lowerBound)
        d.lastYear[i] = Int16(clamping: years.upperBound)
      }
      d.scope[i] = UInt8(scopes.firstIndex(of: timeline[i].scope) ?? 0)
      d.status[i] = UInt8(statuses.firstIndex(of: timeline[i].status) ?? 0)
    }
    return d
  }

  /// Each event's `keys`, numbered by their bytes; each new number gets its value from
  /// `value(key)`, looked up by `String` as ``SearchIndex`` does, so the values are the
  /// same. With `once`, an event lists a value once.
  private static func values<Value>(
    _ timeline: [Event], _ keys: (Event) -> [String], _ value: (String) -> Value, once: Bool = false
  ) -> Values<Value> {
    var numbering = StringNumbering(capacity: 4096)
    var values: [Value] = []
    var keysOfValues: [String] = []
    var lists = ValueLists.Builder(count: timeline.count)
    for i in timeline.indices {
      for key in keys(timeline[i]) {
        let (n, isNew) = numbering.number(key)
        if isNew {
          values.append(value(key))
          keysOfValues.append(key)
        }
        if once { lists.appendOnce(n) } else { lists.append(n) }
      }
      lists.endList()
    }
    return Values(
      lists: lists.build(valueCount: values.count), values: values, keys: keysOfValues)
  }

  /// The events whose year range overlaps `years`.
  func events(inYears years: ClosedRange<Int>) -> Bitset {
    let d = dates.value
    var out = Bitset(capacity: count)
    let lo = Int16(clamping: years.lowerBound)
    let hi = Int16(clamping: years.upperBound)
    d.firstYear.withUnsafeBufferPointer { first in
      d.lastYear.withUnsafeBufferPointer { last in
        out.withWords { w in
          for i in 0..<count where first[i] <= hi && lo <= last[i] {
            w[i >> 6] |= 1 << UInt64(i & 63)
          }
        }
      }
    }
    return out
  }

  /// The events whose byte in `column` is `value`.
  func events(where column: [UInt8], is value: UInt8) -> Bitset {
    var out = Bitset(capacity: count)
    column.withUnsafeBufferPointer { c in
      out.withWords { w in
        for i in 0..<count where c[i] == value { w[i >> 6] |= 1 << UInt64(i & 63) }
      }
    }
    return out
  }

  /// The events whose kind starts with `prefix`.
  func events(withKindPrefix prefix: String) -> Bitset {
    let k = kinds.value
    let matching = k.values.map { $0.hasPrefix(prefix) }
    var out = Bitset(capacity: count)
    guard matching.contains(true) else { return out }
    k.of.withUnsafeBufferPointer { of in
      matching.withUnsafeBufferPointer { m in
        out.withWords { w in
          for i in 0..<count where m[Int(of[i])] { w[i >> 6] |= 1 << UInt64(i & 63) }
        }
      }
    }
    return out
  }
}

/// For each event, a short list of small integers (tags, actors or cited sources), kept
/// as one flat array with offsets, plus the inverse lists (for each value, its events)
/// for the filters that match only a few values.
struct ValueLists: Sendable {
  /// Event `i`'s values are `values[starts[i]..<starts[i + 1]]`.
  let starts: [UInt32]
  let values: [UInt32]
  /// Value `v`'s events are `eventsOf[inverseStarts[v]..<inverseStarts[v + 1]]`, in order.
  let inverseStarts: [UInt32]
  let eventsOf: [UInt32]

  struct Builder {
    var starts: [UInt32]
    var values: [UInt32] = []
    private var listStart = 0

    init(count: Int) {
      starts = [0]
      starts.reserveCapacity(count + 1)
    }

    mutating func append(_ v: UInt32) { values.append(v) }

    /// Appends `v` unless this event's list has it already.
    mutating func appendOnce(_ v: UInt32) {
      for i in listStart..<values.count where values[i] == v { return }
      values.append(v)
    }

    mutating func endList() {
      starts.append(UInt32(values.count))
      listStart = values.count
    }

    func build(valueCount: Int) -> ValueLists {
      var counts = [UInt32](repeating: 0, count: valueCount + 1)
      // An event lists a value at most once in the inverse lists.
      var inverseCount = 0
      for e in 0..<(starts.count - 1) {
        for i in Int(starts[e])..<Int(starts[e + 1]) where isFirst(i, e) {
          counts[Int(values[i]) + 1] += 1
          inverseCount += 1
        }
      }
      for v in 0..<valueCount { counts[v + 1] += counts[v] }
      var fill = counts
      var eventsOf = [UInt32](repeating: 0, count: inverseCount)
      for e in 0..<(starts.count - 1) {
        for i in Int(starts[e])..<Int(starts[e + 1]) where isFirst(i, e) {
          let v = Int(values[i])
          eventsOf[Int(fill[v])] = UInt32(e)
          fill[v] += 1
        }
      }
      return ValueLists(starts: starts, values: values, inverseStarts: counts, eventsOf: eventsOf)
    }

    private func isFirst(_ i: Int, _ e: Int) -> Bool {
      for j in Int(starts[e])..<i where values[j] == values[i] { return false }
      return true
    }
  }

  /// The events with at least one value for which `matching` is true: through the
  /// inverse lists when the matching values have few events, else by a sweep.
  func events(matching: [Bool], count: Int, skipping already: Bitset? = nil) -> Bitset {
    var out = Bitset(capacity: count)
    var inverseCost = 0
    for (v, m) in matching.enumerated() where m {
      inverseCost += Int(inverseStarts[v + 1] - inverseStarts[v])
    }
    if inverseCost == 0 { return out }
    if inverseCost < values.count / 2 {
      eventsOf.withUnsafeBufferPointer { ev in
        out.withWords { w in
          for (v, m) in matching.enumerated() where m {
            for k in Int(inverseStarts[v])..<Int(inverseStarts[v + 1]) {
              let e = Int(ev[k])
              w[e >> 6] |= 1 << UInt64(e & 63)
            }
          }
        }
      }
      return out
    }
    // A sweep, skipping 64 events at a time where `already` has them all.
    let skip = already?.words ?? []
    starts.withUnsafeBufferPointer { s in
      values.withUnsafeBufferPointer { vals in
        matching.withUnsafeBufferPointer { m in
          out.withWords { w in
            for word in 0..<w.count {
              var todo: UInt64 = word < skip.count ? ~skip[word] : ~0
              while todo != 0 {
                let e = word << 6 | todo.trailingZeroBitCount
                todo &= todo &- 1
                guard e < count else { break }
                for k in Int(s[e])..<Int(s[e + 1]) where m[Int(vals[k])] {
                  w[word] |= 1 << UInt64(e & 63)
                  break
                }
              }
            }
          }
        }
      }
    }
    return out
  }
}
