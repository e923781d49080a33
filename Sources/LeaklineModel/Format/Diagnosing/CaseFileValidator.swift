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

  private enum Collection: String {
    case source, entity, event
  }

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
    var owners: [String: (Collection, String)] = [:]
    func claim(_ id: String, _ kind: Collection, _ path: String, _ v: inout CaseFileValidator) {
      if let (otherKind, otherPath) = owners[id] {
        let line =
          v.decoder.offsets[otherPath].map { " (line \(v.decoder.text.location(of: $0).line))" }
          ?? ""
        v.report(
          path + ".id", id: id,
          "Id '\(id)' is already used by the \(otherKind.rawValue) at \(otherPath)\(line)",
          "Ids are unique across sources, entities and events; rename one of them.")
      } else {
        owners[id] = (kind, path)
      }
    }
    for (source, path) in zip(caseFile.sources, decoder.sourcePaths) {
      claim(source.id, .source, path, &self)
    }
    for (entity, path) in zip(caseFile.entities, decoder.entityPaths) {
      claim(entity.id, .entity, path, &self)
    }
    for (event, path) in zip(caseFile.events, decoder.eventPaths) {
      claim(event.id, .event, path, &self)
    }

    let sourceIDs = caseFile.sources.map(\.id)
    let entityIDs = caseFile.entities.map(\.id)

    func check(
      _ refs: [String], in path: String, owner: String, expect: Collection,
      _ v: inout CaseFileValidator
    ) {
      for (i, ref) in refs.enumerated() {
        // A relation's "to" is one id, not a list.
        let at = path.hasSuffix(".to") ? path : "\(path)[\(i)]"
        if let (kind, _) = owners[ref] {
          if kind != expect {
            v.report(
              at, id: owner,
              "'\(ref)' is \(kind == .event ? "an" : "a") \(kind.rawValue), not \(expect == .entity ? "an" : "a") \(expect.rawValue)",
              expect == .entity
                ? "List entity ids here; sources go in \"sources\"."
                : "List source ids here; people and units go in \"actors\".")
          }
          continue
        }
        let candidates = expect == .entity ? entityIDs : sourceIDs
        var hint = ""
        if v.suggestionsLeft > 0 {
          v.suggestionsLeft -= 1
          hint = Suggestion.nearest(to: ref, in: candidates).map { "Did you mean '\($0)'? " } ?? ""
        }
        v.report(
          at, id: owner, "Unknown \(expect.rawValue) '\(ref)'",
          "\(hint)Add \(expect == .entity ? "an entity" : "a source") with id '\(ref)', or correct the reference."
        )
      }
    }

    var refOwners: [Int: String] = [:]
    for (source, path) in zip(caseFile.sources, decoder.sourcePaths) {
      for (i, ref) in source.refs.enumerated() {
        if let other = refOwners[ref], other != source.id {
          report(
            "\(path).refs[\(i)]", id: source.id,
            "Reference [\(ref)] is already claimed by source '\(other)'",
            "One source stands for each reference number; when the article lists a document twice, give that source both numbers."
          )
        } else {
          refOwners[ref] = source.id
        }
      }
    }

    for (entity, path) in zip(caseFile.entities, decoder.entityPaths) {
      check(entity.sources, in: path + ".sources", owner: entity.id, expect: .source, &self)
      for (i, relation) in entity.relations.enumerated() {
        let rpath = "\(path).relations[\(i)]"
        if relation.to == entity.id {
          report(
            rpath + ".to", id: entity.id, "A relation of '\(entity.id)' points at itself",
            "Point \"to\" at another entity.")
        } else {
          check([relation.to], in: rpath + ".to", owner: entity.id, expect: .entity, &self)
        }
        check(relation.sources, in: rpath + ".sources", owner: entity.id, expect: .source, &self)
      }
    }

    for (event, path) in zip(caseFile.events, decoder.eventPaths) {
      check(event.actors, in: path + ".actors", owner: event.id, expect: .entity, &self)
      check(event.sources, in: path + ".sources", owner: event.id, expect: .source, &self)
      for (i, d) in event.discrepancies.enumerated() {
        check(
          d.sources, in: "\(path).discrepancies[\(i)].sources", owner: event.id, expect: .source,
          &self)
      }
      if let when = event.when, let end = when.end, end.lastDay < when.start.firstDay {
        report(
          path + ".end", id: event.id, "The range ends (\(end)) before it starts (\(when.start))",
          "Swap \"date\" and \"end\", or correct one of them.")
      }
    }
  }
}
