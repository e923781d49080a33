/// The rules of the case-file format, written once.
///
/// Leakline reads a case file two ways: the fast reader (`Format/Scanning`) for files that
/// are valid, and the diagnosing reader (`Format/Diagnosing`) that explains every problem.
/// Both take the format's rules from here, so a new field or a new word is one edit:
///
/// - each record's fields, in the format's order, with whether each is required and what
///   its value must be (the enums in `CaseFileSchema+Records.swift`);
/// - the id rule (``isValidID(_:)``), the web-address rule (``isWebAddress(_:)``) and the
///   limits;
/// - the rules between records (`CrossRecordRules.swift`).
///
/// docs/case-file.schema.json is generated from this table (``jsonSchema()``);
/// `SchemaDocumentTests` fails when the committed file differs and says how to regenerate it.
package enum CaseFileSchema {
  /// What a field's value must be.
  package enum Value: Sendable {
    /// The integer ``CaseFile/formatVersion``.
    case formatVersion
    /// Any string.
    case text
    /// A string with at least one character that is not white space.
    case nonEmptyText
    /// An id (``isValidID(_:)``).
    case id
    /// A date string: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (``CaseDate``).
    case date
    /// A date string, or `null` when the date is not known.
    case dateOrNull
    /// An http or https address (``isWebAddress(_:)``).
    case webAddress
    /// `true` or `false`, `default` when left out.
    case flag(default: Bool)
    /// Reference numbers: whole numbers from 1 up, each once.
    case referenceNumbers
    /// An array of strings.
    case texts
    /// An array of entity ids.
    case entityIDs
    /// An array of source ids, at least one.
    case sourceIDs
    /// One of a fixed set of words, `default` when left out.
    case word(allowed: [String], default: String?)
    /// An array of records, each as the record named `record` (a `$defs` name).
    case records(String)
  }

  /// One field of a record: its name, what its value must be, and what it means.
  package struct Rule: Sendable {
    package var name: String
    package var value: Value
    package var isRequired: Bool
    package var title: String?
    package var description: String?

    init(
      _ name: String, _ value: Value, required: Bool = false, title: String? = nil,
      description: String? = nil
    ) {
      self.name = name
      self.value = value
      self.isRequired = required
      self.title = title
      self.description = description
    }
  }

  // MARK: The id rule

  /// The longest id, in bytes.
  package static let maximumIDLength = 128

  /// Whether `id` is a valid id: 1 to ``maximumIDLength`` ASCII letters, digits and the
  /// punctuation `.`, `_`, `:` and `-`, starting with a letter or digit. Ids are ASCII, so
  /// two ids are the same string exactly when they are the same bytes.
  package static func isValidID(_ id: String) -> Bool {
    var id = id
    return id.withUTF8 { isValidID($0) }
  }

  /// ``isValidID(_:)`` over the id's UTF-8 bytes, for the fast reader.
  @inline(__always)
  package static func isValidID(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= 1, bytes.count <= maximumIDLength else { return false }
    for (i, b) in bytes.enumerated() {
      switch b {
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: continue
      case 0x2E, 0x5F, 0x3A, 0x2D: if i == 0 { return false }
      default: return false
      }
    }
    return true
  }

  /// ``isValidID(_:)`` as a regular expression, for the JSON Schema (`SchemaDocumentTests`
  /// holds the two to each other).
  package static let idPattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,\(maximumIDLength - 1)}$"

  // MARK: The web-address rule

  /// Whether `url` is a web address a source may give: `http://` or `https://` followed by
  /// at least one character, and no white space anywhere.
  package static func isWebAddress(_ url: String) -> Bool {
    (url.hasPrefix("https://") ? url.count > 8 : url.hasPrefix("http://") && url.count > 7)
      && !url.contains(where: \.isWhitespace)
  }

  /// ``isWebAddress(_:)`` as a regular expression, for the JSON Schema.
  package static let webAddressPattern = "^https?://[^\\s]+$"

  // MARK: Dates

  /// The shape of a date string, for the JSON Schema; ``CaseDate`` checks that the day
  /// exists and the year is not 0000.
  package static let datePattern =
    "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"

  // MARK: Extensions

  /// Members whose names start with this are extensions: readers skip them.
  package static let extensionPrefix = "x-"
}

/// A record of the case-file format, as an enum whose cases are its fields in the
/// format's order. The raw value numbers a field, so the fast reader's set of fields seen
/// is a bit mask (``bit``) and the masks it checks come from ``CaseFileSchema/FieldTable``.
package protocol CaseFileRecord: CaseIterable, Sendable, RawRepresentable
where RawValue == Int, AllCases == [Self] {
  /// The record's name under `$defs` in the JSON Schema, and in messages ("Each source
  /// must be an object"); `nil` for the document itself.
  static var recordName: String? { get }
  static var recordTitle: String { get }
  static var recordDescription: String { get }
  /// The names, masks and key codes, computed once from ``rule``.
  static var table: CaseFileSchema.FieldTable<Self> { get }
  /// The field's rule: its name, value, whether it is required, and what it means.
  var rule: CaseFileSchema.Rule { get }
}

extension CaseFileRecord {
  /// The field's name in the file.
  package var name: String { Self.table.names[rawValue] }

  /// The field's bit in a set of fields seen.
  @inline(__always)
  var bit: UInt32 { 1 << UInt32(rawValue) }
}

extension CaseFileSchema {
  /// What the readers need of a record's rules, computed once.
  ///
  /// `@unchecked Sendable`: ``keyCodes`` points at memory written once in `init` and never
  /// changed or freed (each table is a `static let` that lives as long as the program).
  package struct FieldTable<Field: CaseFileRecord>: @unchecked Sendable {
    /// Every field name, in the format's order.
    package let names: [String]
    /// The names of the required fields, in the format's order.
    package let requiredNames: [String]
    /// The bits of the required fields.
    let requiredMask: UInt32
    /// Each name of up to eight bytes as one little-endian integer (its first byte lowest),
    /// as the fast reader reads member names; 0 for longer names. A plain pointer, so the
    /// reader's hot loop reads it without reference counting.
    let keyCodes: UnsafeBufferPointer<UInt64>
    /// The names longer than eight bytes, with their field numbers.
    let longNames: [LongName]

    struct LongName: Sendable {
      var field: Int
      var bytes: [UInt8]
    }

    package init() {
      let rules = Field.allCases.map(\.rule)
      precondition(rules.count <= 32, "a record's fields must fit a 32-bit mask")
      names = rules.map(\.name)
      requiredNames = rules.filter(\.isRequired).map(\.name)
      requiredMask = Field.allCases.filter(\.rule.isRequired).reduce(0) { $0 | $1.bit }
      let codes = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: names.count)
      for (i, name) in names.enumerated() {
        let bytes = Array(name.utf8)
        codes[i] =
          bytes.count > 8
          ? 0 : bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
      }
      keyCodes = UnsafeBufferPointer(codes)
      longNames = names.enumerated().compactMap { i, name in
        name.utf8.count > 8 ? LongName(field: i, bytes: Array(name.utf8)) : nil
      }
    }

  }
}
