/// Checks what a schema cannot: that ids are unique, that every reference points at a
/// record of the right kind, that ranges run forwards, and that reference numbers are
/// not claimed twice.
struct CaseFileValidator {
  let caseFile: CaseFile
  let decoder: CaseFileDecoder
  private(set) var issues: [CaseFileIssue] = []
  /// How many more unknown references get a "Did you mean" (an edit-distance search over
  /// every id). A file with thousands of broken references gets suggestions for the first
  /// ones only, so checking it stays linear instead of references × ids.
  private var suggestionsLeft = 50

  init(caseFile: CaseFile, decoder: CaseFileDecoder) {
    self.caseFile = caseFile
    self.decoder = decoder
  }

  typealias Collection = CrossRecordRules.Collection

  private mutating func report(_ path: String, id: String?, _ message: String, _ help: String) {
    var offset = decoder.offsets[path]
    var probe = path
    while offset == nil, let cut = probe.lastIndex(where: { $0 == "." || $0 == "[" }) {
      probe = String(probe[..<cut])
      offset = decoder.offsets[probe]
    }
    issues.append(
      CaseFileIssue(
        file: decoder.file, location: offset.map { decoder.text.location(of: $0) }, jsonPath: path,
        id: id, message: message, help: help))
  }

  mutating func validate() {
    CrossRecordRules.check(caseFile, includingEvents: true, into: &self)
  }

  private func path(_ collection: Collection, _ index: Int) -> String {
    switch collection {
    case .source: decoder.sourcePaths[index]
    case .entity: decoder.entityPaths[index]
    case .event: decoder.eventPaths[index]
    }
  }

  private func id(_ collection: Collection, _ index: Int) -> String {
    switch collection {
    case .source: caseFile.sources[index].id
    case .entity: caseFile.entities[index].id
    case .event: caseFile.events[index].id
    }
  }
}

/// Each problem between records as a message with its place.
extension CaseFileValidator: CrossRecordFindings {
  mutating func idTaken(
    _ id: String, by collection: Collection, _ index: Int, first firstCollection: Collection,
    _ firstIndex: Int
  ) -> Bool {
    let otherPath = path(firstCollection, firstIndex)
    let line =
      decoder.offsets[otherPath].map { " (line \(decoder.text.location(of: $0).line))" } ?? ""
    report(
      path(collection, index) + ".id", id: id,
      "Id '\(id)' is already used by the \(firstCollection.rawValue) at \(otherPath)\(line)",
      "Ids are unique across sources, entities and events; rename one of them.")
    return true
  }

  mutating func referenceNumberTaken(_ number: Int, source: Int, item: Int, firstBy other: String)
    -> Bool
  {
    report(
      "\(decoder.sourcePaths[source]).refs[\(item)]", id: caseFile.sources[source].id,
      "Reference [\(number)] is already claimed by source '\(other)'",
      "One source stands for each reference number; when the article lists a document twice, give that source both numbers."
    )
    return true
  }

  mutating func relationToItself(entity: Int, relation: Int) -> Bool {
    let id = caseFile.entities[entity].id
    report(
      "\(decoder.entityPaths[entity]).relations[\(relation)].to", id: id,
      "A relation of '\(id)' points at itself", "Point \"to\" at another entity.")
    return true
  }

  mutating func rangeRunsBackwards(event index: Int) -> Bool {
    let event = caseFile.events[index]
    guard let when = event.when, let end = when.end else { return true }
    report(
      decoder.eventPaths[index] + ".end", id: event.id,
      "The range ends (\(end)) before it starts (\(when.start))",
      "Swap \"date\" and \"end\", or correct one of them.")
    return true
  }

  mutating func badReference(
    _ ref: String, at place: CrossRecordRules.Place, expected: Collection, found: Collection?
  ) -> Bool {
    let (at, owner) = pathAndOwner(place)
    if let found {
      report(
        at, id: owner,
        "'\(ref)' is \(found == .event ? "an" : "a") \(found.rawValue), not \(expected == .entity ? "an" : "a") \(expected.rawValue)",
        expected == .entity
          ? "List entity ids here; sources go in \"sources\"."
          : "List source ids here; people and units go in \"actors\".")
      return true
    }
    var hint = ""
    if suggestionsLeft > 0 {
      suggestionsLeft -= 1
      let candidates =
        (expected == .entity ? caseFile.entities.map(\.id) : caseFile.sources.map(\.id))
      hint = Suggestion.nearest(to: ref, in: candidates).map { "Did you mean '\($0)'? " } ?? ""
    }
    report(
      at, id: owner, "Unknown \(expected.rawValue) '\(ref)'",
      "\(hint)Add \(expected == .entity ? "an entity" : "a source") with id '\(ref)', or correct the reference."
    )
    return true
  }

  /// The JSON path of a reference, and the id of the record that holds it.
  private func pathAndOwner(_ place: CrossRecordRules.Place) -> (String, String) {
    switch place {
    case .entitySource(let e, let i):
      ("\(decoder.entityPaths[e]).sources[\(i)]", caseFile.entities[e].id)
    case .relationTarget(let e, let r):
      ("\(decoder.entityPaths[e]).relations[\(r)].to", caseFile.entities[e].id)
    case .relationSource(let e, let r, let i):
      ("\(decoder.entityPaths[e]).relations[\(r)].sources[\(i)]", caseFile.entities[e].id)
    case .eventActor(let e, let i):
      ("\(decoder.eventPaths[e]).actors[\(i)]", caseFile.events[e].id)
    case .eventSource(let e, let i):
      ("\(decoder.eventPaths[e]).sources[\(i)]", caseFile.events[e].id)
    case .discrepancySource(let e, let d, let i):
      ("\(decoder.eventPaths[e]).discrepancies[\(d)].sources[\(i)]", caseFile.events[e].id)
    }
  }
}
