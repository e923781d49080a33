import LeaklineModel
import LeaklineUI

/// Screens of the real browser (`Browser.render(into:)`), each built from scratch the
/// way the terminal backend asks for every frame, at 120 × 40 cells.
enum BrowserFrames {
  static let size = Size(columns: 120, rows: 40)
  static let repeats = 21

  /// The screens, and the time `handle` takes for each key typed into the search prompt
  /// (which filters the list: the search and the new selection).
  /// Also the time `Browser.prepare()` takes, which the launcher calls before the first
  /// frame.
  static func measure(_ index: CaseIndex) -> (
    frames: [Frame], typing: Frame, prepareSeconds: Double
  ) {
    var frames: [Frame] = []
    var browser = Browser(index: index, caseName: "bench.case.json")
    let (prepareSeconds, _) = Measure.time { browser.prepare() }  // as BrowserLauncher does
    _ = browser.handle(.resized(size))
    frames.append(frame("timeline, first screen", browser))

    // Typing a search into the timeline's prompt: each key filters the list.
    _ = browser.handle(.key(.character("/")))
    var keys: [Double] = []
    for character in "garcia luna" {
      keys.append(Measure.time { _ = browser.handle(.key(.character(character))) }.seconds * 1000)
    }
    let typing = Frame(
      screen: "typing 'garcia luna' into the / prompt", medianMs: Measure.median(keys),
      p99Ms: Measure.percentile(keys, 99))
    _ = browser.handle(.key(.enter))
    frames.append(frame("timeline filtered by 'garcia luna'", browser))
    _ = browser.handle(.key(.pageDown))
    frames.append(frame("same, one page down", browser))
    frames.append(opening("event page (Enter: handle)", &browser))
    frames.append(frame("event page", browser))
    _ = browser.handle(.key(.escape))

    // The largest dossier: the person in the most events.
    _ = browser.handle(.key(.character("2")))
    frames.append(frame("people & units, first screen", browser))
    _ = browser.handle(.key(.character("/")))
    for character in "genaro garcia luna" { _ = browser.handle(.key(.character(character))) }
    _ = browser.handle(.key(.enter))
    let events = index.entity(id: "ent-00000").map { index.events(involving: $0.id).count } ?? 0
    frames.append(opening("dossier of García Luna (Enter: handle)", &browser))
    frames.append(frame("dossier of García Luna (\(events) events)", browser))
    _ = browser.handle(.key(.end))
    frames.append(frame("same, at its end", browser))

    _ = browser.handle(.key(.character("3")))
    frames.append(frame("sources, first screen", browser))
    frames.append(opening("source page (Enter: handle)", &browser))
    frames.append(frame("source page", browser))
    return (frames, typing, prepareSeconds)
  }

  /// The time `handle` takes for Enter, which opens the selected item: the page is laid
  /// out then, once. Measured once, as a second Enter would open something else.
  private static func opening(_ name: String, _ browser: inout Browser) -> Frame {
    let ms = Measure.time { _ = browser.handle(.key(.enter)) }.seconds * 1000
    return Frame(screen: name, medianMs: ms, p99Ms: ms)
  }

  private static func frame(_ name: String, _ browser: Browser) -> Frame {
    var times: [Double] = []
    for _ in 0..<repeats {
      var screen = ScreenBuffer(size: size)
      times.append(Measure.time { browser.render(into: &screen) }.seconds * 1000)
    }
    return Frame(
      screen: name, medianMs: Measure.median(times), p99Ms: Measure.percentile(times, 99))
  }
}
