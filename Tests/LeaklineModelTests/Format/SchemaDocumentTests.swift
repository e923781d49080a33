import Foundation
import Testing

@testable import LeaklineModel

/// docs/case-file.schema.json is generated from the rule table (``CaseFileSchema``), and
/// the table's rules written as patterns for the schema say what its functions say.
@Suite struct SchemaDocumentTests {
  static let document = TestFiles.packageRoot.appendingPathComponent("docs/case-file.schema.json")

  /// `RECORD_GOLDENS=1` rewrites the file, as it rewrites every golden and docs/keys.md.
  @Test func theCommittedSchemaIsTheOneTheRuleTableMakes() throws {
    let expected = CaseFileSchema.jsonSchema()
    let recording = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
    guard !recording, let actual = try? String(contentsOf: Self.document, encoding: .utf8) else {
      try expected.write(to: Self.document, atomically: true, encoding: .utf8)
      Issue.record(
        "Wrote docs/case-file.schema.json from CaseFileSchema. Review the diff, then run again without RECORD_GOLDENS."
      )
      return
    }
    #expect(
      actual == expected,
      """
      docs/case-file.schema.json differs from the rule table (Sources/LeaklineModel/Format/\
      CaseFileSchema*.swift). Change the table, not the file, then regenerate it: \
      RECORD_GOLDENS=1 swift test --filter SchemaDocumentTests, and review the diff.
      """)
  }

  @Test func theSchemaIsJSONThatNamesEveryRecord() throws {
    let data = Data(CaseFileSchema.jsonSchema().utf8)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let definitions = try #require(root["$defs"] as? [String: Any])
    for name in ["source", "entity", "relation", "event", "discrepancy"] {
      #expect(definitions[name] != nil, "no $defs/\(name)")
    }
    #expect(
      root["required"] as? [String] == ["leakline", "title", "sources", "entities", "events"])
  }

  /// Every one- and two-byte ASCII string, and the length limit, give the same answer from
  /// ``CaseFileSchema/isValidID(_:)`` and from ``CaseFileSchema/idPattern``.
  @Test func theIDRuleAndItsPatternAgree() throws {
    let pattern = try NSRegularExpression(pattern: CaseFileSchema.idPattern)
    func patternAccepts(_ s: String) -> Bool {
      pattern.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }
    let printable = (0x20...0x7E).map { String(UnicodeScalar(UInt8($0))) }
    var samples = printable + ["", "é", "a é", "ref-6", "-a", "a-", "a:b.c_d"]
    for first in printable { samples += ["a" + first, first + "a"] }
    samples += [
      String(repeating: "a", count: CaseFileSchema.maximumIDLength),
      String(repeating: "a", count: CaseFileSchema.maximumIDLength + 1),
    ]
    for sample in samples {
      #expect(
        CaseFileSchema.isValidID(sample) == patternAccepts(sample), "they disagree on '\(sample)'")
    }
  }

  @Test(arguments: [
    ("https://example.org", true), ("http://x", true), ("https://", false), ("http://", false),
    ("ftp://example.org", false), ("https://exa mple.org", false), ("example.org", false),
    ("https://example.org/\t", false),
  ])
  func theWebAddressRuleAndItsPatternAgree(_ url: String, _ valid: Bool) throws {
    let pattern = try NSRegularExpression(pattern: CaseFileSchema.webAddressPattern)
    let matches = pattern.firstMatch(in: url, range: NSRange(url.startIndex..., in: url)) != nil
    #expect(CaseFileSchema.isWebAddress(url) == valid)
    #expect(matches == valid)
  }

  /// The fast reader reads member names as integers; the table's codes must be the
  /// names' bytes, first byte lowest, and unique within a record.
  @Test func keyCodesAreTheNamesBytes() {
    let table = CaseFileSchema.EventField.table
    for (name, code) in zip(table.names, table.keyCodes) {
      let bytes = Array(name.utf8)
      if bytes.count > 8 {
        #expect(code == 0)
        #expect(table.longNames.contains { $0.bytes == bytes })
      } else {
        let decoded = (0..<bytes.count).map { UInt8(truncatingIfNeeded: code >> (8 * $0)) }
        #expect(decoded == bytes, "\(name)")
      }
    }
    #expect(Set(table.keyCodes.filter { $0 != 0 }).count == table.keyCodes.filter { $0 != 0 }.count)
  }
}
