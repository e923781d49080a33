import LeaklineModel
import _LeaklineSynthetic

/// Generated case files for the fast-path tests, made once and shared.
enum ScaleFixtures {
  /// 300 events: loader variants are cut from this.
  static let small = SyntheticCaseFile(events: 300, seed: 7).make()
  static let smallJSON = SyntheticCaseFile.json(small)

  /// 4,000 events, shuffled out of date order (so the timeline has to be sorted), for
  /// the search tests.
  static let medium: CaseFile = {
    var file = SyntheticCaseFile(events: 4_000, seed: 42).make()
    var random = SplitMix64(seed: 3)
    file.events.shuffle(using: &random)
    return file
  }()
  static let mediumIndex = CaseIndex(medium)
  static let mediumReference = ReferenceSearch(mediumIndex)

  /// What someone types, a letter at a time, and other queries that reach every branch:
  /// fields, exclusions, phrases, punctuation, other scripts and characters that fold.
  static let queries: [String] = {
    let typed = [
      "garcia luna", "2011", "person:garcia", "kind:arrest year:2010..2015", "\"garcia luna\"",
      "cienfuegos -2011", "tag:sin", "z-40",
    ].flatMap { q in (1...q.count).map { String(q.prefix($0)) } }
    return typed + [
      "-", "o'", ":", ";", ",", ".", "(", "\"de la\"", "de la", "el raton", "ratón", "RATÓN",
      "garcía", "GARCÍA LUNA", "garciá", "cienfuegós", "padrino", "who:padrino",
      "person:\"garcia luna\"", "person:zz", "person:g a", "москва", "кузнецов", "андрей",
      "παπαδοπουλου", "محمد", "李小龍", "thang", "nguyen", "naive", "cafe", "👍", "👍🏽", "ǆemal",
      "dzemal", "ljubic", "œuvre", "oeuvre", "ærø", "finanzas", "sedena", "ｓｅｄｅｎａ", "\u{212A}",
      "e\u{301}", "é", "ß", "ss", "tag:garcia-luna", "tag:", "source:3", "source:[5]",
      "source:src-00004", "ref:src-00017", "source:nothing", "scope:later", "scope:context",
      "status:disputed", "status:article-only", "..2000", "2019..", "1990..1991", "2011-2012",
      "year:2024", "k", "ka", "the", "a", "e", "x", "q", "0", "00", "sinaloa -person:garcia",
      "arrest -kind:arrest", "kind:a kind:ar", "garcia garcia", "-garcia", "-\"garcia luna\"",
      "allende -tag:allende", "nos dejaron solos", "\"nos dejaron\"", "\"todo se\"", "—", "–",
      "\"", "“", "payroll\"", "court records", "the article places", "ent-00003", "ent-000",
      "src-", "ev-0000001", "culiacán, sinaloa", "culiacan,", "nuevo leon", "ciudad juarez",
    ]
  }()
}
