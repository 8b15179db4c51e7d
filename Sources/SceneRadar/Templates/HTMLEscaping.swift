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
    /// Bit `b` is set for each byte `b` below 64 that is escaped: `"` `&` `'` `<` `>`.
    private static let specialMask: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    /// Whether `byte` is one of the five escaped characters: two instructions, no table.
    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 64 && specialMask >> UInt64(byte) & 1 != 0
    }

    /// Whether `byte` is a control character HTML forbids (tab, line feed and carriage return
    /// are allowed).
    @inline(__always)
    private static func isForbiddenControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
    }

    /// Appends `bytes` (valid UTF-8) to `output`, escaped, in one pass: runs without special
    /// characters are copied whole, so text without any costs one copy.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout RenderBuffer) {
        guard let base = bytes.baseAddress else { return }
        let start = output.count
        var runStart = 0
        var offset = 0
        let count = bytes.count
        // 0xE2 leads the UTF-8 of every bidi control (U+200E, U+200F, U+202A…U+202E, U+2066…U+2069).
        var mayHaveBidi = false
        while offset < count {
            // Eight bytes at a time while all of them are printable ASCII and not special.
            if offset + 8 <= count {
                if !needsLook(UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)) {
                    offset += 8
                    continue
                }
            } else if !needsLook(tail(base + offset, count: count - offset)) {
                // The last bytes (most values are short) in one test as well.
                break
            }
            let byte = base[offset]
            if isSpecial(byte) {
                output.append(base + runStart, count: offset - runStart)
                appendEntity(for: byte, to: &output)
                runStart = offset + 1
            } else if isForbiddenControl(byte) {
                output.append(base + runStart, count: offset - runStart)
                // U+FFFD REPLACEMENT CHARACTER
                output.append(0xEF)
                output.append(0xBF)
                output.append(0xBD)
                runStart = offset + 1
            } else if byte == 0xE2 {
                mayHaveBidi = true
            }
            offset += 1
        }
        output.append(base + runStart, count: count - runStart)
        if mayHaveBidi { isolateBidi(String(decoding: bytes, as: UTF8.self), from: start, in: &output) }
    }

    /// Wraps what was appended from `start` in an isolate, closing inside it whatever `text`
    /// leaves open, when `text` holds a bidi control.
    @inline(never)
    private static func isolateBidi(_ text: String, from start: Int, in output: inout RenderBuffer) {
        guard containsBidiControl(text) else { return }
        output.insert(Array("\u{2068}".utf8), at: start)
        for closer in bidiClosers(for: text) { output.append(String(closer)) }
        output.append("\u{2069}")
    }

    /// The `count` (under eight) bytes at `start` as the low bytes of a word whose other bytes
    /// are `A`, which never needs a look: the end of a value tested like the rest of it,
    /// without reading past it.
    @inline(__always)
    private static func tail(_ start: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        var word = ones &* 0x41
        withUnsafeMutableBytes(of: &word) {
            $0.baseAddress.unsafelyUnwrapped.copyMemory(from: start, byteCount: count)
        }
        return word
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any of the eight bytes in `word` needs a look of its own: one of the five
    /// special characters, a control character (below 0x20 or DEL) or a non-ASCII byte. `&`
    /// and `'` differ only in bit 0, `<` and `>` only in bit 1, so three byte-equality tests
    /// cover the five characters; all tests are combined without branches.
    @inline(__always)
    private static func needsLook(_ word: UInt64) -> Bool {
        zeroBytes(word ^ (ones &* 0x22)) | zeroBytes((word | ones) ^ (ones &* 0x27))
            | zeroBytes((word | (ones &* 2)) ^ (ones &* 0x3E)) | zeroBytes(word ^ (ones &* 0x7F))
            | ((word &- ones &* 0x20) & ~word & highBits) | (word & highBits) != 0
    }

    /// Non-zero exactly when a byte of `word` is zero (the borrow can only run past a zero
    /// byte, so there are no false alarms).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & highBits
    }

    /// Appends `text`'s UTF-8 bytes to `output`, escaped.
    @inline(__always)
    static func append(_ text: String, to output: inout RenderBuffer) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { append($0, to: &output) }
        if done == nil { appendCopy(of: text, to: &output) }
    }

    /// A bridged string without contiguous UTF-8: copy it into native storage first.
    @inline(never)
    private static func appendCopy(of text: String, to output: inout RenderBuffer) {
        var native = text
        native.withUTF8 { append($0, to: &output) }
    }

    /// Appends `text` to `output`, escaped.
    static func append(_ text: String, to output: inout String) {
        output += escape(text)
    }

    /// The escaped form of `text`.
    static func escape(_ text: String) -> String {
        var buffer = RenderBuffer(capacity: text.utf8.count + 16)
        defer { buffer.free() }
        append(text, to: &buffer)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    @inline(never)
    private static func appendEntity(for byte: UInt8, to output: inout RenderBuffer) {
        switch byte {
        case UInt8(ascii: "&"): appendEntity("&amp;", to: &output)
        case UInt8(ascii: "<"): appendEntity("&lt;", to: &output)
        case UInt8(ascii: ">"): appendEntity("&gt;", to: &output)
        case UInt8(ascii: "\""): appendEntity("&quot;", to: &output)
        default: appendEntity("&#39;", to: &output)
        }
    }

    private static func appendEntity(_ entity: StaticString, to output: inout RenderBuffer) {
        output.append(entity.utf8Start, count: entity.utf8CodeUnitCount)
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
