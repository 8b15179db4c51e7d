/// The scene-log schema (SPEC §3) as data: the decoders take their keys from it, and
/// `radar schema` and docs/schema.md are generated from it, so the three never disagree.
public indirect enum FieldType: Sendable, Hashable {
    case string
    /// A string shown as it is, which must hold something to see (a blank one is an error).
    case visibleString
    case date
    case week
    /// A whole number ≥ 0.
    case integer
    /// A whole number in a range.
    case integerIn(ClosedRange<Int>)
    case number
    case boolean
    case url
    /// The address a site is published at (`base-url`): a URL without a query, a fragment or a
    /// user name, its host in ASCII and its port 1–65535.
    case siteURL
    /// A BCP 47 language tag (`en`, `pt-BR`).
    case languageTag
    case person
    case enumeration([String])
    /// The code of a lint rule `lint-ignore` may silence (see docs/lint-rules.md).
    case ruleCode
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
    /// The UTF-8 length of each key, when every key is plain (see `String.isPlainKey`).
    private let plainKeyLengths: [Int]?

    /// Creates a record schema.
    public init(name: String, description: String, fields: [FieldSchema]) {
        self.name = name
        self.description = description
        self.fields = fields
        keys = fields.map(\.name)
        requiredKeys = fields.filter(\.required).map(\.name)
        plainKeyLengths = keys.allSatisfy(\.isPlainKey) ? keys.map(\.utf8.count) : nil
    }

    /// The field called `name`.
    public func field(_ name: String) -> FieldSchema? { fields.first { $0.name == name } }

    /// Whether the record has a key called `name`.
    public func hasKey(_ name: String) -> Bool {
        guard let lengths = plainKeyLengths else { return keys.contains(name) }
        // Only a key of the same length can be equal: a length test first skips most string
        // comparisons, which were a visible share of decoding.
        let length = name.utf8.count
        for index in keys.indices where lengths[index] == length && keys[index] == name { return true }
        return false
    }
}

extension String {
    /// Whether the string is made of lowercase ASCII letters, digits and dashes only, as every
    /// schema key is: no other string is canonically equivalent to such a string (the only
    /// non-ASCII characters equivalent to ASCII ones are U+037E, U+1FEF and U+212A, for ';', '`'
    /// and 'K'), so one of another UTF-8 length is never `==` to it.
    var isPlainKey: Bool {
        // Over contiguous bytes (a key is short and native): the generic `allSatisfy` over a
        // UTF-8 view was a visible cost when asked for every lookup.
        utf8.withContiguousStorageIfAvailable { $0.allSatisfy(Self.isPlainKeyByte) }
            ?? utf8.allSatisfy(Self.isPlainKeyByte)
    }

    /// Whether `byte` may appear in a plain key: a lowercase ASCII letter, a digit or a dash.
    @inline(__always)
    static func isPlainKeyByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
    }
}

/// Every record of the schema.
public enum SchemaCatalog {}
