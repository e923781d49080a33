/// A parsed JSON value that remembers where it was written.
///
/// Foundation's decoders forget positions, but a person fixing a case file needs
/// `file:line:column` for every problem, not only for syntax errors. Each node keeps the
/// byte offset of its first character; ``DocumentText`` turns offsets into lines and columns.
struct JSONNode: Sendable {
  var value: JSONValue
  /// Byte offset of the value's first character in the document.
  var offset: Int
}

/// One member of a JSON object, in document order.
struct JSONMember: Sendable {
  var key: String
  var keyOffset: Int
  var value: JSONNode
}

/// The JSON data model. Objects keep their members in order (and duplicates, so the
/// decoder can report them).
enum JSONValue: Sendable {
  case null
  case bool(Bool)
  /// A number: its value, and the integer when it was written without fraction or exponent.
  case number(Double, integer: Int?)
  case string(String)
  case array([JSONNode])
  case object([JSONMember])

  /// The JSON type name used in messages: "a string", "an array", …
  var typeDescription: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .number(_, let integer): integer == nil ? "a number" : "an integer"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}
