/// Lets `--case FILE` come before the subcommand (`leakline --case x.json list`), as `git -C`
/// does, although ArgumentParser reads options only after the subcommand that owns them.
enum GlobalArguments {
  static let subcommands: Set<String> = [
    "browse", "list", "search", "show", "sources", "validate", "export", "import", "help",
    "facets",
  ]

  /// Moves `--case FILE` / `--case=FILE` found before the subcommand name to just after it.
  static func reorder(_ arguments: [String]) -> [String] {
    var leading: [String] = []
    var i = 0
    while i < arguments.count {
      let a = arguments[i]
      if a == "--case", i + 1 < arguments.count {
        leading += [a, arguments[i + 1]]
        i += 2
      } else if a.hasPrefix("--case=") {
        leading.append(a)
        i += 1
      } else {
        break
      }
    }
    guard !leading.isEmpty, i < arguments.count, subcommands.contains(arguments[i]) else {
      return arguments
    }
    return [arguments[i]] + leading + arguments[(i + 1)...]
  }
}
