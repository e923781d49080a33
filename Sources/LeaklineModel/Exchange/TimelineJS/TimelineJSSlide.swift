/// One TimelineJS slide as read from either form a timeline comes in (the JSON file, or
/// Knight Lab's Google Sheets template as CSV), before it becomes an event.
///
/// The two readers (``SlideReader``, ``SheetReader``) fill it in and report what is
/// malformed where they find it; ``SlideEventMaker`` then applies the same rules to both,
/// so a sheet and a JSON file with the same slides import to the same case file.
struct TimelineJSSlide {
  /// Where a value was read, for messages: line and column, and the place in words
  /// (`events[3].start_date.year`, `row 5, field 'Year'`).
  struct Place {
    var line: Int?
    var column: Int?
    var path: String
  }

  /// A start or end date: the parts given (a year may be any whole number here; the
  /// case file's range is checked when the event is made).
  struct When {
    var year: Int
    var month: Int?
    var day: Int?
    /// The date gives a time of day (an hour, minute, second or millisecond that is not
    /// empty), which a case-file date cannot hold.
    var hasTime = false
    /// The date's own `display_date`.
    var display: String?
    var place: Place
  }

  /// The slide's position among the file's slides, from 1 ("Untitled slide 3").
  var number: Int
  /// The slide as a whole: `events[2]`, `row 4`.
  var place: Place
  var uniqueID: String?
  /// The `unique_id`, when it is a valid id the importer has already claimed for this slide.
  var givenID: String?
  /// `text.headline` / `Headline`, as HTML.
  var headline: String?
  /// `text.text` / `Text`, as HTML.
  var text: String?
  /// Nil when the reader found no usable start date (and said why).
  var start: When?
  var end: When?
  /// The slide's `display_date` / `Display Date`.
  var display: String?
  var group: String?
  var mediaCaption: String?
  var mediaCredit: String?
  /// Media (a URL, caption, credit or thumbnail) the case file has no place for.
  var hasMedia = false
  var hasBackground = false
  /// Display settings with no meaning in a case file (`autolink`, a date's `format`).
  var displaySettings = 0

  /// The slide's label in a list of skipped slides: `events[2] ("Treaty signed")`.
  var label: String {
    let title = HTMLText.plain(headline ?? "").replacingOccurrences(of: "\n", with: " ")
    return place.path + (title.isEmpty ? "" : " (\"" + title + "\")")
  }
}

extension ImportBuilder {
  /// Records a problem at a slide's place.
  mutating func problem(
    at place: TimelineJSSlide.Place, _ message: String, fix: String
  ) {
    problem(line: place.line, column: place.column, place: place.path, message, fix: fix)
  }
}
