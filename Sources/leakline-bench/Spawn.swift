import Foundation

/// Running other programs: this benchmark's own children, and the command lines it
/// compares.
enum Spawn {
  /// This executable's path.
  static var selfPath: String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard n > 0 else { return CommandLine.arguments[0] }
    return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Runs this executable with `arguments` and returns what it printed.
  static func child(_ arguments: [String]) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: selfPath)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw BenchError(
        "leakline-bench \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)"
      )
    }
    return data
  }

  /// What a finished command used.
  struct Usage: Codable {
    var seconds: Double
    var peakBytes: Int
    var status: Int32
    /// Lines written to standard output.
    var lines: Int
  }

  /// Runs `command` with `/bin/sh -c`, counting the lines it prints, and measures its
  /// wall time and peak memory (`ru_maxrss` of the process, as `/usr/bin/time -v` reports
  /// it; the shell `exec`s the command, so that is the command's own).
  static func measure(_ command: String) throws -> Usage {
    var pipe: [Int32] = [0, 0]
    guard Glibc.pipe(&pipe) == 0 else { throw BenchError("pipe failed") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
    posix_spawn_file_actions_addclose(&actions, pipe[0])
    posix_spawn_file_actions_addclose(&actions, pipe[1])
    var pid: pid_t = 0
    let words: [String] = ["/bin/sh", "-c", "exec " + command]
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    let envp: [UnsafeMutablePointer<CChar>?] =
      ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for p in argv + envp { free(p) } }
    let start = Measure.now()
    guard posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp) == 0 else {
      throw BenchError("cannot run \(command)")
    }
    close(pipe[1])
    var lines = 0
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = read(pipe[0], &buffer, buffer.count)
      if n < 0, errno == EINTR { continue }
      if n <= 0 { break }
      for i in 0..<n where buffer[i] == 0x0A { lines += 1 }
    }
    close(pipe[0])
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
    let seconds = Measure.now() - start
    let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return Usage(
      seconds: seconds, peakBytes: Int(usage.ru_maxrss) * 1024, status: exit, lines: lines)
  }

  /// The full path of `program` on `PATH`, if there is one.
  static func which(_ program: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      let candidate = "\(dir)/\(program)"
      if access(candidate, X_OK) == 0 { return candidate }
    }
    return nil
  }

  /// A word quoted for `/bin/sh`.
  static func quote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
