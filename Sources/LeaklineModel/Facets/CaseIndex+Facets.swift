import Foundation

extension CaseIndex {
  /// The frequency table of `field` over the events matching `query` (everything for an
  /// empty query): who turns up most, which sources carry the most, which years.
  public func facet(_ field: FacetField, matching query: SearchQuery) -> Facet {
    facet(field, within: search.engine.matches(query) ?? Bitset(capacity: timeline.count))
  }

  /// The frequency table of `field` over a list the browser already holds.
  public func facet(_ field: FacetField, over matches: EventMatches) -> Facet {
    facet(field, within: matches.bits)
  }

  func facet(_ field: FacetField, within list: Bitset) -> Facet {
    let columns = search.engine.columns
    let values: [FacetValue]
    switch field {
    case .actor: values = actorValues(columns, list)
    case .kind: values = kindValues(columns, list)
    case .tag: values = tagValues(columns, list)
    case .status:
      values = Self.choiceValues(columns.dates.value.status, columns, list, field: "status") {
        .status($0)
      }
    case .scope:
      values = Self.choiceValues(columns.dates.value.scope, columns, list, field: "scope") {
        .scope($0)
      }
    case .source: values = sourceValues(columns, list)
    case .year: values = yearValues(columns, list)
    case .month: values = monthValues(list)
    }
    return Facet(field: field, total: list.count, values: Self.ranked(values))
  }

  /// Values present in the list, most frequent first; ties keep the order given.
  private static func ranked(_ values: [FacetValue]) -> [FacetValue] {
    values.enumerated().filter { $0.element.count > 0 }
      .sorted { a, b in
        a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset
      }
      .map(\.element)
  }

  /// Values of a one-byte column holding a case of `Choice` (status, scope).
  private static func choiceValues<Choice: CaseIterable & RawRepresentable<String>>(
    _ column: [UInt8], _ columns: EventColumns, _ list: Bitset, field: String,
    term: (Choice) -> SearchQuery.Term
  ) -> [FacetValue] {
    let choices = Array(Choice.allCases)
    let counts = columns.counts(column, valueCount: choices.count, within: list)
    return zip(choices, counts).map { choice, n in
      FacetValue(
        key: choice.rawValue, label: choice.rawValue, count: n,
        term: FacetTerm.make(field, choice.rawValue, meaning: term(choice)))
    }
  }

  private func actorValues(_ columns: EventColumns, _ list: Bitset) -> [FacetValue] {
    let actors = columns.actors.value
    let counts = columns.counts(actors.lists, valueCount: actors.keys.count, within: list)
    var byID: [String: Int] = [:]
    for (n, id) in actors.keys.enumerated() where counts[n] > 0 {
      byID[id, default: 0] += counts[n]
    }
    // Entities in the index's order (kind, then name), so ties read like the People page.
    var out: [FacetValue] = []
    for e in entitiesByKind {
      guard let n = byID.removeValue(forKey: e.id) else { continue }
      out.append(
        FacetValue(
          key: e.id, label: "\(e.name) (\(e.kind.rawValue))", count: n,
          term: FacetTerm.person(e.name)))
    }
    for (id, n) in byID.sorted(by: { $0.key < $1.key }) {
      out.append(FacetValue(key: id, label: "\(id) (not in the case file)", count: n, term: nil))
    }
    return out
  }

  private func kindValues(_ columns: EventColumns, _ list: Bitset) -> [FacetValue] {
    let kinds = columns.kinds.value
    let counts = columns.kindCounts(within: list)
    return Self.merged(kinds.values, counts).map { kind, n in
      kind.isEmpty
        ? FacetValue(key: "", label: "(no kind)", count: n, term: nil)
        : FacetValue(
          key: kind, label: kind, count: n, term: FacetTerm.make("kind", kind, meaning: .kind(kind))
        )
    }
  }

