import LeaklineModel

/// The audit's marker: rows of records `leakline audit` lists carry it, and their pages say
/// why under "Audit". Help explains it (``HelpOverlay``).
package enum AuditMark {
  /// The marker, one column wide.
  package static let glyph = "⚑"
  /// The line help shows under the keys.
  package static let helpNote =
    "⚑ marks a record `leakline audit` lists: it rests on little (one source, a guessed or "
    + "missing URL, a verified status on the article's word alone…). Its page says why under "
    + "Audit; docs/audit.md has every rule."
}

extension DocumentBuilder {
  /// `Audit  ⚑ why` for each finding about the record; nothing when the audit lists none.
  mutating func auditFlags(_ record: AuditRecord, _ audit: AuditContext?) {
    guard let audit else { return }
    for (number, finding) in CaseAudit.findings(about: record, in: audit).enumerated() {
      labelled(
        number == 0 ? "Audit" : "",
        [(AuditMark.glyph, .warning), (finding.reason + " (" + finding.rule + ")", .plain)])
    }
  }
}
