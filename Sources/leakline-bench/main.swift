import Foundation

// leakline-bench: measures Leakline at 10k, 100k and 1M synthetic events against the
// budgets of issue 6. See docs/performance.md.

guard let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) else { exit(64) }
do {
  if let child = options.child {
    try ChildTasks.run(
      child.task, size: child.size, directory: options.outDirectory ?? ".", runs: options.runs)
  } else {
    let benchmark = try Benchmark(options: options)
    var report = try benchmark.run()
    report.checkBudgets()
    if options.json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      FileHandle.standardOutput.write(try encoder.encode(report))
      FileHandle.standardOutput.write(Data("\n".utf8))
    } else {
      print(report.table)
    }
  }
} catch {
  FileHandle.standardError.write(Data("leakline-bench: \(error)\n".utf8))
  exit(1)
}
