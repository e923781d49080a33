/// Notes on how trustworthy or complete a citation is, derived from the source itself.
///
/// The case file's own `note` comes first; the rest are facts a reader checking sources
/// wants flagged: one document standing for two reference numbers, no author, no
/// publisher, an unconfirmed URL, nothing citing it.
public enum SourceQuality {
  /// The notes for one source, most important first.
  public static func notes(for source: Source, in index: CaseIndex) -> [String] {
    var notes: [String] = []
    if let note = source.note { notes.append(note) }
    if source.refs.count > 1 {
      let labels = source.refs.map { "[\($0)]" }
      notes.append("The article lists this document as \(labels.dropLast().joined(separator: ", ")) and \(labels.last ?? ""): one source, several reference numbers.")
    }
    if source.authors.isEmpty { notes.append("No author is given.") }
    if source.publisher == nil { notes.append("No publisher is given.") }
    if source.url == nil {
      notes.append("No URL is confirmed for this source.")
    } else if !source.isURLConfirmed {
      notes.append("The URL is unconfirmed: a likely address that has not been checked.")
    }
    if !source.isArticleReference {
      notes.append("Supplementary: from the public record, not one of the article's references.")
    }
    if index.citations(of: source.id).isEmpty { notes.append("Nothing in this case file cites it.") }
    return notes
  }
}
