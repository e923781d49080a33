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

/// What a reader should know about how good a source's citation is, derived from the
/// record: duplicate reference numbers, missing author or publisher, an unconfirmed URL.
///
/// The browser's source page and list show these; an exporter can too. The source's own
/// `note` is not repeated here.
extension Source {
  /// Short notes in the order a reader weighs them.
  ///
  /// For example `["[3] and [9] are the same article", "no publisher given"]`.
  public var qualityNotes: [String] {
    var notes: [String] = []
    if refs.count > 1 {
      let labels = refs.map { "[\($0)]" }
      let listed = labels.dropLast().joined(separator: ", ") + " and " + (labels.last ?? "")
      notes.append("\(listed) are the same \(documentNoun)")
    }
    if !isArticleReference { notes.append("supplementary: not one of the article's references") }
    if authors.isEmpty { notes.append("no author given") }
    if publisher == nil { notes.append("no publisher given") }
    if published == nil { notes.append("no publication date given") }
    if url == nil {
      notes.append("no confirmed URL")
    } else if !isURLConfirmed {
      notes.append("URL not confirmed: a likely address nobody has checked")
    }
    return notes
  }

  /// "article" for news pieces, otherwise "document".
  private var documentNoun: String {
    guard let kind else { return "document" }
    let folded = TextFolding.fold(kind)
    return folded.contains("article") || folded.contains("news") ? "article" : "document"
  }
}
