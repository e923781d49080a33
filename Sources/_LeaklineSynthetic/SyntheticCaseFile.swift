import LeaklineModel

/// Deterministic case files of any size that look like imports from conflict-event
/// databases, for the benchmark (`leakline-bench`) and the fast-path tests.
///
/// The same `events` and `seed` always give the same file, byte for byte. Names carry
/// accents (García Luna, Núñez, Ibáñez), events have several actors, sources carry the
/// article's reference numbers, dates come at day, month and year precision with some
/// ranges and some undated events, and a few strings hold escapes, curly quotes,
/// Cyrillic, emoji and `x-` extension fields. Events come in timeline order, as exports
/// usually do. An event takes about 490 bytes of JSON (title about 50 characters,
/// summary about 190): a little more than the 430 of the research data in issue 6.
package struct SyntheticCaseFile {
  /// How many events to make.
  package var eventCount: Int
  /// The seed of the random choices.
  package var seed: UInt64

  package init(events: Int, seed: UInt64 = 42) {
    eventCount = events
    self.seed = seed
  }

  /// The number of entities for `eventCount` events: one per 50 events, 40 to 20,000.
  package var entityCount: Int { min(20_000, max(40, eventCount / 50)) }
  /// The number of sources: one per 100 events, 20 to 10,000.
  package var sourceCount: Int { min(10_000, max(20, eventCount / 100)) }

  /// The case file.
  package func make() -> CaseFile {
    var random = SplitMix64(seed: seed)
    let sources = (0..<sourceCount).map { makeSource($0, &random) }
    let entities = (0..<entityCount).map { makeEntity($0, &random) }
    let made = (0..<eventCount).map { makeEvent($0, entities: entities, &random) }
    // Timeline order: dated events by date (start, then end), undated ones last.
    let keys = made.map { e -> (Int, Int, Int) in
      guard let w = e.when else { return (Int.max, 0, 0) }
      return (w.start.firstDay, w.start.precision.rawValue, w.lastDay)
    }
    let events = made.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
      .map { made[$0] }
    return CaseFile(
      title: "Synthetic case file: \(eventCount) events",
      summary: "Made by leakline-bench (seed \(seed)) to measure Leakline on large imports.",
      sources: sources, entities: entities, events: events)
  }

  // MARK: Records

  private func makeSource(_ i: Int, _ random: inout SplitMix64) -> Source {
    let outlet = random.pick(Words.outlets)
    let refs: [Int] = i < 60 ? (i % 13 == 5 ? [i * 2 + 1, i * 2 + 2] : [i * 2 + 1]) : []
    let published = random.chance(0.8) ? randomDate(&random, precisionOdds: (0.7, 0.2)) : nil
    let hasURL = random.chance(0.85)
    let authorCount = random.int(0...2)
    return Source(
      id: "src-" + Self.padded(i, 5),
      title: "\(outlet): \(random.pick(Words.headlines)) \(random.pick(Words.lastNames))",
      refs: refs,
      kind: random.chance(0.9) ? random.pick(Words.sourceKinds) : nil,
      authors: (0..<authorCount).map { _ in
        random.pick(Words.firstNames) + " " + random.pick(Words.lastNames)
      },
      publisher: random.chance(0.7) ? outlet : nil,
      published: published,
      accessed: random.chance(0.3) ? randomDate(&random, precisionOdds: (1, 0)) : nil,
      url: hasURL
        ? "https://example.org/\(outlet.lowercased().split(separator: " ").joined(separator: "-"))/\(i)"
        : nil,
      isURLConfirmed: !hasURL || random.chance(0.9),
      note: random.chance(0.1) ? random.pick(Words.sourceNotes) : nil)
  }

  private func makeEntity(_ i: Int, _ random: inout SplitMix64) -> Entity {
    let kind: Entity.Kind
    let name: String
    var aliases: [String] = []
    switch i {
    case 0:
      kind = .person
      name = "Genaro García Luna"
      aliases = ["Genaro Garcia Luna", "GARCÍA LUNA", "García"]
    case 1:
      kind = .person
      name = "Salvador Cienfuegos Zepeda"
      aliases = ["El Padrino", "Cienfuegós"]
    case 2..<30:
      let organisations = Words.organisations
      let pick = organisations[i % organisations.count]
      kind = pick.kind
      name = pick.name
      if let alias = pick.alias { aliases = [alias] }
    default:
      kind = random.chance(0.9) ? .person : random.pick([.unit, .group, .organization, .outlet])
      if kind == .person {
        name = random.pick(Words.firstNames) + " " + random.pick(Words.lastNames)
        if random.chance(0.3) { aliases.append(Self.withoutAccents(name)) }
        if random.chance(0.1) { aliases.append(random.pick(Words.nicknames)) }
        if random.chance(0.004) { aliases.append(random.pick(Words.otherScripts)) }
      } else {
        name =
          random.pick(Words.groupWords) + " " + random.pick(Words.places).split(separator: ",")[0]
      }
    }
    let relationCount = i < 30 ? 2 : random.int(0...2)
    let relations = (0..<relationCount).map { _ -> Relation in
      var to = random.int(0..<entityCount)
      if to == i { to = (i + 1) % entityCount }
      return Relation(
        to: Self.entityID(to), type: random.pick(Words.relationTypes),
        sources: [sourceID(random.int(0..<sourceCount))],
        note: random.chance(0.2) ? "Named in \(random.pick(Words.outlets)) reporting." : nil)
    }
    return Entity(
      id: Self.entityID(i), kind: kind, name: name, aliases: aliases,
      role: kind == .person && random.chance(0.8) ? random.pick(Words.roles) : nil,
      summary: random.chance(0.3)
        ? "\(name) appears in \(random.int(2...400)) records of the import." : nil,
      sources: (0..<random.int(1...2)).map { _ in sourceID(random.int(0..<sourceCount)) },
      relations: relations)
  }

  private func makeEvent(_ i: Int, entities: [Entity], _ random: inout SplitMix64) -> Event {
    var actors: [String] = []
    let actorCount = random.chance(0.08) ? 0 : random.int(1...3) + (random.chance(0.1) ? 1 : 0)
    for _ in 0..<actorCount {
      let a = pickEntity(&random)
      if !actors.contains(Self.entityID(a)) {
        actors.append(Self.entityID(a))
      }
    }
    let names = actors.map { id -> String in
      let e = entities[Self.entityIndex(id)]
      return random.chance(0.15) ? (e.aliases.first ?? e.name) : e.name
    }
    let place = random.chance(0.9) ? random.pick(Words.places) : nil
    var slots = Template.Slots(
      a: "", b: "",
      place: place.map { String($0.split(separator: ",")[0]) } ?? random.pick(Words.places),
      cartel: random.pick(Words.cartels), outlet: random.pick(Words.outlets),
      unit: random.pick(Words.units),
      year: "", number: "")
    func fill(_ k: Int, _ random: inout SplitMix64) {
      slots.a = names.isEmpty ? random.pick(Words.lastNames) : names[k % names.count]
      slots.b = names.isEmpty ? random.pick(Words.lastNames) : names[(k + 1) % names.count]
      slots.year = String(random.int(1990...2024))
      slots.number = String(random.int(2...90))
    }
    fill(0, &random)
    var title = random.pick(Template.titles).render(slots)
    if random.chance(0.02) { title = title.uppercased() }

    var summary = ""
    for k in 0..<(random.chance(0.15) ? 3 : 2) {
      if k > 0 { summary += " " }
      fill(k, &random)
      slots.outlet = random.pick(Words.outlets)
      summary += random.pick(Template.sentences).render(slots)
    }
    if random.chance(0.01) {
      summary += "\n\u{201C}" + random.pick(Words.quotes) + "\u{201D} — \"" + slots.a + "\""
    }
    if random.chance(0.0008) { summary += " " + random.pick(Words.otherScripts) }
    let placeWord = slots.place

    var when: DateSpan?
    if !random.chance(0.05) {
      let start = randomDate(&random, precisionOdds: (0.75, 0.13))
      var end: CaseDate?
      if random.chance(0.03) {
        end = try? CaseDate(
          year: min(9999, start.year + random.int(0...3)), month: start.month,
          day: start.day.map { _ in 28 })
      }
      when = DateSpan(start: start, end: end, isApproximate: random.chance(0.02))
    }
    let scopeRoll = random.next() % 100
    let statusRoll = random.next() % 100
    let tagCount = random.int(0...3)
    var tags: [String] = []
    for _ in 0..<tagCount {
      let t = random.pick(Words.tags)
      if !tags.contains(t) { tags.append(t) }
    }
    var sources: [String] = []
    for _ in 0..<random.int(1...3) {
      let s = sourceID(random.int(0..<sourceCount))
      if !sources.contains(s) { sources.append(s) }
    }
    let discrepancies: [Discrepancy] =
      random.chance(0.01)
      ? [
        Discrepancy(
          article: "The article places it in \(placeWord).",
          record: "Court records place it in \(random.pick(Words.places)).",
          sources: [sourceID(random.int(0..<sourceCount))])
      ]
      : []
    return Event(
      id: "ev-" + Self.padded(i, 7), when: when, title: title, place: place,
      kind: random.chance(0.95) ? random.pick(Words.eventKinds) : nil,
      scope: scopeRoll < 80 ? .article : (scopeRoll < 95 ? .context : .later),
      status: statusRoll < 85
        ? .verified
        : (statusRoll < 92 ? .disputed : (statusRoll < 97 ? .articleOnly : .unverified)),
      actors: actors, summary: random.chance(0.97) ? summary : nil, sources: sources, tags: tags,
      discrepancies: discrepancies)
  }

  /// Some entities take part in many events: García Luna in about 1.5 %, the first 30
  /// (agencies, cartels, units) often, the rest evenly.
  private func pickEntity(_ random: inout SplitMix64) -> Int {
    let roll = random.next() % 1000
    if roll < 15 { return 0 }
    if roll < 22 { return 1 }
    if roll < 300 { return 2 + random.int(0..<28) }
    return random.int(0..<entityCount)
  }

  private func randomDate(_ random: inout SplitMix64, precisionOdds: (day: Double, month: Double))
    -> CaseDate
  {
    let year = 1990 + random.int(0...34)
    let roll = Double(random.next() % 10_000) / 10_000
    let month = 1 + random.int(0...11)
    let day = 1 + random.int(0...27)
    let date: CaseDate?
    if roll < precisionOdds.day {
      date = try? CaseDate(year: year, month: month, day: day)
    } else if roll < precisionOdds.day + precisionOdds.month {
      date = try? CaseDate(year: year, month: month)
    } else {
      date = try? CaseDate(year: year)
    }
    guard let date else {
      preconditionFailure("\(year)-\(month)-\(day) should exist in every calendar")
    }
    return date
  }

  // MARK: Ids

  private func sourceID(_ i: Int) -> String { "src-" + Self.padded(i, 5) }

  static func entityID(_ i: Int) -> String { "ent-" + padded(i, 5) }

  static func entityIndex(_ id: String) -> Int { Int(id.dropFirst(4)) ?? 0 }

  static func padded(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }

  static func withoutAccents(_ s: String) -> String {
    let plain: [Character: Character] = [
      "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "Á": "A", "É": "E", "Í": "I",
      "Ó": "O", "Ú": "U", "Ñ": "N", "ü": "u", "ö": "o", "ç": "c",
    ]
    return String(s.map { plain[$0] ?? $0 })
  }
}

/// SplitMix64: a small, fast, seedable generator; the same seed gives the same sequence
/// on every platform.
package struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  package init(seed: UInt64) { state = seed }

  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `range`, without the bias of `%`-free code paths that differ by platform.
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  mutating func int(_ range: Range<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) < p * 1_000_000 }

  mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }
}
