/// HTML escaping for `{{name}}`: `&`, `<`, `>`, `"` and `'` become entities.
///
/// The spec requires the first four; `'` is escaped too (as `&#39;`) so a value is also
/// safe inside a single-quoted attribute, which the spec's tests allow.
///
/// Two more rules keep pasted text from changing what surrounds it: control characters that
/// HTML forbids become U+FFFD (as XML escaping does), and a value holding bidi controls is
/// isolated (U+2068 … U+2069) with whatever it leaves open closed inside, so a U+202E in one
/// name can neither reverse the names printed after it nor pull a following "×2" into it.
enum HTMLEscaping {
    /// Appends `text` to `output`, escaped, in one pass over its UTF-8 bytes: unescaped runs
    /// are copied whole, so text without special characters costs one append.
    static func append(_ text: String, to output: inout String) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            let start = output.utf8.count
            var runStart = 0
            // 0xE2 leads the UTF-8 of every bidi control (U+202A…U+202E, U+2066…U+2069).
            var mayHaveBidi = false
            for offset in 0..<bytes.count {
                let byte = bytes[offset]
                // Every escaped byte is ASCII at or below '>' (0x3E) or DEL: one compare skips most text.
                if byte > 0x3E {
                    if byte >= 0x7F {
                        if byte == 0xE2 { mayHaveBidi = true }
                        if byte != 0x7F { continue }
                    } else {
                        continue
                    }
                }
                guard let entity = entity(for: byte) else { continue }
                if runStart < offset { output.append(contentsOf: slice(text, runStart, offset)) }
                output.append(entity)
                runStart = offset + 1
            }
            if runStart == 0 {
                output.append(text)
            } else if runStart < bytes.count {
                output.append(contentsOf: slice(text, runStart, bytes.count))
            }
            if mayHaveBidi && containsBidiControl(text) {
                output.insert("\u{2068}", at: output.utf8.index(output.startIndex, offsetBy: start))
                // One scalar at a time: `unicodeScalars.append(contentsOf:)` copies all of `output`.
                for closer in bidiClosers(for: text) { output.unicodeScalars.append(closer) }
                output.unicodeScalars.append("\u{2069}")
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
        case 0x09, 0x0A, 0x0D: return nil
        case 0x00...0x1F, 0x7F: return "\u{FFFD}"
        default: return nil
        }
    }

    /// Whether `text` holds a bidi mark (U+200E, U+200F) or an explicit embedding, override or
    /// isolate control (U+202A…U+202E, U+2066…U+2069).
    static func containsBidiControl(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) || $0.value == 0x200E
                || $0.value == 0x200F
        }
    }

    /// The PDF (U+202C) and PDI (U+2069) characters that close what `text` leaves open, innermost
    /// first; empty when it is balanced.
    static func bidiClosers(for text: String) -> [Unicode.Scalar] {
        var open: [Bool] = []  // true for an isolate (closed by PDI), false for an embedding (PDF)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x202A...0x202B, 0x202D...0x202E:
                open.append(false)
            case 0x2066...0x2068:
                open.append(true)
            case 0x202C:
                if open.last == false { open.removeLast() }
            case 0x2069:
                // A PDI also closes the embeddings opened inside its isolate.
                if let index = open.lastIndex(of: true) { open.removeSubrange(index...) }
            default:
                break
            }
        }
        return open.reversed().map { $0 ? "\u{2069}" : "\u{202C}" }
    }
}
