import LeaklineModel

extension SyntheticCaseFile {
  /// Writes `caseFile` in the case-file format, one record a line, the way exports from
  /// event databases look.
  ///
  /// To exercise every path of a loader, some records are written less plainly: every
  /// 97th event has its non-ASCII characters as `\u` escapes (surrogate pairs included),
  /// every 200th carries an `x-import` extension object, and every 7th spells out
  /// defaults (`"scope": "article"`, `"approximate": false`).
  package static func json(_ caseFile: CaseFile) -> [UInt8] {
    var w = JSONWriter()
    w.raw("{\n  \"leakline\": 1,\n  \"title\": ")
    w.string(caseFile.title)
    if let summary = caseFile.summary {
      w.raw(",\n  \"summary\": ")
      w.string(summary)
    }
    w.raw(",\n  \"sources\": [")
    for (i, s) in caseFile.sources.enumerated() {
      w.raw(i == 0 ? "\n    " : ",\n    ")
      w.source(s, explicit: i % 7 == 3)
    }
    w.raw(caseFile.sources.isEmpty ? "],\n  \"entities\": [" : "\n  ],\n  \"entities\": [")
    for (i, e) in caseFile.entities.enumerated() {
      w.raw(i == 0 ? "\n    " : ",\n    ")
      w.entity(e)
    }
    w.raw(caseFile.entities.isEmpty ? "],\n  \"events\": [" : "\n  ],\n  \"events\": [")
    for (i, e) in caseFile.events.enumerated() {
      w.raw(i == 0 ? "\n    " : ",\n    ")
      w.escapesUnicode = i % 97 == 13
      w.event(e, explicit: i % 7 == 2, extensionField: i % 200 == 17 ? i : nil)
      w.escapesUnicode = false
    }
    w.raw(caseFile.events.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
    return w.bytes
  }

  /// Each event's title and summary on one line, for `fzf --filter` and `grep`.
  package static func lines(_ caseFile: CaseFile) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(caseFile.events.count * 280)
    for e in caseFile.events {
      out += e.title.utf8.map { $0 < 0x20 ? 0x20 : $0 }
      out.append(0x09)
      out += (e.summary ?? "").utf8.map { $0 < 0x20 ? 0x20 : $0 }
      out.append(0x0A)
    }
    return out
  }
}

/// A small JSON writer for the case-file format.
private struct JSONWriter {
  var bytes: [UInt8] = []
  /// Writes non-ASCII characters as `\u` escapes.
  var escapesUnicode = false

  mutating func raw(_ s: String) { bytes += s.utf8 }

  mutating func string(_ s: String) {
    bytes.append(0x22)
    let plain = s.utf8.allSatisfy {
      $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && ($0 < 0x80 || !escapesUnicode)
    }
    if plain {
      bytes += s.utf8
      bytes.append(0x22)
      return
    }
    for scalar in s.unicodeScalars {
      let v = scalar.value
      switch v {
      case 0x22: bytes += [0x5C, 0x22]
      case 0x5C: bytes += [0x5C, 0x5C]
      case 0x0A: bytes += [0x5C, 0x6E]
      case 0x09: bytes += [0x5C, 0x74]
      case 0x0D: bytes += [0x5C, 0x72]
      case 0..<0x20: hex(v)
      case 0x80... where escapesUnicode:
        if v >= 0x10000 {
          hex(0xD800 + ((v - 0x10000) >> 10))
          hex(0xDC00 + ((v - 0x10000) & 0x3FF))
        } else {
          hex(v)
        }
      case 0..<0x80: bytes.append(UInt8(v))
      default: UTF8.encode(scalar) { bytes.append($0) }
      }
    }
    bytes.append(0x22)
  }

  private mutating func hex(_ v: UInt32) {
    let digits = Array("0123456789abcdef".utf8)
    bytes += [0x5C, 0x75]
    for shift in stride(from: 12, through: 0, by: -4) {
      bytes.append(digits[Int((v >> UInt32(shift)) & 0xF)])
    }
  }

