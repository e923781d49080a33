import Foundation
import LeaklineModel

/// The reader's notebook at scale: replaying 100,000 changes, and what one mark costs on a
/// case of this size (the append, synced; the state update; the `is:marked` set the
/// browser's filter needs).
enum NotebookBench {
  /// The changes replayed.
  static let replayChanges = 100_000
  /// How many marks are timed.
  static let marks = 21

  static func run(_ casePath: String, directory: String, runs: Int) throws -> NotebookResult {
    let folder = directory + "/notebook-\(getpid())"
    try? FileManager.default.removeItem(atPath: folder)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }

    // 100,000 changes of a checking team: marks, notes of a sentence or two, labels.
    let replayPath = folder + "/replay.notes.jsonl"
    var bytes: [UInt8] = []
    bytes.reserveCapacity(replayChanges * 200)
    for n in 0..<replayChanges {
      let target = NotebookTarget(.event, "event-\(n % 20_000)")
      let at = NotebookTime(millisecondsSince1970: 1_765_000_000_000 + Int64(n) * 997)
      let change: NotebookChange
      switch n % 4 {
      case 0:
        change = NotebookChange(
          id: NotebookChange.newID(), at: at, by: "ana", target: target, operation: .mark)
      case 1:
        change = NotebookChange(
          id: NotebookChange.newID(), at: at, by: "ben", target: target, operation: .note,
          text:
            "Checked against the court record \(n): the date differs by a day; needs a second source."
        )
      case 2:
        change = NotebookChange(
          id: NotebookChange.newID(), at: at, by: "ana", target: target, operation: .label,
          label: n % 8 == 2 ? "checked" : "needs-2nd-source")
      default:
        change = NotebookChange(
          id: NotebookChange.newID(), at: at, by: "ben", target: target, operation: .unmark)
      }
      bytes += NotebookLine.encode(change)
    }
    try Data(bytes).write(to: URL(fileURLWithPath: replayPath))
    var replays: [Double] = []
    var replayCPU: [Double] = []
    var state = 0
    for _ in 0..<min(runs, 5) {
      let cpu = Measure.cpu()
      let (seconds, notebook) = try Measure.time {
        Notebook(try FileNotebookStore(path: replayPath).readAll().changes)
      }
      replayCPU.append(Measure.cpu() - cpu)
      replays.append(seconds)
      state = notebook.changes.count
    }

    // One mark at a time on the case, as the browser's m key does it.
    let index = CaseIndex(try CaseFileLoader.load(path: casePath))
    index.prepareLookups()
    index.search.prepare()
    let store = FileNotebookStore(path: folder + "/marks.notes.jsonl")
    var notebook = Notebook(try store.readAll().changes)
    let isMarked = try SearchQuery.parse("is:marked")
    var times: [Double] = []
    var hits = 0
    for n in 0..<marks {
      let event = index.timeline[(n * 7919) % index.timeline.count]
      let change = NotebookChange(
        id: NotebookChange.newID(), at: .now(), by: "ana", target: NotebookTarget(.event, event.id),
        operation: .mark)
      let (seconds, count) = try Measure.time {
        try store.append([change])
        notebook.apply([change])
        return index.search.eventMatches(isMarked, notebook: NotebookSearch(notebook, in: index))?
          .count ?? 0
      }
      times.append(seconds)
      hits = count
    }
    return NotebookResult(
      changes: state, replaySeconds: Measure.median(replays),
      replayCPUSeconds: Measure.median(replayCPU),
      markMedianMs: Measure.median(times) * 1000,
      markP99Ms: Measure.percentile(times, 99) * 1000, marked: hits)
  }
}

/// What ``NotebookBench`` measured.
struct NotebookResult: Codable {
  /// Changes in the replayed notebook.
  var changes: Int
  var replaySeconds: Double
  /// CPU time of the replay: on a loaded machine, wall time includes waiting for a core.
  var replayCPUSeconds: Double
  var markMedianMs: Double
  var markP99Ms: Double
  /// Events `is:marked` found after the last mark (one per mark).
  var marked: Int
}
