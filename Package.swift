// swift-tools-version: 6.2
import PackageDescription

/// Leakline: a terminal browser for investigative case files.
///
/// Data flows one way — case file → model → UI state → cell grid → terminal — and the
/// targets follow that flow. See docs/architecture.md for what each may import.
/// Every warning in Leakline's own code is an error: a file that warns never compiles, so no
/// incremental build can report "no warnings" on stale output.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
  name: "leakline",
  products: [
    .executable(name: "leakline", targets: ["leakline"]),
    .library(name: "LeaklineModel", targets: ["LeaklineModel"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // The article's case file, compiled into the binary as bytes (no Bundle at run time).
    .target(
      name: "LeaklineArticle",
      path: "Resources",
      sources: ["ArticleCaseFile.swift"],
      resources: [.embedInCode("article.case.json")]
    ),
    // Model: case files, loading and validation, search, timeline, exporters. Foundation only.
    .target(name: "LeaklineModel"),
    // Browser state, actions, the key table and rendering into a cell grid. No curses.
    .target(name: "LeaklineUI", dependencies: ["LeaklineModel"]),
    // ncursesw with the wide-character API switched on, plus what Swift cannot import.
    .target(name: "CNcursesw", linkerSettings: [.linkedLibrary("ncursesw")]),
    // The thin terminal backend: draws the grid, reads keys, restores the terminal. It uses
    // two model services at the edge: FileWriter to perform the browser's writeFile
    // effect, and TerminalSafeText/LoadProgress for the loading line (docs/architecture.md).
    .target(name: "LeaklineCurses", dependencies: ["LeaklineUI", "LeaklineModel", "CNcursesw"]),
    // libpq, PostgreSQL's C client, for the team notebook (see docs/architecture.md).
    .systemLibrary(
      name: "CLibpq", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
    // The team notebook: a NotebookStore in PostgreSQL, live through LISTEN/NOTIFY.
    .target(name: "LeaklineTeam", dependencies: ["LeaklineModel", "CLibpq"]),
    // The executable: parse, load, dispatch, print.
    .executableTarget(
      name: "leakline",
      dependencies: [
        "LeaklineModel", "LeaklineUI", "LeaklineCurses", "LeaklineArticle", "LeaklineTeam",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Deterministic synthetic case files of any size, for the benchmark and the tests.
    // Not a product: the underscore says it is support code, never shipped.
    .target(name: "_LeaklineSynthetic", dependencies: ["LeaklineModel"]),
    // The benchmark of docs/performance.md: swift run -c release leakline-bench
    .executableTarget(
      name: "leakline-bench", dependencies: ["LeaklineModel", "LeaklineUI", "_LeaklineSynthetic"]),
    // Load and latency for Tests/team: concurrent writers and a watching reader on one
    // team notebook. Not a product.
    .executableTarget(
      name: "leakline-team-load", dependencies: ["LeaklineModel", "LeaklineTeam"],
      path: "Tests/team/Load"),
    .testTarget(
      name: "LeaklineTeamTests", dependencies: ["LeaklineTeam", "LeaklineModel"]),
    // A test helper: appends notes to a notebook, for the CLI tests that run two writers at
    // once and kill one mid-burst. Not a product.
    .executableTarget(
      name: "leakline-notebook-writer", dependencies: ["LeaklineModel"],
      path: "Tests/NotebookWriter"),
    .testTarget(
      name: "LeaklineModelTests",
      dependencies: ["LeaklineModel", "LeaklineArticle", "_LeaklineSynthetic"],
      exclude: ["Fixtures", "Goldens"]
    ),
    .testTarget(name: "LeaklineCursesTests", dependencies: ["LeaklineCurses"]),
    .testTarget(
      name: "LeaklineUITests",
      dependencies: ["LeaklineUI", "LeaklineModel", "LeaklineArticle", "_LeaklineSynthetic"],
      exclude: ["Goldens"]
    ),
    .testTarget(
      name: "LeaklineCLITests",
      dependencies: ["LeaklineModel"],
      exclude: ["Fixtures", "Goldens"]
    ),
  ],
  swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system && target.name != "CNcursesw" {
  target.swiftSettings = (target.swiftSettings ?? []) + strict
}
