/// docs/case-file.schema.json, made from the rule table (as lazygit makes its config
/// schema from its config types), so editors and other tools see the rules the readers
/// use. `SchemaDocumentTests` fails when the committed file differs from this.
extension CaseFileSchema {
  /// The JSON Schema (draft 2020-12) of the case-file format, as the text of
  /// docs/case-file.schema.json (ending with a line break).
  package static func jsonSchema() -> String {
    var document: [(String, JSONText)] = [
      ("$schema", .string("https://json-schema.org/draft/2020-12/schema"))
    ]
    document += object(DocumentField.self)
    document.append(("$defs", .object(definitions())))
    return JSONText.object(document).render(pretty: true) + "\n"
  }

  /// The shared value shapes first, then each record, in the format's order.
  private static func definitions() -> [(String, JSONText)] {
    let shapes: [(String, JSONText)] = [
      (
        "nonEmptyString",
        .object([
          ("description", .string("Text with at least one character that is not white space.")),
          ("type", .string("string")), ("minLength", .int(1)), ("pattern", .string("\\S")),
        ])
      ),
      (
        "id",
        .object([
          ("title", .string("Identifier")),
          (
            "description",
            .string(
              "Unique across the whole file: sources, entities and events share one namespace. Lower-case kebab-case is recommended (\"garcia-luna\", \"ref-6\")."
            )
          ),
          ("type", .string("string")), ("pattern", .string(idPattern)),
        ])
      ),
      (
        "date",
        .object([
          ("title", .string("Date")),
          (
            "description",
            .string(
              "YYYY, YYYY-MM or YYYY-MM-DD. The precision written is the precision meant: \"2011\" is some time in 2011, not 1 January. The loader also rejects days that do not exist (2011-02-30) and the year 0000."
            )
          ),
          ("type", .string("string")), ("pattern", .string(datePattern)),
        ])
      ),
      (
        "sourceIds",
        .object([
          ("title", .string("Source ids")),
          ("description", .string("Ids of sources in this file; at least one.")),
          ("type", .string("array")), ("items", reference("id")), ("minItems", .int(1)),
        ])
      ),
      (
        "stringList",
        .object([("type", .string("array")), ("items", .object([("type", .string("string"))]))])
      ),
    ]
    let records: [(String, JSONText)] = [
      record(SourceField.self), record(EntityField.self), record(RelationField.self),
      record(EventField.self), record(DiscrepancyField.self), record(ReviewField.self),
    ]
    return shapes + records
  }

  private static func record<F: CaseFileRecord>(_: F.Type) -> (String, JSONText) {
    (F.recordName ?? "", .object(object(F.self)))
  }

  /// A record as a JSON Schema object: its fields, the required ones, the extension
  /// prefix, and (for events) the field an undated event may not have.
  private static func object<F: CaseFileRecord>(_: F.Type) -> [(String, JSONText)] {
    var members: [(String, JSONText)] = [
      ("title", .string(F.recordTitle)), ("description", .string(F.recordDescription)),
      ("type", .string("object")),
      ("properties", .object(F.allCases.map { ($0.name, property($0.rule)) })),
      ("required", .array(F.table.requiredNames.map(JSONText.string))),
    ]
    if F.self == EventField.self {
      let date = EventField.date.name
      members += [
        (
          "if",
          .object([
            ("properties", .object([(date, .object([("type", .string("null"))]))])),
            ("required", .array([.string(date)])),
          ])
        ),
        (
          "then",
          .object([
            (
              "not",
              .object([("required", .array([.string(EventField.undatedForbids.name)]))])
            )
          ])
        ),
      ]
    }
    members += [
      ("patternProperties", .object([("^" + extensionPrefix, .bool(true))])),
      ("additionalProperties", .bool(false)),
    ]
    return members
  }

  private static func property(_ rule: Rule) -> JSONText {
    var members: [(String, JSONText)] = []
    if let title = rule.title { members.append(("title", .string(title))) }
    if let description = rule.description { members.append(("description", .string(description))) }
    switch rule.value {
    case .formatVersion:
      members += [("type", .string("integer")), ("const", .int(CaseFile.formatVersion))]
    case .text: members.append(("type", .string("string")))
    case .nonEmptyText: members.append(("$ref", .string("#/$defs/nonEmptyString")))
    case .id: members.append(("$ref", .string("#/$defs/id")))
    case .date: members.append(("$ref", .string("#/$defs/date")))
    case .dateOrNull:
      members.append(
        ("anyOf", .array([reference("date"), .object([("type", .string("null"))])])))
    case .webAddress:
      members += [
        ("type", .string("string")), ("format", .string("uri")),
        ("pattern", .string(webAddressPattern)),
      ]
    case .flag(let value):
      members += [("type", .string("boolean")), ("default", .bool(value))]
    case .referenceNumbers:
      members += [
        ("type", .string("array")),
        ("items", .object([("type", .string("integer")), ("minimum", .int(1))])),
        ("uniqueItems", .bool(true)),
      ]
    case .texts: members.append(("$ref", .string("#/$defs/stringList")))
    case .entityIDs: members += [("type", .string("array")), ("items", reference("id"))]
    case .sourceIDs: members.append(("$ref", .string("#/$defs/sourceIds")))
    case .word(let allowed, let value):
      members += [("type", .string("string")), ("enum", .array(allowed.map(JSONText.string)))]
      if let value { members.append(("default", .string(value))) }
    case .records(let name):
      members += [("type", .string("array")), ("items", reference(name))]
    }
    return .object(members)
  }

  private static func reference(_ name: String) -> JSONText {
    .object([("$ref", .string("#/$defs/" + name))])
  }
}
