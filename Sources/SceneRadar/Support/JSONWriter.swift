/// Writes `JSONValue`s as JSON text, byte for byte the same on every platform.
///
/// Written here rather than with `JSONSerialization`, which on Linux cannot tell `1` from `1.0`
/// and does not keep key order. Output is pretty-printed with two-space indentation, keys in
/// document order, non-ASCII text as UTF-8 and control characters escaped. Floats always show
/// a fraction or an exponent (`3.0`, `1000.0`, `1e+16`); infinities and NaN, which JSON cannot
/// express, are written as the strings `".inf"`, `"-.inf"` and `".nan"`.
public struct JSONWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The JSON text of `value`, without a trailing line feed.
    public func write(_ value: JSONValue) -> String {
        write(value, indentLevel: 0)
    }

    /// The JSON text of `value` as it appears nested `indentLevel` levels deep (its first line
    /// not indented, later lines indented), so large documents can be written in parallel parts.
    public func write(_ value: JSONValue, indentLevel: Int) -> String {
        var out = ""
        write(value, indent: indentLevel, to: &out)
        return out
    }

    /// Appends the JSON text of `value` (as `write(_:indentLevel:)` gives it) to `out`.
    public func write(_ value: JSONValue, indentLevel: Int, to out: inout String) {
        write(value, indent: indentLevel, to: &out)
    }

    private func write(_ value: JSONValue, indent: Int, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .bigInt(let digits): out += digits
        case .float(let number): out += Self.format(number)
        case .string(let text): Self.writeString(text, to: &out)
        case .raw(let text): out += text
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "["
            for (index, item) in items.enumerated() {
                out += index == 0 ? "\n" : ",\n"
                pad(indent + 1, &out)
                write(item, indent: indent + 1, to: &out)
            }
            out += "\n"
            pad(indent, &out)
            out += "]"
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{"
            for (index, member) in members.enumerated() {
                out += index == 0 ? "\n" : ",\n"
                pad(indent + 1, &out)
                Self.writeString(member.key, to: &out)
                out += ": "
                write(member.value, indent: indent + 1, to: &out)
            }
            out += "\n"
            pad(indent, &out)
            out += "}"
        }
    }

    private func pad(_ level: Int, _ out: inout String) {
        out += String(repeating: "  ", count: level)
    }

    /// A float that reads back as a float: Swift's shortest round-trip form, with `.0` added
    /// when it has neither a fraction nor an exponent.
    static func format(_ number: Double) -> String {
        if number.isNaN { return "\".nan\"" }
        if number.isInfinite { return number < 0 ? "\"-.inf\"" : "\".inf\"" }
        let text = number.description
        if text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) { return text }
        return text + ".0"
    }

    /// Appends `text` as a JSON string literal. Runs that need no escape are appended whole
    /// (appending scalar by scalar through `unicodeScalars` copies the buffer each time).
    static func writeString(_ text: String, to out: inout String) {
        out += "\""
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 })
        else {
            out += text
            out += "\""
            return
        }
        var run = text.startIndex
        for index in text.unicodeScalars.indices {
            let scalar = text.unicodeScalars[index]
            let escape: String
            switch scalar {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\t": escape = "\\t"
            case "\r": escape = "\\r"
            case "\u{2028}": escape = "\\u2028"
            case "\u{2029}": escape = "\\u2029"
            case "\u{08}": escape = "\\b"
            case "\u{0C}": escape = "\\f"
            case "\u{00}"..."\u{1F}", "\u{7F}":
                let hex = String(scalar.value, radix: 16, uppercase: true)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: continue
            }
            out += text[run..<index]
            out += escape
            run = text.unicodeScalars.index(after: index)
        }
        out += text[run...]
        out += "\""
    }
}
