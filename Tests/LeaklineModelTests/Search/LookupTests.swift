import LeaklineArticle
import Testing

@testable import LeaklineModel

/// The lookups `CaseIndex` builds once (events by id, by actor, by source) answer exactly
/// as reading every event would, before and after `prepareLookups()`.
@Suite struct LookupTests {
  static let article: CaseIndex = {
    do {
      return CaseIndex(try CaseFileLoader.load(bytes: ArticleCaseFile.bytes, name: "article"))
    } catch {
      preconditionFailure("the article's case file does not load: \(error)")
    }
  }()

  /// The straightforward answers, from reading the whole timeline.
  static func citing(_ id: String, in index: CaseIndex) -> [String] {
    index.timeline.filter { e in
      e.sources.contains(id) || e.discrepancies.contains { $0.sources.contains(id) }
    }.map(\.id)
  }

  static func involving(_ id: String, in index: CaseIndex) -> [String] {
    index.timeline.filter { $0.actors.contains(id) }.map(\.id)
  }

  @Test(arguments: [false, true])
  func lookupsAnswerAsReadingEveryEvent(prepared: Bool) {
    for index in [Self.article, ScaleFixtures.mediumIndex] {
      if prepared { index.prepareLookups() }
      for source in index.caseFile.sources {
        #expect(
          index.citations(of: source.id).events.map(\.id) == Self.citing(source.id, in: index))
      }
      for entity in index.caseFile.entities {
        #expect(
          index.events(involving: entity.id).map(\.id) == Self.involving(entity.id, in: index))
      }
      for (position, event) in index.timeline.enumerated() {
        let first = index.timeline.firstIndex { $0.id == event.id }
        #expect(index.timelinePosition(of: event.id) == first)
        if first == position { #expect(index.event(id: event.id)?.id == event.id) }
      }
    }
  }
}
