/// The document a case file is built from, when the file lists it among its sources.
///
/// A case file usually checks one text (an article, a report). That text is neither one of
/// its own numbered references nor a supplementary source found to confirm it, so the
/// source list shows it apart, and the audit never counts it as independent support. It is
/// recognised without a field of its own: the source with no `refs` whose title is the
/// case file's title (accents and case aside).
extension CaseIndex {
  /// The source standing for the case file's own text, if the file lists one.
  public var subjectDocument: Source? {
    let title = TextFolding.fold(caseFile.title)
    return caseFile.sources.first { $0.refs.isEmpty && TextFolding.fold($0.title) == title }
  }

  /// When the subject document was published: its `published` date, or else the dates of
  /// the earliest dated event citing it (for the bundled article, "Nov–Dec 2022").
  ///
  /// Nil when the file lists no subject document or nothing dates it.
  public var publicationSpan: DateSpan? {
    guard let subject = subjectDocument else { return nil }
    if let published = subject.published { return DateSpan(start: published) }
    return timeline.first { $0.when != nil && $0.sources.contains(subject.id) }?.when
  }
}
