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
        var openBidi: [Bool] = []  // true for an isolate (closed by PDI), false for an embedding (PDF)
        var text = value
        text.withUTF8 { bytes in
            // Runs of bytes that stay as they are are copied whole, between replacements.
            var run = 0
            func replace(_ start: Int, _ end: Int, with replacement: String) {
                if start > run {
                    output.append(
                        String(decoding: UnsafeBufferPointer(rebasing: bytes[run..<start]), as: UTF8.self))
                }
                output.append(replacement)
                run = end
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard byte >= 0x80 else {
                    switch byte {
                    case UInt8(ascii: "&"): replace(index, index + 1, with: "&amp;")
                    case UInt8(ascii: "<"): replace(index, index + 1, with: "&lt;")
                    case UInt8(ascii: ">"): replace(index, index + 1, with: "&gt;")
                    case UInt8(ascii: "\""): replace(index, index + 1, with: "&quot;")
                    case UInt8(ascii: "'"): replace(index, index + 1, with: "&#39;")
                    case 0x09, 0x0A: if !keepLineBreaks { replace(index, index + 1, with: " ") }
                    case 0x00..<0x20, 0x7F: replace(index, index + 1, with: "\u{FFFD}")
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
                    replace(index, index + length, with: "\u{FFFD}")
                } else if isInvisibleFormat(code) {
                    replace(
                        index, index + length, with: "&#x" + String(code, radix: 16, uppercase: true) + ";")
                }
                index += length
            }
            if bytes.count > run {
                output.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[run...]), as: UTF8.self))
            }
        }
        for isIsolate in openBidi.reversed() { output.append(isIsolate ? "&#x2069;" : "&#x202C;") }
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
