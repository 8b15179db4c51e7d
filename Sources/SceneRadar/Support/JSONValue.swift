/// A JSON value that keeps what JSON text can say but Foundation loses: integers apart from
/// floats, integers too large for `Int64`, and the order of an object's keys.
public indirect enum JSONValue: Sendable, Hashable {
    /// One member of an object.
    public struct Member: Sendable, Hashable {
        /// The member's name.
        public var key: String
        /// The member's value.
        public var value: JSONValue

        /// Creates a member.
        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// `null`: an empty document, or a null plain scalar (`~`, `null`, nothing).
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer that fits in 64 bits.
    case int(Int)
    /// An integer too large for `Int64`, as its decimal digits (with a leading `-` when negative).
    case bigInt(String)
    /// A floating-point number; written with a fraction or an exponent so it reads back as one.
    case float(Double)
    /// A string, written with JSON escapes.
    case string(String)
    /// An array, in document order.
    case array([JSONValue])
    /// An object, its members in document order.
    case object([Member])
    /// JSON text written elsewhere (by `JSONWriter.bytes(_:indentLevel:)` at the same depth),
    /// as UTF-8, copied as is: large documents are written in parallel parts.
    case raw(ArraySlice<UInt8>)
}

extension JSONValue {
    /// Whether two values are equal with objects compared as unordered sets of members.
    ///
    /// Types stay strict: `.int(1)` never equals `.float(1)` nor `.bool(true)`; NaN equals NaN,
    /// so a document read twice compares equal.
    public func isEquivalent(to other: JSONValue) -> Bool {
        switch (self, other) {
        case (.float(let left), .float(let right)):
            return left == right || (left.isNaN && right.isNaN)
        case (.array(let left), .array(let right)):
            return left.count == right.count
                && zip(left, right).allSatisfy { $0.isEquivalent(to: $1) }
        case (.object(let left), .object(let right)):
            guard left.count == right.count else { return false }
            var byKey: [String: JSONValue] = [:]
            for member in right { byKey[member.key] = member.value }
            guard byKey.count == right.count else { return false }
            return left.allSatisfy { member in
                byKey[member.key].map { member.value.isEquivalent(to: $0) } ?? false
            }
        default:
            return self == other
        }
    }
}

extension JSONValue {
    /// A number rounded to at most `places` decimals (half away from zero), so machine-readable
    /// output does not carry float noise such as `0.30000000000000004`.
    public static func decimal(_ value: Double, places: Int = 4) -> JSONValue {
        .float(rounded(value, places: places))
    }

    /// `value` rounded as `decimal(_:places:)` rounds it.
    static func rounded(_ value: Double, places: Int) -> Double {
        Double(NumberFormat.fixed(value, maxDecimals: places)) ?? 0
    }

    /// A string, or `null` when absent.
    public static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }

    /// An object from key–value pairs, in the order given.
    public static func members(_ pairs: [(String, JSONValue)]) -> JSONValue {
        .object(pairs.map { Member($0.0, $0.1) })
    }

    /// The JSON text, pretty-printed, with a final line feed.
    public func serialized() -> String {
        var bytes = JSONWriter().bytes(self)
        bytes.append(UInt8(ascii: "\n"))
        return String(decoding: bytes, as: UTF8.self)
    }
}
