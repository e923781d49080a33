import LeaklineModel

/// A sentence with slots (`{A}`, `{P}` …), split once so that filling it a million times
/// is a few appends.
struct Template {
  /// The values of the slots for one sentence.
  struct Slots {
    var a: String
    var b: String
    var place: String
    var cartel: String
    var outlet: String
    var unit: String
    var year: String
    var number: String
  }

  private enum Part {
    case text(String)
    case slot(Character)
  }

  private let parts: [Part]

  init(_ text: String) {
    var parts: [Part] = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      let close = rest[open...].firstIndex(of: "}") ?? rest.endIndex
      if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
      parts.append(.slot(rest[rest.index(after: open)]))
      rest = close < rest.endIndex ? rest[rest.index(after: close)...] : ""
    }
    if !rest.isEmpty { parts.append(.text(String(rest))) }
    self.parts = parts
  }

  func render(_ s: Slots) -> String {
    var out = ""
    out.reserveCapacity(160)
    for part in parts {
      switch part {
      case .text(let t): out += t
      case .slot("A"): out += s.a
      case .slot("B"): out += s.b
      case .slot("P"): out += s.place
      case .slot("C"): out += s.cartel
      case .slot("O"): out += s.outlet
      case .slot("U"): out += s.unit
      case .slot("Y"): out += s.year
      case .slot("N"): out += s.number
      case .slot: break
      }
    }
    return out
  }

  static let titles = Words.titles.map(Template.init)
  static let sentences = Words.sentences.map(Template.init)
}
