import LeaklineModel

/// How a ``NotebookChange`` is written to, and read from, a row of the changes table.
///
/// Every field of a `.notes.jsonl` line has its column, readable in plain SQL. PostgreSQL's
/// `text` cannot hold the NUL character, so a change with a NUL in any of its texts is
/// stored escaped, and says so in its `escaped` column: `\` is written `\\` and NUL `\0`
/// in each of its texts. Every other change is stored exactly as typed (quotes,
/// backslashes, escape sequences and all): nothing in SQL is built from its text, which
/// goes to the server only as bound parameters.
enum ChangeRow {
  /// The columns, in the order of ``parameters(for:caseKey:)`` after `case_key`.
  static let insertColumns =
    "case_key, id, v, at, author, target, op, text, label, note_id, escaped"

  /// The SELECT list ``change(from:)`` reads.
  static let selectColumns =
    "seq, id, v, (extract(epoch from at) * 1000)::bigint, author, target, op, text, label, "
    + "note_id, escaped"

  /// The values bound for one INSERT of `change`: case key, id, version, time in
  /// milliseconds, author, target, operation, text, label, note id, escaped.
  static func parameters(for change: NotebookChange, caseKey: String) -> [String?] {
    let texts: [String?] = [
      change.id, change.by, change.target.description, change.text, change.label, change.noteID,
    ]
    let escaped = texts.contains { $0?.contains("\0") == true }
    let stored = texts.map { $0.map { escaped ? escape($0) : $0 } }
    return [
      caseKey, stored[0], String(change.version), String(change.at.millisecondsSince1970),
      stored[1], stored[2], change.operation.rawValue, stored[3], stored[4], stored[5],
      escaped ? "true" : "false",
    ]
  }

  /// Reads one row of ``selectColumns``: its sequence number and its change, or why the
  /// change cannot be read (it is then skipped and reported, never dropped from the table).
  static func change(from row: [String?]) -> (
    seq: Int64, change: Result<NotebookChange, RowProblem>
  ) {
    let seq = row.first.flatMap { $0.flatMap { Int64($0) } } ?? 0
    guard row.count == 11 else {
      return (seq, .failure(RowProblem(id: nil, "a row of \(row.count) columns")))
    }
    let escaped = row[10] == "t"
    func text(_ index: Int) -> String? { row[index].map { escaped ? unescape($0) : $0 } }
    let id = text(1) ?? ""
    guard let version = row[2].flatMap({ Int($0) }), version == 1 else {
      return (
        seq,
        .failure(
          RowProblem(
            id: id,
            "format version \(row[2] ?? "none") is not known to this Leakline (it reads version 1); update Leakline to read it"
          ))
      )
    }
    guard let milliseconds = row[3].flatMap({ Int64($0) }) else {
      return (seq, .failure(RowProblem(id: id, "no time")))
    }
    guard let targetText = text(5), let target = NotebookTarget(targetText) else {
      return (seq, .failure(RowProblem(id: id, "target '\(text(5) ?? "")' is not kind:id")))
    }
    guard let operation = row[6].flatMap({ NotebookChange.Operation(rawValue: $0) }) else {
      return (seq, .failure(RowProblem(id: id, "operation '\(row[6] ?? "")' is not known")))
    }
    let change = NotebookChange(
      version: version, id: id, at: NotebookTime(millisecondsSince1970: milliseconds),
      by: text(4) ?? "", target: target, operation: operation, text: text(7), label: text(8),
      noteID: text(9))
    return (seq, .success(change))
  }

  /// Why a row is not a change this Leakline can read.
  struct RowProblem: Error {
    var id: String?
    var message: String
    init(id: String?, _ message: String) {
      self.id = id
      self.message = message
    }
  }

  static func escape(_ text: String) -> String {
    var out = ""
    out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\0": out += "\\0"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  static func unescape(_ text: String) -> String {
    var out = ""
    var pendingBackslash = false
    for scalar in text.unicodeScalars {
      if pendingBackslash {
        out.unicodeScalars.append(scalar == "0" ? "\0" : scalar)
        pendingBackslash = false
      } else if scalar == "\\" {
        pendingBackslash = true
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    if pendingBackslash { out += "\\" }
    return out
  }
}
