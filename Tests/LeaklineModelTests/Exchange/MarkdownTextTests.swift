import LeaklineModel
import Testing

/// The escaper every data string in an export goes through, and its helpers.
@Suite struct MarkdownTextTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var input: String
    var expected: String
    var why: String
    var testDescription: String { why }
  }

  static let escapes: [Row] = [
    Row(input: "García Luna", expected: "García Luna", why: "plain text and accents are untouched"),
    Row(input: "a | b", expected: #"a \| b"#, why: "a pipe cannot split a table cell"),
    Row(input: "*bold* _it_", expected: #"\*bold\* \_it\_"#, why: "emphasis markers"),
    Row(
      input: "[link](javascript:x)", expected: #"\[link\](javascript:x)"#, why: "a link cannot form"
    ),
    Row(
      input: "<script>alert(1)</script>", expected: #"\<script\>alert(1)\</script\>"#,
      why: "no HTML"),
    Row(input: "`code`", expected: #"\`code\`"#, why: "backticks"),
    Row(input: #"C:\path"#, expected: #"C:\\path"#, why: "a backslash stays a backslash"),
    Row(input: "# heading", expected: ##"\# heading"##, why: "a leading # cannot make a heading"),
    Row(
      input: "Unit #3 ##", expected: ##"Unit \#3 \#\#"##,
      why: "a trailing # run cannot close a heading"),
    Row(input: "- item", expected: #"\- item"#, why: "a leading dash cannot make a list"),
    Row(input: "+ item", expected: #"\+ item"#, why: "a leading plus cannot make a list"),
    Row(input: "=====", expected: #"\====="#, why: "a leading = cannot make a setext underline"),
    Row(
      input: "2011. A year", expected: #"2011\. A year"#,
      why: "digits and a period cannot start an ordered list"),
    Row(
      input: "1) first", expected: #"1\) first"#,
      why: "digits and a parenthesis cannot start an ordered list"),
    Row(input: "iv. fourth", expected: #"iv\. fourth"#, why: "pandoc's roman numeral lists"),
    Row(input: "b) second", expected: #"b\) second"#, why: "pandoc's letter lists"),
    Row(
      input: "Hello. small.case.json 2011.5", expected: "Hello. small.case.json 2011.5",
      why: "a word or number with a period is not a list marker"),
    Row(input: "(a) first", expected: #"\(a) first"#, why: "pandoc's parenthesised lists"),
    Row(input: "::: div", expected: #"\::: div"#, why: "pandoc's fenced divs"),
    Row(input: "> quote", expected: #"\> quote"#, why: "a leading > cannot quote"),
    Row(
      input: "a - b + c = d. e", expected: "a - b + c = d. e",
      why: "the same characters mid-line stay as they are"),
    Row(
      input: "$10 million and $5", expected: #"\$10 million and \$5"#,
      why: "no math on GitHub or in pandoc"),
    Row(input: "AT&amp;T", expected: #"AT\&amp;T"#, why: "no entity references"),
    Row(
      input: "~~gone~~ ^up^", expected: #"\~\~gone\~\~ \^up\^"#,
      why: "strike-through, subscript, superscript"),
    Row(
      input: "see @smith2020 {#id}", expected: ##"see \@smith2020 \{\#id\}"##,
      why: "pandoc citations and attributes"),
    Row(input: "[^ref-1]", expected: #"\[\^ref-1\]"#, why: "a footnote reference cannot be forged"),
    Row(
      input: "line one\nline two\r\n\tthree", expected: "line one line two three",
      why: "line breaks and tabs become spaces"),
    Row(
      input: "  many    spaces  ", expected: "many spaces",
      why: "runs of spaces collapse, so no indented code block"),
    Row(
      input: "red\u{1B}[31m bell\u{07} nul\u{00} del\u{7F} csi\u{9B}",
      expected: #"red\[31m bell nul del csi"#,
      why: "control characters are removed"),
    Row(
      input: "a\u{202E}evil\u{202C} \u{2066}iso\u{2069}\u{200F}", expected: "aevil iso",
      why: "bidi controls are removed"),
    Row(input: "\u{FEFF}bom", expected: "bom", why: "a byte order mark is removed"),
    Row(
      input: "[\u{301}link](javascript:x) *\u{301}b*\u{301} <\u{301}i>",
      expected: "\\[\u{301}link\\](javascript:x) \\*\u{301}b\\*\u{301} \\<\u{301}i\\>",
      why: "combining marks cannot hide punctuation"),
    Row(input: "東京新聞 🇲🇽", expected: "東京新聞 🇲🇽", why: "wide characters and emoji are kept"),
  ]

  @Test(arguments: escapes)
  func escapeMakesDataLiteral(_ row: Row) {
    #expect(MarkdownText.escape(row.input) == row.expected)
  }

  static let urls: [Row] = [
    Row(
      input: "https://example.org/a?b=1&c=2", expected: "<https://example.org/a?b=1&c=2>",
      why: "a plain web address is an autolink"),
    Row(
      input: "HTTP://EXAMPLE.ORG", expected: "<HTTP://EXAMPLE.ORG>",
      why: "the scheme is read without case"),
    Row(
      input: "https://example.org/a b", expected: #"https://example.org/a b"#,
      why: "a space would end the autolink"),
    Row(
      input: "https://example.org/<script>", expected: #"https://example.org/\<script\>"#,
      why: "angle brackets would end the autolink"),
    Row(
      input: "javascript:alert(1)", expected: "javascript:alert(1)", why: "only web addresses link"),
    Row(input: "example.org", expected: "example.org", why: "no scheme, no link"),
    Row(input: "https:///path", expected: "https:///path", why: "no host, no link"),
    Row(
      input: "https://e.org/\u{1B}x", expected: "https://e.org/x",
      why: "control characters never reach the autolink"),
  ]

  @Test(arguments: urls)
  func urlIsAnAutolinkOnlyWhenSafe(_ row: Row) {
    #expect(MarkdownText.url(row.input) == row.expected)
  }

  static let mermaid: [Row] = [
    Row(
      input: "García Luna arrested in Dallas", expected: "García Luna arrested in Dallas",
      why: "plain labels pass"),
    Row(
      input: "a: b; c # d %% e", expected: "a b c d e",
      why: "separators, entity codes and comments go"),
    Row(
      input: "<b>x</b> `y` \"z\" {w}", expected: "b x /b y z w",
      why: "HTML, backticks, quotes and braces go"),
    Row(input: "c. 1997 – (SIU)", expected: "c. 1997 – (SIU)", why: "dates and brackets stay"),
    Row(input: "\u{1B}[31m", expected: "31m", why: "control characters go"),
    Row(input: ":::", expected: "untitled", why: "an empty label gets a word"),
    Row(
      input: String(repeating: "word ", count: 20),
      expected: String(repeating: "word ", count: 11) + "word…",
      why: "long labels are cut"),
  ]

  @Test(arguments: mermaid)
  func mermaidLabelKeepsOnlySafeCharacters(_ row: Row) {
    #expect(MarkdownText.mermaidLabel(row.input) == row.expected)
  }

  static let slugs: [Row] = [
    Row(
      input: "Genaro García Luna", expected: "genaro-garcía-luna",
      why: "GitHub keeps accented letters"),
    Row(
      input: "9 Dec 2019 — García Luna arrested", expected: "9-dec-2019--garcía-luna-arrested",
      why: "punctuation goes, each space is a dash"),
    Row(
      input: "Z-40 (Miguel Ángel Treviño)", expected: "z-40-miguel-ángel-treviño",
      why: "hyphens stay"),
    Row(input: "snake_case & co.", expected: "snake_case--co", why: "underscores stay"),
  ]

  @Test(arguments: slugs)
  func headingSlugIsGitHubs(_ row: Row) {
    #expect(MarkdownText.headingSlug(row.input) == row.expected)
  }

  static let fileSlugs: [Row] = [
    Row(input: "García Luna", expected: "garcia-luna", why: "accents folded, lower case"),
    Row(input: "../../etc/passwd", expected: "etc-passwd", why: "no path separators or dots"),
    Row(
      input: "  --Cártel   de Sinaloa--  ", expected: "cartel-de-sinaloa",
      why: "runs collapse, ends trimmed"),
    Row(input: "東京新聞", expected: "", why: "no ASCII letters leaves nothing (callers fall back)"),
  ]

  @Test(arguments: fileSlugs)
  func fileSlugIsSafeForFileNames(_ row: Row) {
    #expect(MarkdownText.fileSlug(row.input) == row.expected)
  }
}
