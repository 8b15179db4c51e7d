/// The scene-log schema (SPEC §3) as data: the decoders take their keys from it, and
/// `radar schema` and docs/schema.md are generated from it, so the three never disagree.
public indirect enum FieldType: Sendable, Hashable {
    case string
    case date
    case week
    case integer
    case number
    case boolean
    case url
    case person
    case enumeration([String])
    case list(FieldType)
    case record(RecordSchema)
    case weights
}

/// One key of a record.
public struct FieldSchema: Sendable, Hashable {
    public var name: String
    public var type: FieldType
    public var required: Bool
    public var description: String
    /// A YAML example of the value (the text after `key: `, or an indented block).
    public var example: String

    /// Creates a field.
    public init(
        _ name: String, _ type: FieldType, required: Bool = false, _ description: String, example: String
    ) {
        self.name = name
        self.type = type
        self.required = required
        self.description = description
        self.example = example
    }
}

/// A mapping with known keys.
public struct RecordSchema: Sendable, Hashable {
    public let name: String
    public let description: String
    public let fields: [FieldSchema]
    /// The names of every key, in order.
    public let keys: [String]
    /// The names of the required keys (what decoding checks on every record, kept apart so that
    /// it need not copy whole fields).
    let requiredKeys: [String]

    /// Creates a record schema.
    public init(name: String, description: String, fields: [FieldSchema]) {
        self.name = name
        self.description = description
        self.fields = fields
        keys = fields.map(\.name)
        requiredKeys = fields.filter(\.required).map(\.name)
    }

    /// The field called `name`.
    public func field(_ name: String) -> FieldSchema? { fields.first { $0.name == name } }

    /// Whether the record has a key called `name`.
    public func hasKey(_ name: String) -> Bool { keys.contains(name) }
}

/// Every record of the schema.
public enum SchemaCatalog {}
