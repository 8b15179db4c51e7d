/// Writes `JSONValue`s as JSON text, byte for byte the same on every platform.
///
/// Written here rather than with `JSONSerialization`, which on Linux cannot tell `1` from `1.0`
/// and does not keep key order. Output is pretty-printed with two-space indentation (or, from a
/// compact writer, without any whitespace: for large files read by programs), keys in
/// document order, non-ASCII text as UTF-8 and control characters escaped. Floats always show
/// a fraction or an exponent (`3.0`, `1000.0`, `1e+16`); infinities and NaN, which JSON cannot
/// express, are written as the strings `".inf"`, `"-.inf"` and `".nan"`.
public struct JSONWriter: Sendable {
    /// Whether to write without line breaks and indentation.
    public let compact: Bool

    /// Creates a writer; a compact one writes no whitespace between tokens.
    public init(compact: Bool = false) {
        self.compact = compact
    }

    /// The JSON text of `value`, without a trailing line feed.
    public func write(_ value: JSONValue) -> String {
        write(value, indentLevel: 0)
    }

    /// The JSON text of `value` as it appears nested `indentLevel` levels deep (its first line
    /// not indented, later lines indented), so large documents can be written in parallel parts.
    public func write(_ value: JSONValue, indentLevel: Int) -> String {
        var out = ""
        write(value, indentLevel: indentLevel, to: &out)
        return out
    }

    /// Appends the JSON text of `value` (as `write(_:indentLevel:)` gives it) to `out`.
    public func write(_ value: JSONValue, indentLevel: Int, to out: inout String) {
        out += String(decoding: bytes(value, indentLevel: indentLevel), as: UTF8.self)
    }

    /// The JSON text of `value` as UTF-8 (appending bytes costs several times less than
    /// appending to a `String` piece by piece); `capacity` is a hint for large documents.
    public func bytes(_ value: JSONValue, indentLevel: Int = 0, capacity: Int = 4096) -> [UInt8] {
        var out = JSONOutput(capacity: capacity, keepsRawApart: false)
        write(value, indent: indentLevel, to: &out)
        return out.bytes
    }

    /// The JSON text of `value` as pieces to be written one after the other: `.raw` parts
    /// are pieces of their own, never copied (a document made of large parts is never joined
    /// in memory).
    public func pieces(_ value: JSONValue) -> [ArraySlice<UInt8>] {
        var out = JSONOutput(capacity: 4096, keepsRawApart: true)
        write(value, indent: 0, to: &out)
        out.endPiece()
        return out.pieces
    }

    private func write(_ value: JSONValue, indent: Int, to out: inout JSONOutput) {
        switch value {
        case .null: out.bytes += "null".utf8
        case .bool(let flag): out.bytes += (flag ? "true" : "false").utf8
        case .int(let number): out.bytes += String(number).utf8
        case .bigInt(let digits): out.bytes += digits.utf8
        case .float(let number): out.bytes += Self.format(number).utf8
        case .string(let text): Self.writeString(text, to: &out.bytes)
        case .raw(let bytes): out.raw(bytes)
        case .array(let items):
            guard !items.isEmpty else {
                out.bytes += "[]".utf8
                return
            }
            out.bytes.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.bytes.append(UInt8(ascii: ",")) }
                newline(indent + 1, &out.bytes)
                write(item, indent: indent + 1, to: &out)
            }
            newline(indent, &out.bytes)
            out.bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                out.bytes += "{}".utf8
                return
            }
            out.bytes.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { out.bytes.append(UInt8(ascii: ",")) }
                newline(indent + 1, &out.bytes)
                Self.writeString(member.key, to: &out.bytes)
                out.bytes += (compact ? ":" : ": ").utf8
                write(member.value, indent: indent + 1, to: &out)
            }
            newline(indent, &out.bytes)
            out.bytes.append(UInt8(ascii: "}"))
        }
    }

    /// A line break and the indentation of `level` (nothing when compact).
    private func newline(_ level: Int, _ out: inout [UInt8]) {
        guard !compact else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
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

    /// Appends `text` as a JSON string literal, as UTF-8. Runs that need no escape are
    /// appended whole.
    static func writeString(_ text: String, to out: inout [UInt8]) {
        writeString(text) { out.append(contentsOf: $0) }
    }

    /// Appends `text` as a JSON string literal to `out`, as `writeString(_:to:)` does to bytes.
    static func writeString(_ text: String, to out: inout RenderBuffer) {
        writeString(text) { out.append($0) }
    }

    /// Hands `text` as a JSON string literal to `emit`, piece by piece.
    @inline(__always)
    private static func writeString(_ text: String, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        func emitStatic(_ piece: StaticString) {
            emit(UnsafeBufferPointer(start: piece.utf8Start, count: piece.utf8CodeUnitCount))
        }
        emitStatic("\"")
        var text = text
        text.withUTF8 { bytes in
            var run = 0
            var offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                // Most bytes are written as they are: one test each, and runs copied whole.
                guard
                    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
                        || byte == 0xE2
                else {
                    offset += 1
                    continue
                }
                var escape: String?
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\t"): escape = "\\t"
                case UInt8(ascii: "\r"): escape = "\\r"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case 0x00...0x1F, 0x7F:
                    let hex = String(byte, radix: 16, uppercase: true)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                case 0xE2:
                    // U+2028 and U+2029 (E2 80 A8 / E2 80 A9) end lines in JavaScript.
                    if offset + 2 < bytes.count, bytes[offset + 1] == 0x80,
                        bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9
                    {
                        escape = bytes[offset + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                        length = 3
                    }
                default:
                    break
                }
                if var escape {
                    emit(UnsafeBufferPointer(rebasing: bytes[run..<offset]))
                    escape.withUTF8 { emit($0) }
                    run = offset + length
                }
                offset += length
            }
            emit(UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
        }
        emitStatic("\"")
    }
}

/// Where `JSONWriter` writes: bytes, and for `pieces` the finished pieces.
struct JSONOutput {
    var bytes: [UInt8] = []
    private(set) var pieces: [ArraySlice<UInt8>] = []
    private let keepsRawApart: Bool

    init(capacity: Int, keepsRawApart: Bool) {
        bytes.reserveCapacity(capacity)
        self.keepsRawApart = keepsRawApart
    }

    /// Appends JSON text written elsewhere.
    mutating func raw(_ text: ArraySlice<UInt8>) {
        guard keepsRawApart else {
            bytes += text
            return
        }
        endPiece()
        pieces.append(text)
    }

    /// Ends the current piece of written bytes.
    mutating func endPiece() {
        guard !bytes.isEmpty else { return }
        pieces.append(bytes[...])
        bytes = []
    }
}
