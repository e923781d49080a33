/// `leakline audit`: the claims in a case file that rest on little, for a fact-checker to
/// look at first. The rules are documented in docs/audit.md.
///
/// ```swift
/// let audit = CaseAudit(index: index)
/// for finding in audit.findings { print(finding.recordID, finding.reason) }
/// ```
public struct CaseAudit: Sendable {
  /// Every rule, in the order findings are listed.
  public static let rules: [any AuditRule.Type] = [
    SingleSourceEventRule.self,
    VerifiedOnTheTextAloneRule.self,
    DisputedWithoutDiscrepancyRule.self,
    DiscrepancyWithoutIndependentSourceRule.self,
    UnconfirmedURLRule.self,
    MissingURLRule.self,
    ArchivePageURLRule.self,
    UncitedSourceRule.self,
    UnconnectedEntityRule.self,
    SharedAliasRule.self,
    LaterBeforePublicationRule.self,
    AfterPublicationNotLaterRule.self,
  ]

  /// What is listed, in order.
  public let findings: [AuditFinding]
  /// Findings a `reviewed` note silences, in the same order, with the review.
  public let silenced: [(finding: AuditFinding, review: AuditReview)]

  /// Runs every rule over every record of `index`. A finding whose rule the record's
  /// `reviewed` notes name is silenced rather than listed.
  public init(index: CaseIndex) {
    let context = AuditContext(index: index)
    let records =
      index.timeline.map(AuditRecord.event) + index.entitiesByKind.map(AuditRecord.entity)
      + index.sourcesInOrder.map(AuditRecord.source)
    var listed: [AuditFinding] = []
    var silenced: [(finding: AuditFinding, review: AuditReview)] = []
    for rule in Self.rules {
      for record in records {
        for finding in Self.findings(of: rule, about: record, in: context) {
          if let review = record.reviewed.first(where: { $0.rule == rule.id }) {
            silenced.append((finding, review))
          } else {
            listed.append(finding)
          }
        }
      }
    }
    findings = listed
    self.silenced = silenced
  }

  /// The listed findings about one record, in rule order: what the browser marks on a row.
  /// Findings the record's `reviewed` notes silence are left out.
  public static func findings(about record: AuditRecord, in context: AuditContext)
    -> [AuditFinding]
  {
    let reviewed = Set(record.reviewed.map(\.rule))
    return rules.filter { !reviewed.contains($0.id) }.flatMap {
      findings(of: $0, about: record, in: context)
    }
  }

  private static func findings(
    of rule: any AuditRule.Type, about record: AuditRecord, in context: AuditContext
  ) -> [AuditFinding] {
    rule.reasons(for: record, in: context).map {
      AuditFinding(rule: rule.id, recordKind: record.kind, recordID: record.id, reason: $0)
    }
  }

  /// The ids of every record with at least one listed finding.
  public var flaggedRecords: Set<String> { Set(findings.map(\.recordID)) }

  /// How many findings each rule listed, in rule order, rules without findings included.
  public var counts: [(rule: any AuditRule.Type, count: Int)] {
    var byRule: [String: Int] = [:]
    for f in findings { byRule[f.rule, default: 0] += 1 }
    return Self.rules.map { ($0, byRule[$0.id] ?? 0) }
  }
}
