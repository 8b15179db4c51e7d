/// HTML escaping for `{{name}}`: `&`, `<`, `>`, `"` and `'` become entities.
///
/// The spec requires the first four; `'` is escaped too (as `&#39;`) so a value is also
/// safe inside a single-quoted attribute, which the spec's tests allow.
enum HTMLEscaping {
    /// Appends `text` to `output`, escaped, in one pass over its UTF-8 bytes: unescaped runs
    /// are copied whole, so text without special characters costs one append.
    static func append(_ text: String, to output: inout String) {
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            // Every escaped byte is ASCII at or below '>' (0x3E): one compare skips most text.
            if byte <= 0x3E, let entity = entity(for: byte) {
                if runStart != index { output.append(contentsOf: text[runStart..<index]) }
                output.append(entity)
                utf8.formIndex(after: &index)
                runStart = index
            } else {
                utf8.formIndex(after: &index)
            }
        }
        if runStart == utf8.startIndex {
            output.append(text)
        } else if runStart != utf8.endIndex {
            output.append(contentsOf: text[runStart...])
        }
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
