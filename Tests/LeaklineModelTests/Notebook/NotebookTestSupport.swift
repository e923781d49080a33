import Foundation
import LeaklineModel

/// Changes for tests, with readable defaults.
func change(
  _ op: NotebookChange.Operation, _ target: String = "event:allende-massacre",
  id: String = NotebookChange.newID(), at milliseconds: Int64 = 1_765_000_000_000,
  by: String = "ana", text: String? = nil, label: String? = nil, note: String? = nil
) -> NotebookChange {
  NotebookChange(
    id: id, at: NotebookTime(millisecondsSince1970: milliseconds), by: by,
    target: NotebookTarget(target) ?? NotebookTarget(.event, target), operation: op,
    text: text, label: label, noteID: note)
}

/// A fresh folder under the temporary directory, removed by the caller.
func temporaryFolder() throws -> String {
  let path = FileManager.default.temporaryDirectory.appendingPathComponent(
    "leakline-notebook-\(UUID().uuidString)"
  ).path
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}
