/// A reviewed item: someone looked at a finding and decided it stands, and said why.
///
/// A reviewed finding is left out of the audit's list and counted as silenced instead, so
/// a clean audit means every weak spot was either fixed or looked at by a named person.
/// A review silences one rule on one record only: a later, different weakness of the same
/// record is still listed.
public struct AuditReview: Hashable, Sendable {
  /// The rule reviewed, as ``AuditRule/id`` gives it: "single-source".
  public var rule: String
  /// Who reviewed it.
  public var by: String
  /// Why the finding stands.
  public var why: String

  public init(rule: String, by: String, why: String) {
    self.rule = rule
    self.by = by
    self.why = why
  }
}
