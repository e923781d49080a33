import Glibc
import LeaklineModel
import Synchronization

/// The line the browser shows on standard error while a large case file loads and its
/// search index is built, so that a million events never look like a frozen terminal:
/// `Loading big.json: 412,000 events, 180 of 427 MB (42%)`.
///
/// It redraws in place (carriage return, erase to the end of the line) at most ten times a
/// second, and ``finish()`` erases it before the browser takes the screen. Only our own
/// text and the sanitised path are written. It lives with the terminal backend because it
/// writes terminal control sequences (carriage return, erase line), which nothing outside
/// LeaklineCurses does.
package final class LoadingProgress: Sendable {
  private struct State {
    var lastDraw: UInt64 = 0
    var drawn = false
  }

  private let name: String
  private let state = Mutex(State())

  /// A progress line for `path`, or `nil` when standard error is not a terminal (the line
  /// would only clutter a log) or the file is small enough to load in a blink.
  package static func forBrowsing(_ path: String?) -> LoadingProgress? {
    guard let path, isatty(STDERR_FILENO) == 1 else { return nil }
    var info = stat()
    guard stat(path, &info) == 0, Int(info.st_size) >= minimumBytes else { return nil }
    return LoadingProgress(name: path)
  }

  /// Files smaller than this load in well under a tenth of a second.
  private static let minimumBytes = 8 << 20

  private init(name: String) {
    self.name = TerminalSafeText.sanitize(name)
  }

  /// Called by the loader every few megabytes.
  package func loading(_ progress: LoadProgress) {
    let percent = Int(progress.fraction * 100)
    draw(
      "Loading \(name): \(Self.grouped(progress.eventsRead)) events, "
        + "\(progress.bytesRead >> 20) of \(progress.totalBytes >> 20) MB (\(percent)%)")
  }

  /// Called while the search index is built, from any thread.
  package func indexing(done: Int, total: Int) {
    let percent = total > 0 ? done * 100 / total : 100
    draw(
      "Indexing \(name) for search: \(Self.grouped(done)) of \(Self.grouped(total)) events (\(percent)%)"
    )
  }

  /// Erases the line, if one was drawn.
  package func finish() {
    state.withLock { state in
      if state.drawn { Self.write("\r\u{1B}[K") }
      state.drawn = false
    }
  }

  private func draw(_ text: String) {
    var clock = timespec()
    clock_gettime(CLOCK_MONOTONIC, &clock)
    let now = UInt64(clock.tv_sec) &* 1_000_000_000 &+ UInt64(clock.tv_nsec)
    state.withLock { state in
      guard !state.drawn || now &- state.lastDraw >= 100_000_000 else { return }
      state.lastDraw = now
      state.drawn = true
      Self.write("\r" + text + "\u{1B}[K")
    }
  }

  private static func write(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      var done = 0
      while done < bytes.count {
        // swift-format-ignore: NeverForceUnwrap
        // A non-empty buffer has a base address.
        let n = Glibc.write(STDERR_FILENO, bytes.baseAddress! + done, bytes.count - done)
        if n < 0, errno == EINTR { continue }
        guard n > 0 else { return }  // a progress line is not worth failing over
        done += n
      }
    }
  }

  /// 412000 as "412,000".
  static func grouped(_ n: Int) -> String {
    let digits = Array(String(n))
    var out = ""
    for (i, d) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(d)
    }
    return out
  }
}
