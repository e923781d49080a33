/// The case file `leakline init` writes: small, valid, and made of invented placeholders, so
/// a person starting a case file sees every part of the format filled in once and replaces it.
///
/// Nothing in it is about real people or bodies: every name says it is an example, and the
/// one address is on `example.org`, a domain reserved for examples. The `x-` keys are the
/// format's comments (ignored by the loader); they say what to change.
public enum StarterCaseFile {
  /// The starter's JSON text, with a final newline.
  public static let text = """
    {
      "leakline": 1,
      "x-about": "An EXAMPLE written by 'leakline init'. Nothing here is about real people: replace every record with your own, cite a source for each statement, and check the file with 'leakline validate FILE'. Keys starting with x- are comments.",
      "title": "Example case (replace with your own)",
      "summary": "A starter case file: one source, two people and bodies, and three events showing each kind of date.",
      "sources": [
        {
          "id": "example-source",
          "title": "Example report (replace with a real document)",
          "kind": "report",
          "authors": ["Example Author"],
          "publisher": "Example Publisher",
          "published": "2020-05",
          "url": "https://example.org/report",
          "note": "Placeholder. A source with \\"refs\\": [1] stands for reference 1 of the text the case file is built from."
        }
      ],
      "entities": [
        {
          "id": "example-person",
          "kind": "person",
          "name": "Example Person",
          "aliases": ["E. Person"],
          "role": "Invented placeholder; head of the example agency",
          "sources": ["example-source"],
          "relations": [
            { "to": "example-agency", "type": "headed", "sources": ["example-source"] }
          ]
        },
        {
          "id": "example-agency",
          "kind": "agency",
          "name": "Example Agency",
          "sources": ["example-source"]
        }
      ],
      "events": [
        {
          "id": "example-day",
          "x-date": "A day: YYYY-MM-DD.",
          "date": "2019-03-18",
          "title": "Example event on a known day",
          "place": "Example City",
          "kind": "meeting",
          "actors": ["example-person", "example-agency"],
          "sources": ["example-source"],
          "tags": ["example"]
        },
        {
          "id": "example-month",
          "x-date": "A month: YYYY-MM (a year alone is YYYY). Write only as much as the source supports.",
          "date": "2019-06",
          "title": "Example event known to the month",
          "kind": "publication",
          "actors": ["example-agency"],
          "sources": ["example-source"],
          "tags": ["example"]
        },
        {
          "id": "example-range",
          "x-date": "A range with an end, marked approximate (\\"around 2019-2020\\").",
          "date": "2019",
          "end": "2020",
          "approximate": true,
          "title": "Example event over an approximate span of years",
          "status": "unverified",
          "actors": ["example-person"],
          "summary": "Replace with what the source says happened.",
          "sources": ["example-source"],
          "tags": ["example"]
        }
      ]
    }

    """
}
