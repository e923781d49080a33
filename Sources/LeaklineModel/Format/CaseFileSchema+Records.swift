/// The records of the case-file format: each field once, in the format's order, with its
/// rule. The order is the order of "Allowed here: …" in messages and of the JSON Schema.
extension CaseFileSchema {
  /// The document: `{ "leakline": 1, "title": …, "sources": […], … }`.
  package enum DocumentField: Int, CaseFileRecord {
    case leakline, title, summary, sources, entities, events

    package static let recordName: String? = nil
    package static let recordTitle = "Leakline case file, format version \(CaseFile.formatVersion)"
    package static let recordDescription =
      "One investigative case file for Leakline: the sources it draws on, the people and organisations involved, and a timeline of events. Field names are a public contract. Unknown fields are rejected, except keys that start with \"\(CaseFileSchema.extensionPrefix)\", which are extensions and are ignored. Some rules cannot be expressed here and are checked by the loader (`leakline validate FILE`): ids unique across the file, references pointing at ids of the right collection, real calendar dates, `end` not before `date`, a `refs` number used by one source only, and no relation from an entity to itself. See docs/case-file.md."
    package static let table = FieldTable<Self>()

    package var rule: Rule {
      switch self {
      case .leakline:
        Rule(
          "leakline", .formatVersion, required: true, title: "Format version",
          description:
            "Always the integer \(CaseFile.formatVersion) for this version of the format.")
      case .title:
        Rule(
          "title", .nonEmptyText, required: true, title: "Title",
          description: "The case file's title.")
      case .summary:
        Rule("summary", .text, title: "Summary", description: "A paragraph about the case.")
      case .sources:
        Rule(
          "sources", .records("source"), required: true, title: "Sources",
          description:
            "Everything the case file cites: the article's numbered references and any supplementary sources. May be empty."
        )
      case .entities:
        Rule(
          "entities", .records("entity"), required: true, title: "Entities",
          description:
            "People, units, agencies, organisations, cartels, groups and outlets. May be empty.")
      case .events:
        Rule(
          "events", .records("event"), required: true, title: "Events",
          description: "The timeline. May be empty.")
      }
    }
  }

  /// A document the case file relies on.
  package enum SourceField: Int, CaseFileRecord {
    case id, title, refs, kind, authors, publisher, published, accessed, url, urlConfirmed, note
    case reviewed

    package static let recordName: String? = "source"
    package static let recordTitle = "Source"
    package static let recordDescription =
      "A document the case file relies on. A source with `refs` stands for one or more of the article's numbered references; a source without `refs` is supplementary."
    package static let table = FieldTable<Self>()

    package var rule: Rule {
      switch self {
      case .id:
        Rule(
          "id", .id, required: true,
          description: "For example \"ref-6\" or \"reuters-2022-04-19-siu-closed\".")
      case .title:
        Rule(
          "title", .nonEmptyText, required: true, title: "Title",
          description: "The source's title, or a descriptive one when the title is not known.")
      case .refs:
        Rule(
          "refs", .referenceNumbers, title: "Article reference numbers",
          description:
            "The article's reference numbers this source stands for, e.g. [3, 9] when the article cites the same piece twice. Each number may appear in only one source (checked by the loader)."
        )
      case .kind:
        Rule(
          "kind", .text, title: "Kind",
          description:
            "Free text: \"news article\", \"report\", \"web page\", \"court record\", \"podcast\", \"press release\"…"
        )
      case .authors: Rule("authors", .texts, title: "Authors")
      case .publisher: Rule("publisher", .text, title: "Publisher")
      case .published: Rule("published", .date, title: "Publication date")
      case .accessed: Rule("accessed", .date, title: "Access date")
      case .url:
        Rule("url", .webAddress, title: "URL", description: "An http or https address.")
      case .urlConfirmed:
        Rule(
          "url_confirmed", .flag(default: true), title: "URL confirmed",
          description:
            "false when the URL is a likely address that nobody has confirmed; such URLs are shown flagged. Defaults to true when a url is present."
        )
      case .note:
        Rule(
          "note", .text, title: "Note",
          description:
            "Quality notes: duplicates, missing author or publisher, unconfirmed details."
        )
      case .reviewed:
        Rule(
          "reviewed", .records("review"), title: "Reviewed",
          description:
            "Findings of `leakline audit` someone reviewed and let stand: each names the rule, who reviewed it and why (docs/audit.md)."
        )
      }
    }
  }

  /// A person or body that events and relations refer to.
  package enum EntityField: Int, CaseFileRecord {
    case id, kind, name, aliases, role, summary, sources, relations, reviewed

    package static let recordName: String? = "entity"
    package static let recordTitle = "Entity"
    package static let recordDescription = "A person or body that events and relations refer to."
    package static let table = FieldTable<Self>()

    package var rule: Rule {
      switch self {
      case .id: Rule("id", .id, required: true, description: "For example \"garcia-luna\".")
      case .kind:
        Rule(
          "kind", .word(allowed: Entity.Kind.allCases.map(\.rawValue), default: nil),
          required: true, title: "Kind")
      case .name:
        Rule(
          "name", .nonEmptyText, required: true, title: "Name",
          description: "Canonical spelling, with correct accents.")
      case .aliases:
        Rule(
          "aliases", .texts, title: "Aliases",
          description:
            "Other names, nicknames, accent-free spellings and the article's misspellings, so that search finds them."
        )
      case .role:
        Rule("role", .text, title: "Role", description: "One line: what the entity is or was.")
      case .summary: Rule("summary", .text, title: "Summary")
      case .sources: Rule("sources", .sourceIDs, required: true)
      case .relations:
        Rule(
          "relations", .records("relation"), title: "Relations",
          description: "Typed links from this entity to other entities.")
      case .reviewed:
        Rule(
          "reviewed", .records("review"), title: "Reviewed",
          description:
            "Findings of `leakline audit` someone reviewed and let stand: each names the rule, who reviewed it and why (docs/audit.md)."
        )
      }
    }
  }

