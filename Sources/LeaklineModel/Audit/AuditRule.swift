/// One check of the audit: a kind of claim that rests on little.
///
/// Each rule lives in its own file under Audit/Rules and looks at one record at a time,
/// with what the whole file says about it gathered once in an ``AuditContext``. So the
/// browser can ask about the few records on screen, and ``CaseAudit`` runs every rule over
/// every record in a stable order: rule by rule (the order of ``CaseAudit/rules``), and
/// within a rule in the case file's reading order (timeline, people and units by kind,
/// sources as `leakline sources` lists them).
public protocol AuditRule: Sendable {
  /// The identifier a `reviewed` note and `--json` use: lower-case kebab-case.
  static var id: String { get }
  /// A heading for the report: what the listed records have in common.
  static var title: String { get }
  /// Why `record` is listed under this rule: one sentence a finding, none when it passes.
  static func reasons(for record: AuditRecord, in context: AuditContext) -> [String]
}

/// A record of the case file, as the audit looks at it.
public enum AuditRecord: Sendable {
  case event(Event)
  case entity(Entity)
  case source(Source)

  /// The record's id.
  public var id: String {
    switch self {
    case .event(let e): e.id
    case .entity(let e): e.id
    case .source(let s): s.id
    }
  }

  /// The findings someone reviewed on this record and let stand.
  public var reviewed: [AuditReview] {
    switch self {
    case .event(let e): e.reviewed
    case .entity(let e): e.reviewed
    case .source(let s): s.reviewed
    }
  }

  /// What kind of record it is.
  public var kind: AuditFinding.RecordKind {
    switch self {
    case .event: .event
    case .entity: .entity
    case .source: .source
    }
  }
}
