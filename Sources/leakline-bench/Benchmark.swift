import Foundation

/// The parent process: makes the datasets, runs a child per measurement, compares the
/// command line with fzf, and reports.
struct Benchmark {
  let options: BenchOptions
  let directory: String

  init(options: BenchOptions) throws {
    self.options = options
    if let out = options.outDirectory {
      directory = out
    } else {
      directory = NSTemporaryDirectory() + "leakline-bench"
    }
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  /// Progress goes to standard error, so that `--json` output stays clean.
  func log(_ message: String) {
    FileHandle.standardError.write(Data(("leakline-bench: " + message + "\n").utf8))
  }

  func run() throws -> Report {
    var report = Report(machine: Machine.current(), directory: directory, runs: options.runs)
    let decoder = JSONDecoder()
    for size in options.sizes {
      let dataset = try Dataset.make(size: size, in: directory, log: log)
      var result = SizeResult(events: size, fileBytes: dataset.bytes)
      log("\(size) events: loading (\(options.loadRuns) fresh processes)")
      for _ in 0..<options.loadRuns {
        let data = try Spawn.child(childArguments("load", size))
        result.loads.append(try decoder.decode(LoadResult.self, from: data))
      }
      if size <= 100_000 {
        log("\(size) events: loading through the strict path (before)")
        result.strictLoad = try decoder.decode(
          LoadResult.self, from: Spawn.child(childArguments("strict", size)))
      }
      log("\(size) events: indexing and typing queries (\(options.runs) runs)")
      result.search = try decoder.decode(
        SearchResult.self, from: Spawn.child(childArguments("search", size)))
      log("\(size) events: notebook replay and marks")
      result.notebook = try decoder.decode(
        NotebookResult.self, from: Spawn.child(childArguments("notebook", size)))
      if options.comparesCLI {
        log("\(size) events: leakline search against fzf")
        result.cli = compareCLI(dataset)
      }
      report.sizes.append(result)
    }
    return report
  }

  private func childArguments(_ task: String, _ size: Int) -> [String] {
    ["--child", task, String(size), "--out", directory, "--runs", String(options.runs)]
  }

  /// `leakline --case FILE search garcia luna` against `fzf -e --filter "garcia luna"`
  /// over the same events one per line, each the median of three runs.
  private func compareCLI(_ dataset: Dataset) -> CLIComparison {
    var comparison = CLIComparison()
    let leakline = (Spawn.selfPath as NSString).deletingLastPathComponent + "/leakline"
    if FileManager.default.isExecutableFile(atPath: leakline) {
      let command =
        "\(Spawn.quote(leakline)) --case \(Spawn.quote(dataset.jsonPath)) search garcia luna"
      comparison.leakline = medianRun(command)
    } else {
      comparison.leaklineNote =
        "not measured: no leakline binary next to leakline-bench (swift build -c release)"
    }
    if let fzf = Spawn.which("fzf") {
      comparison.fzf = medianRun(
        "\(fzf) -e --filter 'garcia luna' < \(Spawn.quote(dataset.linesPath))")
    } else {
      comparison.fzfNote = "not measured: fzf is not installed (apt-get install fzf)"
    }
    return comparison
  }

  private func medianRun(_ command: String) -> Spawn.Usage? {
    let runs = (0..<3).compactMap { _ in try? Spawn.measure(command) }
    guard !runs.isEmpty else { return nil }
    var median = runs.sorted { $0.seconds < $1.seconds }[runs.count / 2]
    median.peakBytes = runs.map(\.peakBytes).max() ?? median.peakBytes
    return median
  }
}

/// Everything measured at one size.
struct SizeResult: Codable {
  var events: Int
  var fileBytes: Int
  var loads: [LoadResult] = []
  var strictLoad: LoadResult?
  var search: SearchResult?
  var notebook: NotebookResult?
  var cli: CLIComparison?

  init(events: Int, fileBytes: Int) {
    self.events = events
    self.fileBytes = fileBytes
  }

  /// The median load time and the highest peak.
  var loadSeconds: Double { Measure.median(loads.map(\.seconds)) }
  var loadPeakBytes: Int { loads.map(\.peakBytes).max() ?? 0 }
}

/// The command-line comparison at one size.
struct CLIComparison: Codable {
  var leakline: Spawn.Usage?
  var leaklineNote: String?
  var fzf: Spawn.Usage?
  var fzfNote: String?
}

/// The machine the figures come from.
struct Machine: Codable {
  var cores: Int
  var cpu: String
  var memoryBytes: Int
  var kernel: String
  var swift: String

  static func current() -> Machine {
    let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let model =
      cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
      .map {
        $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) }
          ?? ""
      } ?? "unknown"
    let release =
      (try? String(contentsOfFile: "/proc/sys/kernel/osrelease", encoding: .utf8))?
      .trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown"
    #if compiler(>=6.3)
      let swift = "6.3 or later"
    #else
      let swift = "before 6.3"
    #endif
    return Machine(
      cores: ProcessInfo.processInfo.activeProcessorCount, cpu: model,
      memoryBytes: Int(ProcessInfo.processInfo.physicalMemory), kernel: release, swift: swift)
  }
}
