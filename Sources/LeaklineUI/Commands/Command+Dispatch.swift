extension Command {
  /// The command a key runs in a context, or `nil` when the key does nothing there.
  ///
  /// The first command in table order that lists both the key and the context wins. In a
  /// prompt, printable characters are always typed, never commands, so `q` types a `q`
  /// there while Ctrl-C still quits.
  package static func command(for key: Key, in context: CommandContext) -> Command? {
    if context == .prompt, case .character = key { return nil }
    return allCases.first { $0.contexts.contains(context) && $0.keys.contains(key) }
  }

  /// The keys that really reach this command in `context`, in table order.
  ///
  /// Keys taken by an earlier command (the digits in Sources) are left out, so help never
  /// promises a key that does something else.
  package func reachableKeys(in context: CommandContext) -> [Key] {
    guard contexts.contains(context) else { return [] }
    return keys.filter { Command.command(for: $0, in: context) == self }
  }

  /// The keys as help writes them: `↓ j`, `Esc Backspace`, `0–9`.
  package static func label(for keys: [Key]) -> String {
    let digits = (0...9).map { Key.character(Character(String($0))) }
    if keys == digits { return "0–9" }
    return keys.map(\.description).joined(separator: " ")
  }

  /// The commands that work in `context` and can be reached by at least one key there.
  package static func available(in context: CommandContext) -> [Command] {
    allCases.filter { !$0.reachableKeys(in: context).isEmpty }
  }

  /// A footer hint: the keys to show and the word after them.
  package struct Hint: Hashable, Sendable {
    /// The keys, as `↑/↓` or `Enter`.
    package var keys: String
    /// What they do, in a word or two.
    package var label: String

    /// A hint showing `keys` then `label`.
    package init(keys: String, label: String) {
      self.keys = keys
      self.label = label
    }
  }

  /// Footer hints for a context, in footer order.
  package static func hints(in context: CommandContext) -> [Hint] {
    footerOrder.compactMap { command -> Hint? in
      guard let label = command.hint, let key = command.reachableKeys(in: context).first else {
        return nil
      }
      if let partner = command.hintPartner, let other = partner.reachableKeys(in: context).first {
        return Hint(keys: "\(other)/\(key)", label: label)
      }
      if command == .jumpToReference {
        return Hint(keys: Command.label(for: command.reachableKeys(in: context)), label: label)
      }
      return Hint(keys: key.description, label: label)
    }
  }
}
