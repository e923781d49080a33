/// What a name or id typed by a person refers to.
public enum Resolution: Sendable {
  case event(Event)
  case entity(Entity)
  case source(Source)
  /// Several records match; the caller lists them so the person can pick.
  case ambiguous([Candidate])
  /// Nothing matches; the nearest ids or names, if any are close.
  case notFound(suggestions: [String])

  /// A record that could be meant.
  public struct Candidate: Sendable, Hashable {
    public var id: String
    /// "person", "event", "source", …
    public var kind: String
    public var label: String
  }
}

extension CaseIndex {
  /// Finds the record a person means by `text`: an id, an article reference number
  /// ("9" or "[9]"), or a name, alias or title typed without accents or capitals.
  ///
  /// Exact ids win, then reference numbers, then exact names and aliases, then names,
  /// aliases and titles containing every typed word. Entities come before events and
  /// sources, so "cienfuegos" opens the general's dossier rather than one of his events.
  public func resolve(_ text: String) -> Resolution {
    let trimmed = text.trimmingSpaces
    if let e = event(id: trimmed) { return .event(e) }
    if let e = entity(id: trimmed) { return .entity(e) }
    if let s = source(id: trimmed) { return .source(s) }
    if let n = Int(trimmed.trimmingCharacters(in: "[]")), let s = source(ref: n) {
      return .source(s)
    }

    let folded = SearchQuery.collapseSpaces(TextFolding.fold(trimmed))
    guard !folded.isEmpty else { return .notFound(suggestions: []) }
    let exact = entitiesByKind.filter { e in
      ([e.name] + e.aliases).contains { TextFolding.fold($0) == folded }
    }
    if exact.count == 1 { return .entity(exact[0]) }
    if exact.count > 1 { return .ambiguous(exact.map(candidate)) }

    let words = folded.split(separator: " ")
    func containsAll(_ s: String) -> Bool {
      let f = TextFolding.fold(s)
      return words.allSatisfy { f.contains($0) }
    }
    let entities = entitiesByKind.filter { e in ([e.name] + e.aliases).contains(where: containsAll)
    }
    if entities.count == 1 { return .entity(entities[0]) }
    if entities.count > 1 { return .ambiguous(entities.map(candidate)) }
    let events = timeline.filter { containsAll($0.title) }
    let sources = sourcesInOrder.filter { containsAll($0.title) }
    if events.count + sources.count == 1 {
      return events.first.map(Resolution.event) ?? .source(sources[0])
    }
    if events.count + sources.count > 1 {
      return .ambiguous(events.map(candidate) + sources.map(candidate))
    }

    let names = entitiesByKind.flatMap { [$0.name] + $0.aliases }
    let ids = timeline.map(\.id) + entitiesByKind.map(\.id) + sourcesInOrder.map(\.id)
    var suggestions: [String] = []
    if let near = Suggestion.nearest(to: trimmed, in: ids) { suggestions.append(near) }
    let foldedNames = names.map { (TextFolding.fold($0), $0) }
    if let near = Suggestion.nearest(to: folded, in: foldedNames.map(\.0)),
      let name = foldedNames.first(where: { $0.0 == near })?.1, !suggestions.contains(name)
    {
      suggestions.append(name)
    }
    if suggestions.isEmpty {
      // A typo in one word of a longer name: "garcai" → "Genaro García Luna".
      for e in entitiesByKind {
        let nameWords = Set(
          ([e.name] + e.aliases).flatMap {
            TextFolding.fold($0).split(separator: " ").map(String.init)
          })
        if words.allSatisfy({ Suggestion.nearest(to: String($0), in: nameWords) != nil }) {
          suggestions.append(e.name)
          if suggestions.count == 3 { break }
        }
      }
    }
    if suggestions.isEmpty {
      // Fall back to names sharing any typed word, so "luna garcia x" still helps.
      for e in entitiesByKind
      where words.contains(where: { w in TextFolding.fold(e.name).contains(w) }) {
        suggestions.append(e.name)
        if suggestions.count == 3 { break }
      }
    }
    var seen = Set<String>()
    return .notFound(suggestions: suggestions.filter { seen.insert(TextFolding.fold($0)).inserted })
  }

  private func candidate(_ e: Entity) -> Resolution.Candidate {
    Resolution.Candidate(id: e.id, kind: e.kind.rawValue, label: e.name)
  }

  private func candidate(_ e: Event) -> Resolution.Candidate {
    Resolution.Candidate(id: e.id, kind: "event", label: "\(e.dateDisplay)  \(e.title)")
  }

  private func candidate(_ s: Source) -> Resolution.Candidate {
    Resolution.Candidate(id: s.id, kind: "source", label: "\(s.refLabel)  \(s.title)")
  }
}