  private func tagValues(_ columns: EventColumns, _ list: Bitset) -> [FacetValue] {
    let tags = columns.tags.value
    let counts = columns.counts(tags.lists, valueCount: tags.values.count, within: list)
    return Self.merged(tags.values, counts).map { tag, n in
      FacetValue(
        key: tag, label: tag, count: n, term: FacetTerm.make("tag", tag, meaning: .tag(tag)))
    }
  }

  /// Counts of values folded to the same text added up, by the folded text, sorted.
  /// (An event counted under two spellings of a kind is one event: kinds are single.)
  private static func merged(_ values: [String], _ counts: [Int]) -> [(String, Int)] {
    var sums: [String: Int] = [:]
    for (v, n) in zip(values, counts) where n > 0 { sums[v, default: 0] += n }
    return sums.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  private func sourceValues(_ columns: EventColumns, _ list: Bitset) -> [FacetValue] {
    let cites = columns.cites.value
    let counts = columns.counts(cites.lists, valueCount: cites.keys.count, within: list)
    var byID: [String: Int] = [:]
    for (n, id) in cites.keys.enumerated() where counts[n] > 0 { byID[id, default: 0] += counts[n] }
    // The article's references by number first, then the supplementary sources.
    var out: [FacetValue] = []
    for s in sourcesInOrder {
      guard let n = byID.removeValue(forKey: s.id) else { continue }
      let term: String?
      if let ref = s.refs.min(), sourcesCiting(ref: ref) == [s.id] {
        term = FacetTerm.make("source", String(ref), meaning: .source(String(ref)))
      } else {
        let key = s.id.lowercased()
        term = FacetTerm.make("source", key, meaning: .source(key))
      }
      let label = s.isArticleReference ? "\(s.refLabel) \(s.title)" : "\(s.title) (\(s.id))"
      out.append(FacetValue(key: s.id, label: label, count: n, term: term))
    }
    for (id, n) in byID.sorted(by: { $0.key < $1.key }) {
      out.append(FacetValue(key: id, label: "\(id) (not in the case file)", count: n, term: nil))
    }
    return out
  }

  /// The ids of the sources numbered `ref` (one, in a well-formed file).
  private func sourcesCiting(ref: Int) -> [String] {
    caseFile.sources.filter { $0.refs.contains(ref) }.map(\.id)
  }

  private func yearValues(_ columns: EventColumns, _ list: Bitset) -> [FacetValue] {
    let (years, undated) = columns.yearCounts(within: list)
    var out = years.sorted { $0.key < $1.key }.map { year, n in
      FacetValue(
        key: String(year), label: String(year), count: n,
        term: FacetTerm.make("year", String(year), meaning: .years(year...year)))
    }
    if undated > 0 { out.append(FacetValue(key: "", label: "undated", count: undated, term: nil)) }
    return out
  }

  /// Events by the month they start in. The query language has years but no months, so
  /// a month row selects nothing; events dated to the year only, or undated, get rows of
  /// their own.
  private func monthValues(_ list: Bitset) -> [FacetValue] {
    var months: [Int: Int] = [:]
    var yearOnly = 0
    var undated = 0
    timeline.withUnsafeBufferPointer { events in
      // swift-format-ignore: ReplaceForEachWithForLoop
      list.forEach { e in
        if let start = events[e].when?.start {
          if let m = start.month {
            months[start.year * 12 + m - 1, default: 0] += 1
          } else {
            yearOnly += 1
          }
        } else {
          undated += 1
        }
        return true
      }
    }
    var out = months.sorted { $0.key < $1.key }.map { key, n in
      let year = key / 12
      let month = key % 12 + 1
      let text = String(format: "%04d-%02d", year, month)
      return FacetValue(key: text, label: text, count: n, term: nil)
    }
    if yearOnly > 0 {
      out.append(FacetValue(key: "", label: "year only", count: yearOnly, term: nil))
    }
    if undated > 0 { out.append(FacetValue(key: "", label: "undated", count: undated, term: nil)) }
    return out
  }
}
