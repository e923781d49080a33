import ArgumentParser
import LeaklineModel
import LeaklineUI

/// Reading `browse --view` and `--open` into the browser's ``StartPoint``.
enum StartView {
  /// The view `--view NAME` names: a list, or the Notebook view (over the timeline); an
  /// unknown name is an error that lists the known ones.
  static func view(_ name: String) throws -> (list: ListKind?, notebook: Bool) {
    if name.lowercased() == "notebook" { return (nil, true) }
    if let list = ListKind(rawValue: name.lowercased()) { return (list, false) }
    let known = (ListKind.allCases.map(\.rawValue) + ["notebook"]).joined(separator: ", ")
    let safe = TerminalSafeText.sanitize(name)
    Output.error("leakline: --view '\(safe)' is not a view. Views: \(known).")
    throw ExitCode(1)
  }

  /// The record `--open TEXT` names, found the way `leakline show` finds it.
  static func record(_ text: String, in index: CaseIndex, caseName: String) throws
    -> StartPoint.Record
  {
    switch try Lookup.record(text, in: index, caseName: caseName, verb: "open") {
    case .event(let e): .event(e.id)
    case .entity(let e): .entity(e.id)
    case .source(let s): .source(s.id)
    }
  }
}
