import Foundation
import LeaklineModel

/// What a child process measures, each in a fresh process so that peak memory belongs to
/// that size alone. The result is printed as one JSON object.
enum ChildTasks {
  /// Runs `task` on the dataset of `size` events in `directory` and prints the result.
  static func run(_ task: String, size: Int, directory: String, runs: Int) throws {
    let path = "\(directory)/events-\(size).json"
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data: Data
    switch task {
    case "load": data = try encoder.encode(load(path))
    case "strict": data = try encoder.encode(loadStrictly(path))
    case "search": data = try encoder.encode(search(path, size: size, runs: runs))
    case "notebook":
      data = try encoder.encode(NotebookBench.run(path, directory: directory, runs: runs))
    default: throw BenchError("unknown child task '\(task)'")
    }
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write(Data("\n".utf8))
  }

  /// Loading and validating, the way the CLI and the browser load (fast path).
  static func load(_ path: String) throws -> LoadResult {
    let cpu = Measure.cpu()
    let (seconds, file) = try Measure.time { try CaseFileLoader.load(path: path) }
    return LoadResult(
      seconds: seconds, cpuSeconds: Measure.cpu() - cpu, peakBytes: Measure.peakMemory(),
      events: file.events.count)
  }

  /// Loading through the strict path alone: the loader as it was before the fast path.
  static func loadStrictly(_ path: String) throws -> LoadResult {
    let cpu = Measure.cpu()
    let (seconds, file) = try Measure.time {
      try CaseFileLoader.loadStrictly(bytes: CaseFileLoader.readFile(path: path), name: path)
    }
    return LoadResult(
      seconds: seconds, cpuSeconds: Measure.cpu() - cpu, peakBytes: Measure.peakMemory(),
      events: file.events.count)
  }

  /// The queries typed a letter at a time.
  static let typedQueries = ["garcia luna", "2011", "person:garcia", "kind:arrest year:2010..2015"]
  /// Rows of a results screen: what a browser asks for on each keystroke.
  static let pageRows = 40

  /// Indexing, then typing each query letter by letter, `runs` times.
  static func search(_ path: String, size: Int, runs: Int) throws -> SearchResult {
    let file = try CaseFileLoader.load(path: path)
    let (indexSeconds, index) = Measure.time { CaseIndex(file) }
    // The first search with words, before the word index exists, reads every event.
    let firstQuery = try SearchQuery.parse("garcia luna")
    let (firstSearch, firstHits) = Measure.time {
      index.search.eventPositions(matching: firstQuery, in: index).count
    }
    // What the browser does after loading: the word index and every lookup, built now.
    let (prepareSeconds, _) = Measure.time { index.search.prepare() }
    let (lookupSeconds, _) = Measure.time { index.prepareLookups() }
    var result = SearchResult(
      caseIndexSeconds: indexSeconds, firstSearchSeconds: firstSearch, firstSearchHits: firstHits,
      prepareSeconds: prepareSeconds, lookupSeconds: lookupSeconds, peakBytes: Measure.peakMemory(),
      residentBytes: Measure.memory(),
      keystrokes: keystrokes(index, runs: runs))
    (result.frames, result.browserTyping, result.browserPrepareSeconds) = BrowserFrames.measure(
      index)
    result.facets = facets(index, runs: runs)
    if size == 100_000 {
      let exporter = MarkdownExporter(index: index, caseName: path)
      var times: [Double] = []
      repeat {
        let (seconds, bytes) = Measure.time { exporter.markdown(for: .wholeTimeline).utf8.count }
        times.append(seconds)
        result.exportBytes = bytes
      } while times.count < 3 && times.reduce(0, +) < 5
      result.exportSeconds = Measure.median(times)
    }
    if size <= 100_000 {
      // The old search takes about a second a keystroke at 100k; two queries, once.
      result.baseline = Baseline.keystrokes(
        index, queries: ["garcia luna", "2011"], runs: size <= 10_000 ? 3 : 1)
    }
    return result
  }

  /// The lists facets are counted over: every event, and a search's hits.
  static let facetLists = ["", "garcia luna"]

