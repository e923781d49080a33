import Foundation

/// The command line: `leakline-bench [--sizes 10000,100000,1000000] [--json] [--out DIR]
/// [--runs N] [--no-cli]`, and the internal `--child TASK SIZE` form the benchmark uses to
/// measure each size in a fresh process.
struct BenchOptions {
  var sizes = [10_000, 100_000, 1_000_000]
  var json = false
  var outDirectory: String?
  /// How many times each keystroke sequence is typed.
  var runs = 21
  /// How many fresh processes measure loading.
  var loadRuns = 3
  var comparesCLI = true
  /// Set in a child: what to measure, and at which size.
  var child: (task: String, size: Int)?

  static let usage = """
    Usage: leakline-bench [--sizes 10000,100000,1000000] [--json] [--out DIR] [--runs N] [--no-cli]

    Makes synthetic case files of each size (written to DIR, a temporary folder by
    default, and reused when already there), then measures loading, indexing, typing
    searches letter by letter, drawing browser screens, Markdown export, and the
    'leakline search' command against 'fzf -e --filter'. Build it in release mode:
    swift run -c release leakline-bench
    """

  /// Parses `arguments` (without the program name); `nil` after printing a message.
  static func parse(_ arguments: [String]) -> BenchOptions? {
    var options = BenchOptions()
    var i = 0
    func value() -> String? {
      i += 1
      return i < arguments.count ? arguments[i] : nil
    }
    while i < arguments.count {
      switch arguments[i] {
      case "--sizes":
        guard let list = value() else {
          return fail("--sizes needs a list, e.g. --sizes 10000,100000")
        }
        let sizes = list.split(separator: ",").compactMap {
          Int($0.replacingOccurrences(of: "_", with: ""))
        }
        guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }) else {
          return fail("'\(list)' is not a list of event counts; write e.g. --sizes 10000,100000")
        }
        options.sizes = sizes
      case "--json": options.json = true
      case "--out":
        guard let dir = value() else { return fail("--out needs a folder") }
        options.outDirectory = dir
      case "--runs":
        guard let n = value().flatMap(Int.init), n > 0 else {
          return fail("--runs needs a number, e.g. --runs 21")
        }
        options.runs = n
      case "--no-cli": options.comparesCLI = false
      case "--child":
        guard let task = value(), let size = value().flatMap(Int.init) else {
          return fail("--child TASK SIZE")
        }
        options.child = (task, size)
      case "-h", "--help":
        print(usage)
        exit(0)
      default:
        return fail("Unknown argument '\(arguments[i])'.")
      }
      i += 1
    }
    return options
  }

  private static func fail(_ message: String) -> BenchOptions? {
    FileHandle.standardError.write(Data((message + "\n\n" + usage + "\n").utf8))
    return nil
  }
}
