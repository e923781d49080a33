/// What the audit needs to know about the whole case file to judge one record: which
/// sources anything cites, which entities are linked, who holds each name, the subject
/// document and when it was published. Gathered in one pass over the file.
public struct AuditContext: Sendable {
  public let index: CaseIndex
  /// The source standing for the text the case file checks (see ``CaseIndex/subjectDocument``).
  public let subjectID: String?
  /// When the subject document was published (see ``CaseIndex/publicationSpan``).
  public let publication: DateSpan?
  /// Ids of the sources cited by an event, a discrepancy note, an entity or a relation.
  let citedSources: Set<String>
  /// Ids of the entities at either end of a relation.
  let linkedEntities: Set<String>
  /// Entity ids by folded name or alias, in reading order.
  let nameHolders: [String: [String]]

  /// Gathers the context of `index`.
  public init(index: CaseIndex) {
    self.index = index
    subjectID = index.subjectDocument?.id
    publication = index.publicationSpan
    var cited = Set<String>()
    for event in index.caseFile.events {
      cited.formUnion(event.sources)
      for note in event.discrepancies { cited.formUnion(note.sources) }
    }
    var linked = Set<String>()
    var holders: [String: [String]] = [:]
    for entity in index.entitiesByKind {
      cited.formUnion(entity.sources)
      for relation in entity.relations {
        cited.formUnion(relation.sources)
        linked.insert(entity.id)
        linked.insert(relation.to)
      }
      var seen = Set<String>()
      for name in [entity.name] + entity.aliases {
        let key = TextFolding.fold(name)
        if seen.insert(key).inserted { holders[key, default: []].append(entity.id) }
      }
    }
    citedSources = cited
    linkedEntities = linked
    nameHolders = holders
  }

  /// Whether a source is the text's own word: one of its numbered references, or the text.
  /// Such a source shows what the text says, not that the public record confirms it.
  func isOwnWordOfTheText(_ source: Source) -> Bool {
    source.isArticleReference || source.id == subjectID
  }

  /// Sources named the way a reader knows them: "[3], [9]" for the article's references,
  /// "the article itself" for the subject document, the id for the rest.
  func labels(_ sources: [Source]) -> String {
    sources.map { s in
      if s.isArticleReference { return s.refLabel }
      return s.id == subjectID ? "the article itself" : s.id
    }.joined(separator: ", ")
  }
}
