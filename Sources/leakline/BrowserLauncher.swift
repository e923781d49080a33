import LeaklineModel

/// Placeholder until the browser lands: explains that the browser is not built yet.
enum BrowserLauncher {
  static func run(index: CaseIndex, caseName: String, mouse: Bool) throws -> Int32 {
    Output.error("leakline: the browser is not available in this build; use 'leakline list'.")
    return 2
  }
}
