/// Where a case file's notebook is, when no `--notes PATH` (or `LEAKLINE_NOTES`) says.
///
/// Beside the case file as `NAME.notes.jsonl` when its folder can be written, so the
/// notebook travels with the case (and through git); otherwise, and for the article built
/// into Leakline, under `$XDG_DATA_HOME/leakline/notes/` (by default
/// `~/.local/share/leakline/notes/`), in a file named for the case's title and a hash of
/// its path, so that two cases never share a notebook.
///
/// A pure function of what the executable passes in: the model never reads the
/// environment or the disk here.
public struct NotebookLocation: Hashable, Sendable {
  /// The notebook file.
  public var path: String
  /// Whether its folder is Leakline's own, to be created on the first change.
  public var createsFolder: Bool

  public init(path: String, createsFolder: Bool) {
    self.path = path
    self.createsFolder = createsFolder
  }

  /// The default notebook for a case.
  ///
  /// - Parameters:
  ///   - casePath: the case file's absolute path; nil for the article built in.
  ///   - caseFolderIsWritable: whether the case file's folder can be written.
  ///   - caseTitle: the case file's title.
  ///   - xdgDataHome: `$XDG_DATA_HOME` (ignored unless an absolute path).
  ///   - home: `$HOME`.
  /// - Returns: nil when the notebook cannot go beside the case and neither
  ///   `XDG_DATA_HOME` nor `HOME` names a folder; the caller then asks for `--notes`.
  public static func defaultFor(
    casePath: String?, caseFolderIsWritable: Bool, caseTitle: String,
    xdgDataHome: String?, home: String?
  ) -> NotebookLocation? {
    if let casePath, caseFolderIsWritable {
      return NotebookLocation(path: besideCase(casePath), createsFolder: false)
    }
    let dataHome: String
    if let xdg = xdgDataHome, xdg.hasPrefix("/") {
      dataHome = xdg
    } else if let home, home.hasPrefix("/") {
      dataHome = trimmingSlash(home) + "/.local/share"
    } else {
      return nil
    }
    let key = fileKey(title: caseTitle, path: casePath ?? "built-in")
    return NotebookLocation(
      path: trimmingSlash(dataHome) + "/leakline/notes/" + key + ".notes.jsonl",
      createsFolder: true)
  }

  /// `folder/NAME.notes.jsonl` for `folder/NAME.case.json` (or `NAME.json`, or `NAME`).
  public static func besideCase(_ casePath: String) -> String {
    var name = casePath
    for suffix in [".json", ".case"] where name.lowercased().hasSuffix(suffix) {
      let candidate = String(name.dropLast(suffix.count))
      if !candidate.isEmpty, !candidate.hasSuffix("/") { name = candidate }
    }
    return name + ".notes.jsonl"
  }

  /// `el-caso-allende-3f2a9c1d0b7e4a55`: the title as a short folded word (so a person
  /// can tell the files apart) and a hash of the path (so two cases never mix).
  static func fileKey(title: String, path: String) -> String {
    var slug = ""
    var dash = false
    for character in TextFolding.fold(title) {
      if character.isASCII, character.isLetter || character.isNumber {
        if dash, !slug.isEmpty { slug.append("-") }
        slug.append(character)
        dash = false
      } else {
        dash = true
      }
      if slug.count >= 40 { break }
    }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, stable across runs and machines
    for byte in path.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    let digits = String(repeating: "0", count: 16 - hex.count) + hex
    return (slug.isEmpty ? "case" : slug) + "-" + digits
  }

  private static func trimmingSlash(_ s: String) -> String {
    s.count > 1 && s.hasSuffix("/") ? String(s.dropLast()) : s
  }
}
