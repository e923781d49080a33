import LeaklineModel
import Testing

/// The starter `leakline init` writes loads, and shows each kind of date once.
@Suite struct StarterCaseFileTests {
  @Test func theStarterLoadsWithOneSourceTwoEntitiesAndThreeEvents() throws {
    let file = try CaseFileLoader.load(
      bytes: Array(StarterCaseFile.text.utf8), name: "starter.json")
    #expect(file.sources.count == 1)
    #expect(file.entities.count == 2)
    #expect(file.events.count == 3)
    let events = Dictionary(uniqueKeysWithValues: file.events.map { ($0.id, $0) })
    #expect(events["example-day"]?.when?.display == "18 Mar 2019")
    #expect(events["example-month"]?.when?.display == "Jun 2019")
    #expect(events["example-range"]?.when?.display == "c. 2019–2020")
  }
}
