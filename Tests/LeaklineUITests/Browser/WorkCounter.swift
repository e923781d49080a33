import LeaklineUI
import Synchronization

/// Counts what a browser makes, as its ``BrowserObserver``: the tests' window on the
/// browser's work, which the product never opens.
final class WorkCounter: BrowserObserver {
  private let counts = Mutex<[BrowserWork: Int]>([:])

  func browserMade(_ work: BrowserWork) { counts.withLock { $0[work, default: 0] += 1 } }

  /// How many times `work` was made so far.
  subscript(_ work: BrowserWork) -> Int { counts.withLock { $0[work] ?? 0 } }
}
