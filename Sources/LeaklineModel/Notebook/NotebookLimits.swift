/// What a notebook accepts, checked before a change is written, with messages that say
/// how to fix what was refused.
///
/// The limits keep every line well under what a `kill -9` can tear (one write of a line
/// of at most a few hundred kilobytes) and a notebook small enough to replay at once.
public enum NotebookLimits {
  /// The longest note, in bytes of UTF-8: 64 KiB.
  public static let noteBytes = 64 * 1024
  /// The longest label or saved search name, in characters.
  public static let labelCharacters = 40
  /// The largest notebook file: 100 MB (about a million changes).
  public static let notebookBytes = 100 * 1000 * 1000
  /// The longest author name, in characters.
  public static let authorCharacters = 100

  /// Why `change` cannot be written, or nil when it can.
  public static func problem(with change: NotebookChange) -> String? {
    if change.id.isEmpty || change.id.utf8.count > 64 {
      return "a change id must have 1 to 64 characters"
    }
    let author = change.by
    if author.isEmpty || author.count > authorCharacters
      || author.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
    {
      return
        "the author name must have 1 to \(authorCharacters) characters and no control characters; give one with --as NAME"
    }
    if change.target.id.utf8.count > 1024 {
      return "a record id of more than 1,024 bytes cannot be noted"
    }
    if let text = change.text, text.utf8.count > noteBytes {
      return
        "the note is \(text.utf8.count) bytes; a note holds at most \(noteBytes) bytes (64 KB). Split it into several notes, or keep the long text in a file and note where it is"
    }
    switch change.operation {
    case .note, .editNote:
      if change.text == nil { return "a note needs its text" }
    case .saveSearch:
      if change.text == nil { return "a saved search needs its query" }
    default: break
    }
    switch change.operation {
    case .label, .unlabel, .saveSearch, .deleteSearch:
      guard let label = change.label else { return "a label needs its name" }
      if let why = problem(withLabel: label) { return why }
    case .editNote, .deleteNote:
      if change.noteID == nil { return "an edit or delete needs the id of its note" }
    default: break
    }
    return nil
  }

  /// Why `label` is not a label (or saved search name), or nil when it is one: a short
  /// word of letters, digits, `-`, `_` and `.`, starting with a letter or digit, such as
  /// `checked` or `needs-2nd-source`.
  public static func problem(withLabel label: String) -> String? {
    let scalars = label.unicodeScalars
    guard let first = scalars.first else { return "a label cannot be empty" }
    let isWordCharacter: (Unicode.Scalar) -> Bool = {
      $0.properties.isAlphabetic || $0.properties.numericType != nil
    }
    let fits =
      isWordCharacter(first) && label.count <= labelCharacters
      && scalars.allSatisfy { isWordCharacter($0) || $0 == "-" || $0 == "_" || $0 == "." }
    return fits
      ? nil
      : "'\(label)' is not a label: a label is one short word (up to \(labelCharacters) letters, digits, '-', '_' or '.', starting with a letter or digit), such as checked or needs-2nd-source"
  }
}
