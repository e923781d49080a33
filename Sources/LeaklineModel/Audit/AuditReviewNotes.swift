/// Reads the reviewed notes of a case file: on any source, entity or event, an
/// `"x-reviewed"` list of `{"rule", "by", "why"}` objects (docs/audit.md).
///
/// The notes ride in an extension key, which every reader of the format already accepts
/// and skips, so they need no change to the readers; this reads them on their own, for
/// `leakline audit`. A note without all three strings, or naming a rule the audit does not
/// have, is reported as a problem rather than silently trusted.
public enum AuditReviewNotes {
  /// The extension key the notes are written under.
  public static let key = "x-reviewed"

  /// What was read: the notes by record id, and the notes that could not be used.
  public struct Reading: Sendable {
    public var notes: [String: [AuditReview]] = [:]
    /// One sentence per note left out, naming the record.
    public var problems: [String] = []
  }

  /// The notes in a case file's bytes; nothing when it has none or is not JSON.
  public static func read(bytes: [UInt8]) -> Reading {
    var reading = Reading()
    guard contains(bytes, Array("\"\(key)\"".utf8)), let root = try? JSONParser.parse(bytes),
      case .object(let top) = root.value
    else { return reading }
    let known = Set(CaseAudit.rules.map { $0.id })
    for member in top where ["sources", "entities", "events"].contains(member.key) {
      guard case .array(let records) = member.value.value else { continue }
      for record in records {
        guard case .object(let fields) = record.value,
          case .string(let id)? = fields.first(where: { $0.key == "id" })?.value.value,
          let notes = fields.first(where: { $0.key == key })?.value.value
        else { continue }
        guard case .array(let items) = notes else {
          reading.problems.append("\(id): \(key) is not a list of notes; it is ignored.")
          continue
        }
        for item in items {
          guard let review = review(item), known.contains(review.rule) else {
            reading.problems.append(
              "\(id): a note of \(key) needs \"rule\" (one of the audit's rule ids), \"by\" and "
                + "\"why\" as text; it is ignored.")
            continue
          }
          reading.notes[id, default: []].append(review)
        }
      }
    }
    return reading
  }

  /// `file` with each record's `reviewed` notes taken from `notes`.
  public static func apply(_ notes: [String: [AuditReview]], to file: CaseFile) -> CaseFile {
    guard !notes.isEmpty else { return file }
    var file = file
    for i in file.sources.indices { file.sources[i].reviewed += notes[file.sources[i].id] ?? [] }
    for i in file.entities.indices {
      file.entities[i].reviewed += notes[file.entities[i].id] ?? []
    }
    for i in file.events.indices { file.events[i].reviewed += notes[file.events[i].id] ?? [] }
    return file
  }

  private static func review(_ node: JSONNode) -> AuditReview? {
    guard case .object(let fields) = node.value else { return nil }
    func text(_ name: String) -> String? {
      guard case .string(let s)? = fields.first(where: { $0.key == name })?.value.value,
        !s.allSatisfy(\.isWhitespace)
      else { return nil }
      return s
    }
    guard let rule = text("rule"), let by = text("by"), let why = text("why") else { return nil }
    return AuditReview(rule: rule, by: by, why: why)
  }

  private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, bytes.count >= needle.count else { return false }
    var i = 0
    while i <= bytes.count - needle.count {
      if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
      i += 1
    }
    return false
  }
}
