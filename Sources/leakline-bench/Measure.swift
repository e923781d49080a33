import Foundation

/// Clocks, memory and statistics.
enum Measure {
  /// Seconds on the monotonic clock.
  static func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }

  /// CPU seconds used by this process, all threads.
  static func cpu() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }

  /// Wall seconds `body` takes, and its result.
  static func time<T>(_ body: () throws -> T) rethrows -> (seconds: Double, value: T) {
    let start = now()
    let value = try body()
    return (now() - start, value)
  }

  /// The process's peak resident memory so far (VmHWM), in bytes.
  static func peakMemory() -> Int { statusField("VmHWM") }

  /// The process's resident memory now (VmRSS), in bytes.
  static func memory() -> Int { statusField("VmRSS") }

  private static func statusField(_ name: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return 0
    }
    for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
      let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
      return kilobytes * 1024
    }
    return 0
  }

  /// The median of `values`.
  static func median(_ values: [Double]) -> Double { percentile(values, 50) }

  /// The nearest-rank percentile: the smallest value at least `p` % of values are at or
  /// under. With 21 runs, p99 is the slowest run.
  static func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
    return sorted[max(0, min(sorted.count - 1, rank - 1))]
  }
}
