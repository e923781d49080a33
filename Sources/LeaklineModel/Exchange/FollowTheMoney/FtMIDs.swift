/// FollowTheMoney ids for case-file records.
///
/// FtM ids match `^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$` and are at most 200
/// characters; case-file ids may also hold `_` and `:` and end in `.` or `-`. An id is
/// the record's kind (`p-`, `org-`, `ev-`, `doc-`, `dm-`, `rel-`) and its case-file id
/// with every other character made `-`, so ids stay readable and stable between exports;
/// a clash adds `-2`, `-3`….
struct FtMIDs {
  static let maximumLength = 200
  private var taken: Set<String> = []
  private var byKey: [String: String] = [:]

  /// The id for `parts` (the kind prefix and the record ids it is made of).
  mutating func id(_ prefix: String, _ parts: String...) -> String {
    let key = ([prefix] + parts).joined(separator: "\u{0}")
    if let known = byKey[key] { return known }
    var base = ([prefix] + parts).map(Self.clean).joined(separator: "-")
    if base.count > Self.maximumLength - 8 {
      base = Self.trim(String(base.prefix(Self.maximumLength - 8)))
    }
    var candidate = base
    var n = 1
    while !taken.insert(candidate).inserted {
      n += 1
      candidate = base + "-" + String(n)
    }
    byKey[key] = candidate
    return candidate
  }

  private static func clean(_ text: String) -> String {
    let mapped = String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { s in
          (s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s)) || s == "."
            || s == "-") ? s : "-"
        }))
    return trim(mapped)
  }

  /// Drops leading and trailing characters that may not start or end an FtM id.
  private static func trim(_ text: String) -> String {
    let ok: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber) }
    guard let first = text.firstIndex(where: ok), let last = text.lastIndex(where: ok) else {
      return "x"
    }
    return String(text[first...last])
  }
}
