/// A view's sources as BibTeX entries that BibTeX and biber both read.
///
/// News and magazine pieces are `@article` (`journal` the publisher), reports
/// `@techreport`, everything else `@misc` with the URL in `howpublished`. Dates are given
/// both ways: `year`/`month` for BibTeX and `date` (at its precision) for biblatex. Each
/// author is braced whole, since splitting "García Luna" into first and last name would be
/// a guess. Text is UTF-8 with LaTeX's special characters escaped.
enum BibTeXExporter {
  static func export(_ file: CaseFile) -> InteropOutput {
    var urlsLeftOut = 0
    let entries = file.sources.map { source -> String in
      let type = CSLExporter.type(of: source.kind)
      let entryType =
        switch type {
        case "article-newspaper", "article-magazine", "article-journal": "article"
        case "report": "techreport"
        default: "misc"
        }
      var fields: [(String, String)] = [("title", "{" + escape(source.title) + "}")]
      if !source.authors.isEmpty {
        fields.append(
          ("author", source.authors.map { "{" + escape($0) + "}" }.joined(separator: " and ")))
      }
      if let publisher = source.publisher {
        let key =
          entryType == "article"
          ? "journal" : entryType == "techreport" ? "institution" : "publisher"
        fields.append((key, escape(publisher)))
      }
      if let published = source.published {
        fields.append(("year", String(published.year)))
        if let month = published.month { fields.append(("month", String(month))) }
        fields.append(("date", published.description))
      }
      if let url = source.url {
        if url.allSatisfy({
          !$0.isWhitespace && $0 != "{" && $0 != "}" && $0 != "\\" && $0 != "%" && $0 != "#"
        }) {
          fields.append(("url", url))
          if entryType == "misc" { fields.append(("howpublished", "\\url{" + url + "}")) }
        } else {
          urlsLeftOut += 1
        }
      }
      if let accessed = source.accessed { fields.append(("urldate", accessed.description)) }
      var notes: [String] = []
      if let note = source.note { notes.append(escape(note)) }
      if source.isArticleReference {
        notes.append("Article reference " + escape(source.refLabel) + ".")
      }
      if source.url != nil, !source.isURLConfirmed {
        notes.append("URL unconfirmed: a likely address, not checked.")
      }
      if let accessed = source.accessed { notes.append("Accessed " + accessed.description + ".") }
      if !notes.isEmpty { fields.append(("note", notes.joined(separator: " "))) }
      let body = fields.map { "  " + $0.0 + " = {" + $0.1 + "}" }.joined(separator: ",\n")
      return "@" + entryType + "{" + key(source.id) + ",\n" + body + "\n}\n"
    }
    var warnings: [String] = []
    warnings.warn(
      urlsLeftOut, "URL has", "URLs have",
      "characters BibTeX cannot hold in a url field; they were left out.")
    warnings.append(
      "BibTeX holds sources only: \(file.events.count) events and \(file.entities.count) people & units were not written; "
        + "reference numbers and URL doubts are in each entry's note.")
    return InteropOutput(
      text: entries.joined(separator: "\n"), warnings: warnings,
      contents: InteropOutput.count(file.sources.count, "source", "sources"))
  }

  /// A citation key: the source id, with anything BibTeX does not allow in a key made `-`.
  static func key(_ id: String) -> String {
    String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_:.".contains($0)) ? $0 : "-" })
  }

  /// Text with LaTeX's special characters escaped and control characters (line breaks
  /// included) made spaces, so a field can neither break out of its braces nor run a
  /// command.
  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\textbackslash{}"
      case "{", "}", "%", "&", "$", "#", "_": out += "\\" + String(scalar)
      case "^": out += "\\^{}"
      case "~": out += "\\~{}"
      default:
        if scalar.properties.generalCategory == .control
          || scalar.properties.generalCategory == .format
        {
          out += scalar == "\u{200D}" ? String(scalar) : " "
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }
}
