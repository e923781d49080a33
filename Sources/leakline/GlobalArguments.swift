/// Lets `--case FILE` come before the subcommand (`leakline --case x.json list`), as `git -C`
/// does, although ArgumentParser reads options only after the subcommand that owns them.
enum GlobalArguments {
  static let subcommands: Set<String> = [
    "browse", "list", "search", "show", "sources", "audit", "validate", "export", "import",
    "help", "mark", "unmark", "note", "label", "notes", "facets",
  ]

  /// The options that may come before the subcommand: the case, and the notebook and
  /// author that go with it.
  static let leadingOptions = ["--case", "--notes", "--as"]

  /// Subcommands of a subcommand, after which the moved options go.
  static let nested: [String: Set<String>] = ["notes": ["copy"]]

  /// Moves the leading options found before the subcommand name to just after it (after
  /// `notes copy`, for a nested one).
  static func reorder(_ arguments: [String]) -> [String] {
    var leading: [String] = []
    var i = 0
    while i < arguments.count {
      let a = arguments[i]
      if leadingOptions.contains(a), i + 1 < arguments.count {
        leading += [a, arguments[i + 1]]
        i += 2
      } else if leadingOptions.contains(where: { a.hasPrefix($0 + "=") }) {
        leading.append(a)
        i += 1
      } else {
        break
      }
    }
    guard !leading.isEmpty, i < arguments.count, subcommands.contains(arguments[i]) else {
      return arguments
    }
    var end = i + 1
    if end < arguments.count, nested[arguments[i]]?.contains(arguments[end]) == true { end += 1 }
    return Array(arguments[i..<end]) + leading + arguments[end...]
  }
}
