import Foundation

/// What the audit needs to know about the whole case file to judge one record: which
/// sources anything cites, which entities are linked, who holds each name, the subject
/// document and when it was published.
///
/// Each part is gathered in one pass over the file on first use, so a browser drawing a
/// screen of events never pays for what only the people or source rows need.
public struct AuditContext: Sendable {
  public let index: CaseIndex
  /// The source standing for the text the case file checks (see ``CaseIndex/subjectDocument``).
  public let subjectID: String?
  private let publicationSpan: Lazy<DateSpan?>
  private let cited: Lazy<Set<String>>
  private let linked: Lazy<Set<String>>
  private let holders: Lazy<[String: [String]]>

  /// The context of `index`; its parts are gathered when a rule first needs them.
  public init(index: CaseIndex) {
    self.index = index
    subjectID = index.subjectDocument?.id
    publicationSpan = Lazy { index.publicationSpan }
    cited = Lazy {
      var cited = Set<String>()
      for event in index.caseFile.events {
        cited.formUnion(event.sources)
        for note in event.discrepancies { cited.formUnion(note.sources) }
      }
      for entity in index.caseFile.entities {
        cited.formUnion(entity.sources)
        for relation in entity.relations { cited.formUnion(relation.sources) }
      }
      return cited
    }
    linked = Lazy {
      var linked = Set<String>()
      for entity in index.caseFile.entities where !entity.relations.isEmpty {
        linked.insert(entity.id)
        for relation in entity.relations { linked.insert(relation.to) }
      }
      return linked
    }
    holders = Lazy {
      var holders: [String: [String]] = [:]
      for entity in index.entitiesByKind {
        var seen = Set<String>()
        for name in [entity.name] + entity.aliases {
          let key = TextFolding.fold(name)
          if seen.insert(key).inserted { holders[key, default: []].append(entity.id) }
        }
      }
      return holders
    }
  }

  /// Gathers every part now, on both cores, so that no frame of a browser on a large file
  /// pays for the first people or sources screen (the browser calls this while loading).
  public func prepare() {
    DispatchQueue.concurrentPerform(iterations: 4) { i in
      switch i {
      case 0: _ = cited.value
      case 1: _ = linked.value
      case 2: _ = holders.value
      default: _ = publicationSpan.value
      }
    }
  }

  /// When the subject document was published (see ``CaseIndex/publicationSpan``).
  public var publication: DateSpan? { publicationSpan.value }
  /// Ids of the sources cited by an event, a discrepancy note, an entity or a relation.
  var citedSources: Set<String> { cited.value }
  /// Ids of the entities at either end of a relation.
  var linkedEntities: Set<String> { linked.value }
  /// Entity ids by folded name or alias, in reading order.
  var nameHolders: [String: [String]] { holders.value }

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
