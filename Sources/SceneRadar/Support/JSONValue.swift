/// A JSON document built in memory and written by our own writer: Foundation's
/// JSONSerialization reorders keys and cannot keep `3` and `3.0` apart on Linux, and every
/// machine-readable output of radar (lint JSON and SARIF, `radar.json`, `radar score --format
/// json`, `radar schema`) must be byte-stable.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number written exactly as given (already valid JSON number text).
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in the order given (callers sort where order must not depend on input).
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// A number with a fixed count of decimals at most (trailing zeros dropped, `-0` never
    /// written), so output never depends on locale or float printing.
    public static func decimal(_ value: Double, places: Int = 4) -> JSONValue {
        .number(NumberFormat.fixed(value, maxDecimals: places))
    }

    /// A string, or `null` when absent.
    public static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }
}

extension JSONValue {
    /// The JSON text: pretty-printed with two-space indentation, or compact.
    public func serialized(pretty: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(1024)
        write(into: &out, indent: pretty ? 0 : -1)
        if pretty { out += "\n" }
        return out
    }

    private func write(into out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .number(let text): out += text
        case .string(let text): JSONValue.writeString(text, into: &out)
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                JSONValue.newline(&out, indent + 1, enabled: indent >= 0)
                item.write(into: &out, indent: indent >= 0 ? indent + 1 : -1)
            }
            JSONValue.newline(&out, indent, enabled: indent >= 0)
            out += "]"
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += "," }
                JSONValue.newline(&out, indent + 1, enabled: indent >= 0)
                JSONValue.writeString(key, into: &out)
                out += indent >= 0 ? ": " : ":"
                value.write(into: &out, indent: indent >= 0 ? indent + 1 : -1)
            }
            JSONValue.newline(&out, indent, enabled: indent >= 0)
            out += "}"
        }
    }

    private static func newline(_ out: inout String, _ level: Int, enabled: Bool) {
        guard enabled else { return }
        out += "\n"
        out += String(repeating: "  ", count: level)
    }

    /// Writes `text` as a JSON string: quotes, backslashes and control characters escaped;
    /// U+2028/U+2029 escaped too so the output is also safe inside a `<script>` or JS source.
    static func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

/// Locale-free number formatting for everything radar prints.
public enum NumberFormat {
    /// `value` rounded to at most `maxDecimals` places (half away from zero), trailing zeros
    /// dropped, never `-0`; non-finite values print as `0`.
    public static func fixed(_ value: Double, maxDecimals: Int) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<maxDecimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(Int64(value.rounded())) }
        let units = Int64(scaled)
        if units == 0 { return "0" }
        let factor = Int64(scale)
        var text = String(units / factor)
        var fraction = units % factor
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: maxDecimals - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
            fraction = 0
        }
        return value < 0 ? "-" + text : text
    }

    /// `value` with exactly `decimals` places (e.g. a score `57.0`).
    public static func exact(_ value: Double, decimals: Int) -> String {
        let text = fixed(value, maxDecimals: decimals)
        guard decimals > 0 else { return text }
        let parts = text.split(separator: ".", maxSplits: 1)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        return String(parts[0]) + "." + fraction + String(repeating: "0", count: decimals - fraction.count)
    }
}
