/// One weak spot the audit found: which rule, which record, and why it is listed.
///
/// ```text
/// single-source  event  vice-siu-story  Rests on one source only: [7].
/// ```
public struct AuditFinding: Hashable, Sendable {
  /// The kind of record a finding is about.
  public enum RecordKind: String, Hashable, Sendable {
    case event, entity, source
  }

  /// The rule's identifier, as a `reviewed` note names it: "single-source".
  public var rule: String
  public var recordKind: RecordKind
  /// The id of the event, entity or source (what `leakline show` takes).
  public var recordID: String
  /// Why the record is listed, as a sentence.
  public var reason: String

  public init(rule: String, recordKind: RecordKind, recordID: String, reason: String) {
    self.rule = rule
    self.recordKind = recordKind
    self.recordID = recordID
    self.reason = reason
  }
}
