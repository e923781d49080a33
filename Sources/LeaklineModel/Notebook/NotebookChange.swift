/// One change a reader made to their notebook: a mark, a note, a label, a saved search.
///
/// A notebook is the list of its changes, never edited in place: a file notebook keeps one
/// per line of `NAME.notes.jsonl`, a team notebook one per row of a PostgreSQL table. Its
/// state is the replay of the changes in ``replayOrder`` (time, then change id), so two
/// people's changes merged in any order give the same state, and sending a change twice
/// is harmless: its ``id`` is unique.
public struct NotebookChange: Hashable, Sendable, Identifiable {
  /// What a change does.
  public enum Operation: String, Hashable, Sendable, CaseIterable {
    /// Marks the target (a checker's flag: "look at this again").
    case mark
    /// Takes the mark away.
    case unmark
    /// Adds a note; ``NotebookChange/text`` holds it, ``NotebookChange/id`` names it.
    case note
    /// Replaces the text of the note ``NotebookChange/noteID``.
    case editNote = "edit-note"
    /// Deletes the note ``NotebookChange/noteID``.
    case deleteNote = "delete-note"
    /// Adds the label ``NotebookChange/label``.
    case label
    /// Takes the label ``NotebookChange/label`` away.
    case unlabel
    /// Saves the search ``NotebookChange/text`` under the name ``NotebookChange/label``.
    case saveSearch = "save-search"
    /// Deletes the saved search named ``NotebookChange/label``.
    case deleteSearch = "delete-search"
  }

  /// The format version of the change; readers skip (and report) versions they do not know.
  public var version: Int
  /// Unique across every notebook: 32 lowercase hex digits (a random 128-bit number).
  public var id: String
  /// When the change was made, UTC, to the millisecond.
  public var at: NotebookTime
  /// Who made it: `--as NAME`, `LEAKLINE_AUTHOR`, else the login name.
  public var by: String
  /// What it is about.
  public var target: NotebookTarget
  public var operation: Operation
  /// A note's text (``Operation/note``, ``Operation/editNote``) or a saved search's query.
  public var text: String?
  /// A label (``Operation/label``, ``Operation/unlabel``) or a saved search's name.
  public var label: String?
  /// The note an ``Operation/editNote`` or ``Operation/deleteNote`` changes: the id of the
  /// change that wrote it.
  public var noteID: String?

  public init(
    version: Int = 1, id: String, at: NotebookTime, by: String, target: NotebookTarget,
    operation: Operation, text: String? = nil, label: String? = nil, noteID: String? = nil
  ) {
    self.version = version
    self.id = id
    self.at = at
    self.by = by
    self.target = target
    self.operation = operation
    self.text = text
    self.label = label
    self.noteID = noteID
  }

  /// The order a notebook is replayed in: by time, then by change id, whatever order the
  /// changes were stored or received in.
  public static func replayOrder(_ a: NotebookChange, _ b: NotebookChange) -> Bool {
    a.at != b.at ? a.at < b.at : a.id < b.id
  }
}

/// A point in time as a notebook stores it: milliseconds since 1970-01-01 UTC.
///
/// Written as ISO 8601 with milliseconds (`2026-12-08T00:43:27.123Z`), which sorts as text
/// in the same order as in time, for people reading a notebook and for SQL alike.
public struct NotebookTime: Hashable, Sendable, Comparable {
  public var millisecondsSince1970: Int64

  public init(millisecondsSince1970: Int64) {
    self.millisecondsSince1970 = millisecondsSince1970
  }

  public static func < (a: NotebookTime, b: NotebookTime) -> Bool {
    a.millisecondsSince1970 < b.millisecondsSince1970
  }
}

/// What a change is about: a record of the case file, or a saved search.
///
/// Written `kind:id` (`event:allende-massacre`, `entity:garcia-luna`, `source:ref-3`,
/// `search:open-questions`). Records are named by id, so a note outlives its record: when
/// the case file no longer has that id, the note is listed as orphaned, never dropped.
public struct NotebookTarget: Hashable, Sendable, Comparable {
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    case event, entity, source, search
  }

  public var kind: Kind
  public var id: String

  public init(_ kind: Kind, _ id: String) {
    self.kind = kind
    self.id = id
  }

  /// `kind:id`.
  public var description: String { "\(kind.rawValue):\(id)" }

  /// Reads `kind:id`; nil when the kind is unknown or the id is empty.
  public init?(_ text: String) {
    // Found in the UTF-8 view: walking characters costs more than the rest of reading a
    // notebook line.
    guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")),
      let kind = Kind(rawValue: String(text[..<colon]))
    else { return nil }
    let id = String(text[text.utf8.index(after: colon)...])
    guard !id.isEmpty else { return nil }
    self.init(kind, id)
  }

  public static func < (a: NotebookTarget, b: NotebookTarget) -> Bool {
    a.kind.rawValue != b.kind.rawValue ? a.kind.rawValue < b.kind.rawValue : a.id < b.id
  }
}