  /// A typed link from an entity to another.
  package enum RelationField: Int, CaseFileRecord {
    case to, type, sources, note

    package static let recordName: String? = "relation"
    package static let recordTitle = "Relation"
    package static let recordDescription =
      "Read as \"<this entity> <type> <to>\", e.g. \"took bribes from\", \"commanded\", \"son of\"."
    package static let table = FieldTable<Self>()

    package var rule: Rule {
      switch self {
      case .to:
        Rule(
          "to", .id, required: true, title: "Target entity",
          description: "Id of another entity (not the entity itself).")
      case .type:
        Rule(
          "type", .nonEmptyText, required: true, title: "Type",
          description: "What the link is, in words.")
      case .sources: Rule("sources", .sourceIDs, required: true)
      case .note: Rule("note", .text, title: "Note")
      }
    }
  }

  /// One dated (or undated) thing that happened.
  package enum EventField: Int, CaseFileRecord {
    case id, date, end, approximate, title, place, kind, scope, status, actors, summary, sources
    case tags, discrepancies, reviewed

    package static let recordName: String? = "event"
    package static let recordTitle = "Event"
    package static let recordDescription = "One dated (or undated) thing that happened."
    package static let table = FieldTable<Self>()
    /// A field not allowed when ``date`` is `null`: an undated event has no range.
    package static var undatedForbids: EventField { .end }

    package var rule: Rule {
      switch self {
      case .id: Rule("id", .id, required: true)
      case .date:
        Rule(
          "date", .dateOrNull, required: true, title: "Date",
          description:
            "When it happened, at the precision known; null when the date is not known (the event goes in the undated group)."
        )
      case .end:
        Rule(
          "end", .date, title: "End",
          description:
            "Last day, month or year of a range. Must not be before `date`; not allowed when `date` is null."
        )
      case .approximate:
        Rule(
          "approximate", .flag(default: false), title: "Approximate",
          description: "true when the date is approximate (\"c. 2011\").")
      case .title: Rule("title", .nonEmptyText, required: true, title: "Title")
      case .place: Rule("place", .text, title: "Place")
      case .kind:
        Rule(
          "kind", .text, title: "Kind",
          description:
            "Free text, lower case: \"massacre\", \"arrest\", \"leak\", \"indictment\", \"publication\"…"
        )
      case .scope:
        Rule(
          "scope",
          .word(
            allowed: Event.Scope.allCases.map(\.rawValue), default: Event.Scope.article.rawValue),
          title: "Scope",
          description:
            "article: the article reports it; context: background from the public record that the article does not mention; later: happened after the article."
        )
      case .status:
        Rule(
          "status",
          .word(
            allowed: Event.Status.allCases.map(\.rawValue),
            default: Event.Status.verified.rawValue),
          title: "Status",
          description:
            "verified: confirmed by a source; disputed: the record contradicts or qualifies the article (see discrepancies); article-only: only the article says it; unverified: not confirmed by a retrieved source."
        )
      case .actors:
        Rule(
          "actors", .entityIDs, title: "Actors", description: "Ids of the entities involved.")
      case .summary: Rule("summary", .text, title: "Summary")
      case .sources: Rule("sources", .sourceIDs, required: true)
      case .tags: Rule("tags", .texts, title: "Tags")
      case .discrepancies:
        Rule(
          "discrepancies", .records("discrepancy"), title: "Discrepancies",
          description: "Where the article and the public record disagree about this event.")
      case .reviewed:
        Rule(
          "reviewed", .records("review"), title: "Reviewed",
          description:
            "Findings of `leakline audit` someone reviewed and let stand: each names the rule, who reviewed it and why (docs/audit.md)."
        )
      }
    }
  }

  /// One point where the article and the public record disagree.
  package enum DiscrepancyField: Int, CaseFileRecord {
    case article, record, sources

    package static let recordName: String? = "discrepancy"
    package static let recordTitle = "Discrepancy"
    package static let recordDescription =
      "One point where the article and the public record disagree. The record wins."
    package static let table = FieldTable<Self>()

    package var rule: Rule {
      switch self {
      case .article:
        Rule(
          "article", .nonEmptyText, required: true, title: "Article",
          description: "What the article says.")
      case .record:
        Rule(
          "record", .nonEmptyText, required: true, title: "Record",
          description: "What the public record shows.")
      case .sources:
        Rule("sources", .sourceIDs, required: true, title: "Sources for the record")
      }
    }
  }

  /// A finding of `leakline audit` someone reviewed and let stand.
  package enum ReviewField: Int, CaseFileRecord {
    case rule, by, why

    package static let recordName: String? = "review"
    package static let recordTitle = "Review"
    package static let recordDescription =
      "A finding of `leakline audit` that someone reviewed and let stand. It silences that rule on this record only."
    package static let table = FieldTable<Self>()

    package var rule: Rule {
      switch self {
      case .rule:
        Rule(
          "rule", .nonEmptyText, required: true, title: "Rule",
          description:
            "The audit rule's id, as docs/audit.md lists them: \"single-source\", \"url-missing\"…")
      case .by:
        Rule("by", .nonEmptyText, required: true, title: "By", description: "Who reviewed it.")
      case .why:
        Rule(
          "why", .nonEmptyText, required: true, title: "Why",
          description: "Why the finding stands.")
      }
    }
  }
}
