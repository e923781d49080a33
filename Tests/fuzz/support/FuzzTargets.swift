import Glibc

/// Every fuzz target this binary holds, under the name `run.sh` gives it (its file name in
/// `targets/`). One binary holds them all, so the model is compiled once, not once per
/// target; a run picks one target with `-target=NAME` or `LEAKLINE_FUZZ_TARGET=NAME`.
let fuzzTargets: [(name: String, run: @Sendable (UnsafePointer<UInt8>?, Int) -> CInt)] = [
  ("loader", fuzzLoader),
  ("dates", fuzzDates),
  ("query", fuzzQuery),
  ("sanitize", fuzzSanitize),
]

/// The target chosen in `LLVMFuzzerInitialize`, before libFuzzer runs any input; read-only
/// afterwards.
nonisolated(unsafe) private var selectedTarget: (@Sendable (UnsafePointer<UInt8>?, Int) -> CInt)?

/// Picks the target: the last `-target=NAME` argument, else `LEAKLINE_FUZZ_TARGET`.
///
/// libFuzzer calls this before it reads its own flags and lets it change them, so every
/// `-target=` argument is taken out of `argv` (libFuzzer would warn about a flag it does
/// not know). The name is then put in the environment, so the processes libFuzzer starts
/// itself (`-fork`, `-minimize_crash`) run the same target. No or an unknown name exits
/// with status 64 and the list of targets.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>
) -> CInt {
  let flag = "-target="
  var name = getenv("LEAKLINE_FUZZ_TARGET").map { String(cString: $0) }
  var kept = 1
  for i in 1..<max(1, Int(argc.pointee)) {
    guard let argument = argv.pointee[i] else { continue }
    let text = String(cString: argument)
    if text.hasPrefix(flag) {
      name = String(text.dropFirst(flag.count))
    } else {
      argv.pointee[kept] = argument
      kept += 1
    }
  }
  argv.pointee[kept] = nil
  argc.pointee = CInt(kept)
  guard let name, let target = fuzzTargets.first(where: { $0.name == name }) else {
    let names = fuzzTargets.map(\.name).joined(separator: ", ")
    let given = name.map { "no fuzz target '\($0)'" } ?? "no fuzz target named"
    let message = Array(
      "\(given): pass -target=NAME or set LEAKLINE_FUZZ_TARGET=NAME, one of: \(names)\n".utf8)
    _ = write(STDERR_FILENO, message, message.count)
    exit(64)
  }
  setenv("LEAKLINE_FUZZ_TARGET", name, 1)
  selectedTarget = target.run
  return 0
}

/// libFuzzer's entry point: runs the chosen target on one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  // swift-format-ignore: NeverForceUnwrap
  // LLVMFuzzerInitialize exits unless it set a target, and it runs before any input.
  selectedTarget!(data, size)
}
