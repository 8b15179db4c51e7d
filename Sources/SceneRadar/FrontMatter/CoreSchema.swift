/// Types a radar-YAML tree the way a YAML 1.2 parser does with the core schema, for
/// `radar dump --yaml` and conformance checks.
///
/// Only plain scalars are typed: `~`, `null` and the empty scalar are null; `true`/`false`
/// (also capitalised or upper case) are booleans; `[-+]?[0-9]+`, `0o…` and `0x…` are integers;
/// decimal and exponent forms, `.inf` and `.nan` are floats. Quoted and block scalars always
/// stay strings. The schema of notes never uses this typing: it reads strings itself.
public enum CoreSchema {
    /// The typed value of a document; an empty document is null.
    public static func typedValue(of node: YAMLNode?) -> JSONValue {
        guard let node else { return .null }
        switch node.kind {
        case .scalar(let text, let style):
            return style == .plain ? resolve(plain: text) : .string(text)
        case .sequence(let items):
            return .array(items.map { typedValue(of: $0) })
        case .mapping(let pairs):
            return .object(pairs.map { JSONValue.Member($0.key.scalar ?? "", typedValue(of: $0.value)) })
        }
    }

    /// The untyped value of a document, as radar reads it: every scalar a string, except the
    /// plain nulls (`key:` with nothing after it, `~`, `null`), which are null.
    public static func untypedValue(of node: YAMLNode?) -> JSONValue {
        guard let node else { return .null }
        switch node.kind {
        case .scalar(let text, _):
            // `key:`, `~` and `null` are "not given" to radar (YAMLNode.isNull).
            return node.isNull ? .null : .string(text)
        case .sequence(let items):
            return .array(items.map { untypedValue(of: $0) })
        case .mapping(let pairs):
            return .object(pairs.map { JSONValue.Member($0.key.scalar ?? "", untypedValue(of: $0.value)) })
        }
    }

    /// The core-schema value of one plain scalar.
    public static func resolve(plain text: String) -> JSONValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        let utf8 = Array(text.utf8)
        guard let first = utf8.first, first == 0x2B || first == 0x2D || first == 0x2E || isDigit(first)
        else { return .string(text) }
        if let integer = CoreSchemaNumbers.integer(utf8) { return integer }
        if CoreSchemaNumbers.isFloat(utf8), let value = Double(text) { return .float(value) }
        return .string(text)
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