  /// Each facet over each list of ``facetLists``, `runs` times (at least 5), after
  /// `prepare()` built the columns, as the browser's `f` finds them.
  static func facets(_ index: CaseIndex, runs: Int) -> [FacetTiming] {
    var out: [FacetTiming] = []
    for list in facetLists {
      guard let query = try? SearchQuery.parse(list), let matches = index.search.eventMatches(query)
      else { continue }
      for field in FacetField.allCases {
        var times: [Double] = []
        var values = 0
        for _ in 0..<max(5, runs) {
          let (seconds, facet) = Measure.time { index.facet(field, over: matches) }
          times.append(seconds * 1000)
          values = facet.values.count
        }
        out.append(
          FacetTiming(
            field: field.rawValue, list: list.isEmpty ? "all events" : list, values: values,
            medianMs: Measure.median(times), p99Ms: Measure.percentile(times, 99)))
      }
    }
    return out
  }

  /// Each prefix of each typed query, `runs` times: once asking for every position (what
  /// `SearchIndex.eventPositions` returns), once for the count and one screen of rows.
  /// Each run starts with no remembered terms, as a person starting to type.
  static func keystrokes(_ index: CaseIndex, runs: Int) -> [Keystroke] {
    let prefixes = typedQueries.flatMap { q in (1...q.count).map { String(q.prefix($0)) } }
    var all = [String: [Double]]()
    var page = [String: [Double]]()
    var hits = [String: Int]()
    for _ in 0..<runs {
      index.search.forgetRecentQueries()
      for prefix in prefixes {
        let (seconds, count) = Measure.time { () -> Int? in
          guard let query = try? SearchQuery.parse(prefix) else { return nil }
          return index.search.eventPositions(matching: query, in: index).count
        }
        all[prefix, default: []].append(seconds * 1000)
        hits[prefix] = count ?? -1
      }
      index.search.forgetRecentQueries()
      for prefix in prefixes {
        let (seconds, _) = Measure.time { () -> Int in
          guard let query = try? SearchQuery.parse(prefix),
            let matches = index.search.eventMatches(query)
          else {
            return 0
          }
          return matches.count + matches.positions(0..<pageRows).count
        }
        page[prefix, default: []].append(seconds * 1000)
      }
    }
    return prefixes.map { prefix in
      Keystroke(
        query: prefix, hits: hits[prefix] ?? -1,
        allMedianMs: Measure.median(all[prefix] ?? []),
        allP99Ms: Measure.percentile(all[prefix] ?? [], 99),
        pageMedianMs: Measure.median(page[prefix] ?? []),
        pageP99Ms: Measure.percentile(page[prefix] ?? [], 99))
    }
  }
}

/// Loading one size.
struct LoadResult: Codable {
  var seconds: Double
  var cpuSeconds: Double
  var peakBytes: Int
  var events: Int
}

/// One prefix of a typed query: hits (-1 when the prefix does not parse, as `person:`)
/// and milliseconds, parsing included.
struct Keystroke: Codable {
  var query: String
  var hits: Int
  var allMedianMs: Double
  var allP99Ms: Double
  var pageMedianMs: Double
  var pageP99Ms: Double
}

/// One browser screen built from scratch, in milliseconds.
struct Frame: Codable {
  var screen: String
  var medianMs: Double
  var p99Ms: Double
}

/// Indexing and searching one size.
struct SearchResult: Codable {
  var caseIndexSeconds: Double
  var firstSearchSeconds: Double
  var firstSearchHits: Int
  var prepareSeconds: Double
  /// `CaseIndex.prepareLookups()`: events by id, actor and source.
  var lookupSeconds: Double
  var peakBytes: Int
  var residentBytes: Int
  var keystrokes: [Keystroke]
  var frames: [Frame] = []
  /// `Browser.handle` for each key typed into the search prompt.
  var browserTyping: Frame?
  /// `Browser.prepare()`: every list's groups and row widths, before the first frame.
  var browserPrepareSeconds: Double?
  var exportSeconds: Double?
  var exportBytes: Int?
  /// The same keystrokes through the search as first written (up to 100k events).
  var baseline: BaselineResult?
  /// `CaseIndex.facet(_:over:)` for each facet and list.
  var facets: [FacetTiming] = []
}

/// One facet counted over one list.
struct FacetTiming: Codable {
  var field: String
  var list: String
  /// How many distinct values the table had.
  var values: Int
  var medianMs: Double
  var p99Ms: Double
}
