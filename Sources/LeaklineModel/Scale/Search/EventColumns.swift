import Foundation

/// Everything a query can ask about events besides their text, as flat arrays in
/// timeline order: years, scope, status, and for kinds, tags, actors and cited sources
/// an index into a short table of distinct folded values.
///
/// A field filter is then answered by testing the few distinct values once (`kind:arr`
/// against 15 kinds) and sweeping an array of small integers, instead of folding and
/// comparing strings a million times.
final class EventColumns: Sendable {
  let count: Int
  /// First and last year each event touches; undated events have an empty range.
  let firstYear: [Int16]
  let lastYear: [Int16]
  let scope: [UInt8]
  let status: [UInt8]
  /// The folded kind of each event (`""` when it has none), as an index into `kinds`.
  let kindOf: [UInt32]
  let kinds: [String]
  /// Folded tags.
  let tags: ValueLists
  let tagValues: [String]
  /// Actors: per event, indices into `actorTexts`, each an actor's folded
  /// "name | alias | … | id" as ``SearchIndex`` builds it.
  let actors: ValueLists
  let actorTexts: SearchableText
  /// Cited sources (events' and discrepancy notes'), with the keys each answers to
  /// (its id, lower-cased, and its reference numbers).
  let cites: ValueLists
  let citeKeys: [Set<String>]

  init(caseFile: CaseFile, timeline: [Event]) {
    count = timeline.count
    var names: [String: String] = [:]
    for e in caseFile.entities {
      names[e.id] = TextFolding.fold(([e.name] + e.aliases).joined(separator: " | ")) + " | " + e.id.lowercased()
    }
    var sourceKeys: [String: Set<String>] = [:]
    for s in caseFile.sources {
      sourceKeys[s.id] = Set([s.id.lowercased()] + s.refs.map(String.init))
    }

    var firstYear = [Int16](repeating: Int16.max, count: count)
    var lastYear = [Int16](repeating: Int16.min, count: count)
    var scope = [UInt8](repeating: 0, count: count)
    var status = [UInt8](repeating: 0, count: count)
    var kindOf = [UInt32](repeating: 0, count: count)
    var kindIndex = StringNumbering()
    var kinds: [String] = []
    var tags = ValueLists.Builder(count: count)
    var tagIndex = StringNumbering()
    var tagValues: [String] = []
    var actors = ValueLists.Builder(count: count)
    var actorIndex = StringNumbering(capacity: 4096)
    var actorTexts: [String] = []
    var cites = ValueLists.Builder(count: count)
    var citeIndex = StringNumbering(capacity: 4096)
    var citeKeys: [Set<String>] = []
    let scopes = Event.Scope.allCases
    let statuses = Event.Status.allCases

    // Values are numbered by their bytes; each new number looks its value up by
    // `String`, as SearchIndex does, so the values are the same.
    func intern(_ key: String, _ index: inout StringNumbering, _ make: () -> Void) -> UInt32 {
      let (number, isNew) = index.number(key)
      if isNew { make() }
      return number
    }

    for (i, e) in timeline.enumerated() {
      if let when = e.when {
        let years = when.years
        firstYear[i] = Int16(clamping: years.lowerBound)
        lastYear[i] = Int16(clamping: years.upperBound)
      }
      scope[i] = UInt8(scopes.firstIndex(of: e.scope) ?? 0)
      status[i] = UInt8(statuses.firstIndex(of: e.status) ?? 0)
      let kind = e.kind ?? ""
      kindOf[i] = intern(kind, &kindIndex) { kinds.append(TextFolding.fold(kind)) }
      for tag in e.tags {
        tags.append(intern(tag, &tagIndex) { tagValues.append(TextFolding.fold(tag)) })
      }
      tags.endList()
      for a in e.actors {
        actors.append(intern(a, &actorIndex) { actorTexts.append(names[a] ?? a.lowercased()) })
      }
      actors.endList()
      for id in e.sources {
        cites.appendOnce(intern(id, &citeIndex) { citeKeys.append(sourceKeys[id] ?? [id.lowercased()]) })
      }
      for d in e.discrepancies {
        for id in d.sources {
          cites.appendOnce(intern(id, &citeIndex) { citeKeys.append(sourceKeys[id] ?? [id.lowercased()]) })
        }
      }
      cites.endList()
    }
    self.firstYear = firstYear
    self.lastYear = lastYear
    self.scope = scope
    self.status = status
    self.kindOf = kindOf
    self.kinds = kinds
    self.tags = tags.build(valueCount: tagValues.count)
    self.tagValues = tagValues
    self.actors = actors.build(valueCount: actorTexts.count)
    self.actorTexts = SearchableText(actorTexts)
    self.cites = cites.build(valueCount: citeKeys.count)
    self.citeKeys = citeKeys
  }

  /// The events whose year range overlaps `years`.
  func events(inYears years: ClosedRange<Int>, within scope: Bitset?) -> Bitset {
    var out = Bitset(capacity: count)
    let lo = Int16(clamping: years.lowerBound)
    let hi = Int16(clamping: years.upperBound)
    firstYear.withUnsafeBufferPointer { first in
      lastYear.withUnsafeBufferPointer { last in
        out.withWords { w in
          for i in 0..<count where first[i] <= hi && lo <= last[i] {
            w[i >> 6] |= 1 << UInt64(i & 63)
          }
        }
      }
    }
    if let scope { out.formIntersection(scope) }
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

  /// The events whose kind is one of the `matching` distinct kinds.
  func events(withKind matching: [Bool]) -> Bitset {
    var out = Bitset(capacity: count)
    guard matching.contains(true) else { return out }
    kindOf.withUnsafeBufferPointer { k in
      matching.withUnsafeBufferPointer { m in
        out.withWords { w in
          for i in 0..<count where m[Int(k[i])] { w[i >> 6] |= 1 << UInt64(i & 63) }
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
    starts.withUnsafeBufferPointer { s in
      values.withUnsafeBufferPointer { vals in
        matching.withUnsafeBufferPointer { m in
          out.withWords { w in
            for e in 0..<count {
              if let already, already.contains(e) { continue }
              for k in Int(s[e])..<Int(s[e + 1]) where m[Int(vals[k])] {
                w[e >> 6] |= 1 << UInt64(e & 63)
                break
              }
            }
          }
        }
      }
    }
    return out
  }
}
