import Foundation
import LeaklineModel

// leakline-notebook-writer PATH COUNT AUTHOR [NOTE-BYTES]
//
// A test helper, not a product: appends COUNT notes to the notebook at PATH, one append
// (one locked, synced write) at a time, and prints "saved ID" on standard output after
// each append returns. The CLI tests run two at once (no change may be lost) and kill one
// with SIGKILL mid-burst (every change it said was saved must be there).

let arguments = CommandLine.arguments
guard arguments.count >= 4, let count = Int(arguments[2]) else {
  FileHandle.standardError.write(
    Data("usage: leakline-notebook-writer PATH COUNT AUTHOR [NOTE-BYTES]\n".utf8))
  exit(64)
}
let store = FileNotebookStore(path: arguments[1])
let noteBytes = arguments.count > 4 ? Int(arguments[4]) ?? 40 : 40
for n in 0..<count {
  let text = "note \(n) by \(arguments[3]) " + String(repeating: "x", count: max(0, noteBytes - 20))
  let change = NotebookChange(
    id: NotebookChange.newID(), at: .now(), by: arguments[3],
    target: NotebookTarget(.event, "event-\(n % 50)"), operation: .note, text: text)
  do {
    try store.append([change])
  } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
  }
  FileHandle.standardOutput.write(Data("saved \(change.id)\n".utf8))
}
