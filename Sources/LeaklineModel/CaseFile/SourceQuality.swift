/// Notes on how trustworthy or complete a citation is, as full sentences for reports.
///
/// The case file's own `note` comes first, then ``Source/qualityNotes`` (duplicate
/// reference numbers, missing author or publisher, an unconfirmed URL), then whether
/// anything in the case file cites the source at all.
public enum SourceQuality {
  /// The notes for one source, most important first, each a sentence.
  public static func notes(for source: Source, in index: CaseIndex) -> [String] {
    var notes: [String] = []
    if let note = source.note { notes.append(note) }
    for note in source.qualityNotes {
      notes.append(note.prefix(1).uppercased() + note.dropFirst() + ".")
    }
    if index.citations(of: source.id).isEmpty {
      notes.append("Nothing in this case file cites it.")
    }
    return notes
  }
}
