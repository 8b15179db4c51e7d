/// HTML escaping for `{{name}}`: `&`, `<`, `>`, `"` and `'` become entities.
///
/// The spec requires the first four; `'` is escaped too (as `&#39;`) so a value is also
/// safe inside a single-quoted attribute, which the spec's tests allow.
enum HTMLEscaping {
    /// Appends `text` to `output`, escaped, in one pass over its UTF-8 bytes: unescaped runs
    /// are copied whole, so text without special characters costs one append.
    static func append(_ text: String, to output: inout String) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var runStart = 0
            for offset in 0..<bytes.count {
                // Every escaped byte is ASCII at or below '>' (0x3E): one compare skips most text.
                guard bytes[offset] <= 0x3E, let entity = entity(for: bytes[offset]) else { continue }
                if runStart < offset { output.append(contentsOf: slice(text, runStart, offset)) }
                output.append(entity)
                runStart = offset + 1
            }
            if runStart == 0 {
                output.append(text)
            } else if runStart < bytes.count {
                output.append(contentsOf: slice(text, runStart, bytes.count))
            }
        }
        if done == nil {
            // A bridged string without contiguous UTF-8: copy it into native storage once.
            var native = text
            native.makeContiguousUTF8()
            append(native, to: &output)
        }
    }

    /// `text`'s bytes `start..<end`; both offsets follow an ASCII byte or an end, so they are
    /// scalar boundaries, and for native strings the offset-to-index step is constant time.
    private static func slice(_ text: String, _ start: Int, _ end: Int) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return text[lower..<utf8.index(lower, offsetBy: end - start)]
    }

    /// The escaped form of `text`.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        append(text, to: &output)
        return output
    }

    private static func entity(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): return "&amp;"
        case UInt8(ascii: "<"): return "&lt;"
        case UInt8(ascii: ">"): return "&gt;"
        case UInt8(ascii: "\""): return "&quot;"
        case UInt8(ascii: "'"): return "&#39;"
        default: return nil
        }
    }
}
