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
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x202A...0x202B, 0x202D...0x202E: openBidi.append(false)
            case 0x2066...0x2068: openBidi.append(true)
            case 0x202C: if openBidi.last == false { openBidi.removeLast() }
            case 0x2069: if let index = openBidi.lastIndex(of: true) { openBidi.removeSubrange(index...) }
            default: break
            }
            switch scalar {
            case "&": output.append("&amp;")
            case "<": output.append("&lt;")
            case ">": output.append("&gt;")
            case "\"": output.append("&quot;")
            case "'": output.append("&#39;")
            default:
                let code = scalar.value
                if keepLineBreaks && (code == 0x09 || code == 0x0A) {
                    output.unicodeScalars.append(scalar)
                } else if code < 0x20 || code == 0x7F || code == 0xFFFE || code == 0xFFFF {
                    output.append(code == 0x09 || code == 0x0A ? " " : "\u{FFFD}")
                } else if isInvisibleFormat(code) {
                    output.append("&#x")
                    output.append(String(code, radix: 16, uppercase: true))
                    output.append(";")
                } else {
                    output.unicodeScalars.append(scalar)
                }
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
