/// Fuzz target: the search-query parser, and running a query over a small fixed case.
///
/// The input is the text typed after `leakline search` (or at the browser's `/` prompt).
/// A query that parses is described, run over events, entities and sources, and its hits
/// printed; the same text is also resolved as `leakline show` would. Properties: nothing
/// traps; hits are a subset of the records, in index order; printed hits are terminal-safe.
public func fuzzQuery(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
  _ = SearchQuery.parseYears(text)
  checkResolve(text)
  let query: SearchQuery
  do {
    query = try SearchQuery.parse(text)
  } catch {
    if error.description.isEmpty { FuzzCheck.fail("an empty error for '\(text)'") }
    return 0
  }
  _ = query.description
  _ = query.highlightTerms
  let events = fixedIndex.events(matching: query)
  let positions = events.compactMap { fixedIndex.timelinePosition(of: $0.id) }
  if positions != positions.sorted() || positions.count != events.count {
    FuzzCheck.fail("hits for '\(text)' are not in timeline order")
  }
  let entities = fixedIndex.entities(matching: query)
  let sources = fixedIndex.sources(matching: query)
  if entities.count > fixedIndex.entitiesByKind.count
    || sources.count > fixedIndex.sourcesInOrder.count
  {
    FuzzCheck.fail("more hits than records for '\(text)'")
  }
  let report = PlainTextReport(index: fixedIndex)
  let lines =
    report.eventLines(events) + entities.map(report.entityLine) + sources.map(report.sourceLine)
  for line in lines { FuzzCheck.terminalSafe(line, "a hit for '\(text)'") }
  return 0
}

private func checkResolve(_ text: String) {
  switch fixedIndex.resolve(text) {
  case .event(let e): _ = PlainTextReport(index: fixedIndex).eventReport(e)
  case .entity(let e): _ = PlainTextReport(index: fixedIndex).dossier(e)
  case .source(let s): _ = PlainTextReport(index: fixedIndex).sourceReport(s)
  case .ambiguous(let candidates):
    if candidates.count < 2 {
      FuzzCheck.fail("'\(text)' is ambiguous with \(candidates.count) candidates")
    }
  case .notFound(let suggestions):
    if suggestions.count > 4 { FuzzCheck.fail("'\(text)' has \(suggestions.count) suggestions") }
  }
}

/// A small case with accents, wide characters, ranges, undated events and hostile text.
private let fixedIndex: CaseIndex = {
  let json = #"""
    {
      "leakline": 1,
      "title": "Fixed fuzz case \u001b]0;owned\u0007",
      "sources": [
        { "id": "ref-1", "title": "First report", "refs": [1], "authors": ["Ana Núñez"], "publisher": "Daily", "published": "2019-12-14", "url": "https://example.org/1" },
        { "id": "ref-2", "title": "Second \u202Ereport", "refs": [2, 5], "published": "2017-06", "url": "https://example.org/2", "url_confirmed": false },
        { "id": "court", "title": "Court record \u009b2J", "kind": "court record", "published": "2020" }
      ],
      "entities": [
        { "id": "garcia", "kind": "person", "name": "Genaro García Luna", "aliases": ["Garcia Luna"], "role": "Minister\r\bX", "sources": ["ref-1"],
          "relations": [ { "to": "cartel", "type": "took bribes from", "sources": ["ref-1", "court"] } ] },
        { "id": "cartel", "kind": "cartel", "name": "Cártel de Sinaloa", "sources": ["ref-1"] },
        { "id": "unit", "kind": "unit", "name": "Vetted unit \u001b[2J", "aliases": ["SIU"], "sources": ["ref-2"] },
        { "id": "tokyo", "kind": "outlet", "name": "東京新聞", "sources": ["court"] }
      ],
      "events": [
        { "id": "founded", "date": "1997", "approximate": true, "title": "Unit founded", "kind": "founding", "scope": "context", "actors": ["unit"], "sources": ["ref-2"], "tags": ["unit"] },
        { "id": "massacre", "date": "2011-03-18", "end": "2011-03-20", "title": "Massacre\u0000 in a town", "place": "Allende", "kind": "massacre", "status": "disputed", "actors": ["unit"], "summary": "Three days.\nMany dead.", "sources": ["ref-2"], "tags": ["allende"],
          "discrepancies": [ { "article": "Over one hundred.", "record": "28 to 300.", "sources": ["court"] } ] },
        { "id": "arrest", "date": "2019-12-09", "title": "García Luna arrested", "place": "Dallas", "kind": "arrest", "actors": ["garcia", "cartel"], "sources": ["ref-1"], "tags": ["garcia-luna"] },
        { "id": "sentence", "date": "2024-10", "title": "García Luna sentenced", "scope": "later", "status": "article-only", "actors": ["garcia"], "sources": ["court"] },
        { "id": "monument", "date": null, "title": "Monument", "sources": ["ref-2"] }
      ]
    }
    """#
  do {
    return CaseIndex(try CaseFileLoader.load(bytes: Array(json.utf8), name: "fixed.json"))
  } catch {
    fatalError("the fixed fuzz case does not load: \(error)")
  }
}()