  mutating func key(_ name: String, first: Bool = false) {
    if !first { raw(", ") }
    string(name)
    raw(": ")
  }

  mutating func strings(_ items: [String]) {
    bytes.append(0x5B)
    for (i, s) in items.enumerated() {
      if i > 0 { raw(", ") }
      string(s)
    }
    bytes.append(0x5D)
  }

  mutating func source(_ s: Source, explicit: Bool) {
    raw("{")
    key("id", first: true)
    string(s.id)
    key("title")
    string(s.title)
    if !s.refs.isEmpty {
      key("refs")
      raw("[" + s.refs.map(String.init).joined(separator: ", ") + "]")
    }
    if let k = s.kind {
      key("kind")
      string(k)
    }
    if !s.authors.isEmpty {
      key("authors")
      strings(s.authors)
    }
    if let p = s.publisher {
      key("publisher")
      string(p)
    }
    if let d = s.published {
      key("published")
      string(d.description)
    }
    if let d = s.accessed {
      key("accessed")
      string(d.description)
    }
    if let u = s.url {
      key("url")
      string(u)
      if !s.isURLConfirmed || explicit {
        key("url_confirmed")
        raw(s.isURLConfirmed ? "true" : "false")
      }
    }
    if let n = s.note {
      key("note")
      string(n)
    }
    raw("}")
  }

  mutating func entity(_ e: Entity) {
    raw("{")
    key("id", first: true)
    string(e.id)
    key("kind")
    string(e.kind.rawValue)
    key("name")
    string(e.name)
    if !e.aliases.isEmpty {
      key("aliases")
      strings(e.aliases)
    }
    if let r = e.role {
      key("role")
      string(r)
    }
    if let s = e.summary {
      key("summary")
      string(s)
    }
    key("sources")
    strings(e.sources)
    if !e.relations.isEmpty {
      key("relations")
      raw("[")
      for (i, r) in e.relations.enumerated() {
        if i > 0 { raw(", ") }
        raw("{")
        key("to", first: true)
        string(r.to)
        key("type")
        string(r.type)
        key("sources")
        strings(r.sources)
        if let n = r.note {
          key("note")
          string(n)
        }
        raw("}")
      }
      raw("]")
    }
    raw("}")
  }

  mutating func event(_ e: Event, explicit: Bool, extensionField: Int?) {
    raw("{")
    key("id", first: true)
    string(e.id)
    key("date")
    if let when = e.when { string(when.start.description) } else { raw("null") }
    if let end = e.when?.end {
      key("end")
      string(end.description)
    }
    if let when = e.when, when.isApproximate || explicit {
      key("approximate")
      raw(when.isApproximate ? "true" : "false")
    }
    key("title")
    string(e.title)
    if let p = e.place {
      key("place")
      string(p)
    }
    if let k = e.kind {
      key("kind")
      string(k)
    }
    if e.scope != .article || explicit {
      key("scope")
      string(e.scope.rawValue)
    }
    if e.status != .verified || explicit {
      key("status")
      string(e.status.rawValue)
    }
    if !e.actors.isEmpty || explicit {
      key("actors")
      strings(e.actors)
    }
    if let s = e.summary {
      key("summary")
      string(s)
    }
    key("sources")
    strings(e.sources)
    if !e.tags.isEmpty {
      key("tags")
      strings(e.tags)
    }
    if !e.discrepancies.isEmpty {
      key("discrepancies")
      raw("[")
      for (i, d) in e.discrepancies.enumerated() {
        if i > 0 { raw(", ") }
        raw("{")
        key("article", first: true)
        string(d.article)
        key("record")
        string(d.record)
        key("sources")
        strings(d.sources)
        raw("}")
      }
      raw("]")
    }
    if let n = extensionField {
      key("x-import")
      raw(
        "{\"row\": \(n), \"score\": -1.5e-3, \"ok\": true, \"raw\": [null, false, \"a\\u00e9\\n\", {}], \"nested\": {\"x\": []}}"
      )
    }
    raw("}")
  }
}
