/// `leakline audit` as text for people and JSON for programs: the findings rule by rule,
/// each with the record's id and why it is listed, and a last line that counts them.
public struct AuditReport: Sendable {
  public let index: CaseIndex
  public let audit: CaseAudit
  /// Width used to wrap long reasons.
  public var width: Int

  public init(index: CaseIndex, audit: CaseAudit, width: Int = 80) {
    self.index = index
    self.audit = audit
    self.width = width
  }

  private func safe(_ s: String) -> String { TerminalSafeText.sanitize(s) }

  /// The report as lines: a heading, one block per rule with findings, and the count line.
  public func lines() -> [String] {
    var lines = ["Audit of “" + safe(index.caseFile.title) + "”"]
    var quiet: [String] = []
    for (rule, count) in audit.counts {
      guard count > 0 else {
        quiet.append(rule.id)
        continue
      }
      lines += ["", rule.title + "  (" + rule.id + ", \(count))"]
      for f in audit.findings where f.rule == rule.id {
        lines += item(safe(f.recordID) + " (" + f.recordKind.rawValue + "): " + safe(f.reason))
      }
    }
    if !quiet.isEmpty {
      lines += [""] + PlainTextLayout.wrap("Nothing listed by: " + quiet.joined(separator: ", "))
    }
    if !audit.silenced.isEmpty {
      lines += ["", "Reviewed and silenced (\(audit.silenced.count))"]
      for (f, review) in audit.silenced {
        lines += item(
          safe(f.recordID) + " (" + f.rule + "): reviewed by " + safe(review.by) + ": "
            + safe(review.why))
      }
    }
    return lines + ["", summaryLine]
  }

  /// One listed item: indented two columns, its continuation lines four.
  private func item(_ text: String) -> [String] {
    PlainTextLayout.wrap(text, width: width, indent: 4).enumerated().map {
      $0.offset == 0 ? String($0.element.dropFirst(2)) : $0.element
    }
  }

  /// The last line: how many findings on how many records, and how many were silenced.
  public var summaryLine: String {
    let records = audit.flaggedRecords.count
    let rules = CaseAudit.rules.count
    let head =
      audit.findings.isEmpty
      ? "Audit clean: no findings from \(rules) rules"
      : "Audit: \(Self.count(audit.findings.count, "finding")) on "
        + "\(Self.count(records, "record")) from \(rules) rules"
    return head + "; \(Self.count(audit.silenced.count, "reviewed item")) silenced."
  }

  static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

  /// The report for programs: every rule with its count, then every finding.
  public func json() -> JSONText {
    func item(_ f: AuditFinding) -> [(String, JSONText)] {
      [
        ("rule", .string(f.rule)), ("kind", .string(f.recordKind.rawValue)),
        ("id", .string(f.recordID)), ("reason", .string(f.reason)),
      ]
    }
    return .object([
      ("case", .string(index.caseFile.title)),
      ("count", .int(audit.findings.count)),
      ("records", .int(audit.flaggedRecords.count)),
      ("silenced_count", .int(audit.silenced.count)),
      (
        "rules",
        .array(
          audit.counts.map { rule, count in
            .object([
              ("id", .string(rule.id)), ("title", .string(rule.title)), ("count", .int(count)),
            ])
          })
      ),
      ("findings", .array(audit.findings.map { .object(item($0)) })),
      (
        "silenced",
        .array(
          audit.silenced.map { f, review in
            .object(item(f) + [("reviewed_by", .string(review.by)), ("why", .string(review.why))])
          })
      ),
    ])
  }
}
