/// Escaping for XML text and attribute values (SVG charts, the Atom feed, the sitemap):
/// markup characters become entities, characters XML 1.0 forbids are replaced, and invisible
/// format characters (bidi controls, zero-width) are written as character references so they
/// cannot silently reorder or hide what follows; bidi embeddings, overrides and isolates the
/// value leaves open are closed at its end (a feed reader would otherwise reverse the text after
/// an unclosed U+202E in a scene's name).
public enum XMLEscaping {
    /// `value` escaped.
    public static func escape(_ value: String, keepLineBreaks: Bool = false) -> String {
        var result = ""
        append(value, to: &result, keepLineBreaks: keepLineBreaks)
        return result
    }

    /// Appends `value` escaped to `output`. Tabs and line feeds become spaces unless
    /// `keepLineBreaks` (text content, where they are meaningful).
    public static func append(_ value: String, to output: inout String, keepLineBreaks: Bool = false) {
        if !value.utf8.contains(where: needsSlowPath) {
            output.append(value)
            return
        }
        escape(value, keepLineBreaks: keepLineBreaks) { output.append(String(decoding: $0, as: UTF8.self)) }
    }

    /// Appends `value` escaped to `output` as UTF-8, as `append(_:to:keepLineBreaks:)` does to a
    /// string.
    static func append(_ value: String, to output: inout [UInt8], keepLineBreaks: Bool = false) {
        escape(value, keepLineBreaks: keepLineBreaks) { output.append(contentsOf: $0) }
    }

    /// Appends `value` escaped to `output` as UTF-8, as `append(_:to:keepLineBreaks:)` does to a
    /// string.
    static func append(_ value: String, to output: inout RenderBuffer, keepLineBreaks: Bool = false) {
        escape(value, keepLineBreaks: keepLineBreaks) { output.append($0) }
    }

    /// Hands `value` escaped to `emit`, piece by piece: runs of its bytes that need nothing,
    /// copied whole, and the replacements between them.
    private static func escape(
        _ value: String, keepLineBreaks: Bool, _ emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        func emitStatic(_ text: StaticString) {
            emit(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
        var openBidi: [Bool] = []  // true for an isolate (closed by PDI), false for an embedding (PDF)
        var text = value
        text.withUTF8 { bytes in
            var run = 0
            /// Emits the bytes before `start` not yet emitted; the caller emits what replaces
            /// `start..<end`.
            func flush(_ start: Int, skipping end: Int) {
                if start > run { emit(UnsafeBufferPointer(rebasing: bytes[run..<start])) }
                run = end
            }
            func replace(_ index: Int, with replacement: StaticString) {
                flush(index, skipping: index + 1)
                emitStatic(replacement)
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard byte >= 0x80 else {
                    switch byte {
                    case UInt8(ascii: "&"): replace(index, with: "&amp;")
                    case UInt8(ascii: "<"): replace(index, with: "&lt;")
                    case UInt8(ascii: ">"): replace(index, with: "&gt;")
                    case UInt8(ascii: "\""): replace(index, with: "&quot;")
                    case UInt8(ascii: "'"): replace(index, with: "&#39;")
                    case 0x09, 0x0A: if !keepLineBreaks { replace(index, with: " ") }
                    case 0x00..<0x20, 0x7F: replace(index, with: "\u{FFFD}")
                    default: break
                    }
                    index += 1
                    continue
                }
                // A scalar of two to four bytes (the text is valid UTF-8).
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var code = UInt32(byte) & (0x7F >> length)
                for offset in 1..<length { code = code << 6 | UInt32(bytes[index + offset] & 0x3F) }
                switch code {
                case 0x202A...0x202B, 0x202D...0x202E: openBidi.append(false)
                case 0x2066...0x2068: openBidi.append(true)
                case 0x202C: if openBidi.last == false { openBidi.removeLast() }
                case 0x2069: if let open = openBidi.lastIndex(of: true) { openBidi.removeSubrange(open...) }
                default: break
                }
                if code == 0xFFFE || code == 0xFFFF {
                    flush(index, skipping: index + length)
                    emitStatic("\u{FFFD}")
                } else if isInvisibleFormat(code) {
                    flush(index, skipping: index + length)
                    var reference = "&#x" + String(code, radix: 16, uppercase: true) + ";"
                    reference.withUTF8(emit)
                }
                index += length
            }
            flush(bytes.count, skipping: bytes.count)
        }
        for isIsolate in openBidi.reversed() { emitStatic(isIsolate ? "&#x2069;" : "&#x202C;") }
    }

    /// Whether `bytes` escape to themselves: printable ASCII without markup characters.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.contains(where: needsSlowPath)
    }

    /// Bytes that mean the slow path may be needed: markup characters, controls, and any
    /// non-ASCII byte (a format character or U+FFFE/U+FFFF may hide behind it).
    private static func needsSlowPath(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte < 0x20 || byte >= 0x7F
    }

    /// Invisible formatting characters.
    static func isInvisibleFormat(_ code: UInt32) -> Bool {
        switch code {
        case 0x00AD, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF:
            return true
        default:
            return false
        }
    }
}
