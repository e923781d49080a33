/// One notebook change as one line of JSON, and back.
///
/// ```text
/// {"v":1,"id":"…","at":"2026-12-08T00:43:27.123Z","by":"ana","target":"event:allende-massacre","op":"note","text":"Two sources disagree"}
/// ```
///
/// Members are written in this order, `text`, `label` and `note` (the note an edit or
/// delete is about) only when the change has them. Every control character, including
/// line breaks and NUL, is escaped, so a change is always exactly one line and a note's
/// text comes back byte for byte. Reading accepts members in any order and ignores
/// members it does not know, so a later Leakline can add some.
public enum NotebookLine {
  /// The change as one line of UTF-8, ending in `\n`.
  public static func encode(_ change: NotebookChange) -> [UInt8] {
    var out = "{\"v\":\(change.version),\"id\":"
    JSONText.quote(change.id, into: &out)
    out += ",\"at\":\"" + change.at.text + "\",\"by\":"
    JSONText.quote(change.by, into: &out)
    out += ",\"target\":"
    JSONText.quote(change.target.description, into: &out)
    out += ",\"op\":\"" + change.operation.rawValue + "\""
    if let text = change.text {
      out += ",\"text\":"
      JSONText.quote(text, into: &out)
    }
    if let label = change.label {
      out += ",\"label\":"
      JSONText.quote(label, into: &out)
    }
    if let note = change.noteID {
      out += ",\"note\":"
      JSONText.quote(note, into: &out)
    }
    out += "}\n"
    return Array(out.utf8)
  }

  /// Reads one line (without its `\n`).
  ///
  /// - Throws: a message for a person saying what is wrong with the line.
  public static func decode(_ line: UnsafeBufferPointer<UInt8>) throws(NotebookLineError)
    -> NotebookChange
  {
    var reader = NotebookLineReader(bytes: line)
    return try reader.change()
  }

  /// Reads one line (without its `\n`).
  public static func decode(_ line: some Collection<UInt8>) throws(NotebookLineError)
    -> NotebookChange
  {
    let bytes = Array(line)
    let result: Result<NotebookChange, NotebookLineError> = bytes.withUnsafeBufferPointer { b in
      do throws(NotebookLineError) { return .success(try decode(b)) } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }
}

/// Why a line is not a notebook change.
public struct NotebookLineError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
