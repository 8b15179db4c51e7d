/// HTML escaping for `{{name}}`: `&`, `<`, `>`, `"` and `'` become entities.
///
/// The spec requires the first four; `'` is escaped too (as `&#39;`) so a value is also
/// safe inside a single-quoted attribute, which the spec's tests allow.
enum HTMLEscaping {
    /// Bit `b` is set for each byte `b` below 64 that is escaped: `"` `&` `'` `<` `>`.
    private static let specialMask: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    /// Whether `byte` is escaped: two instructions, no table.
    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 64 && specialMask >> UInt64(byte) & 1 != 0
    }

    /// Appends `bytes` to `output`, escaped, in one pass: runs without special characters are
    /// copied whole, so text without any costs one copy.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout RenderBuffer) {
        guard let base = bytes.baseAddress else { return }
        var runStart = 0
        var offset = 0
        let count = bytes.count
        while offset < count {
            // Eight bytes at a time while none of them is special.
            if offset + 8 <= count,
                !hasSpecial(UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
            {
                offset += 8
                continue
            }
            let byte = base[offset]
            if isSpecial(byte) {
                output.append(base + runStart, count: offset - runStart)
                appendEntity(for: byte, to: &output)
                runStart = offset + 1
            }
            offset += 1
        }
        output.append(base + runStart, count: count - runStart)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any of the eight bytes in `word` is special. `&` and `'` differ only in bit 0,
    /// `<` and `>` only in bit 1, so three byte-equality tests cover the five characters;
    /// they are combined without branches.
    @inline(__always)
    private static func hasSpecial(_ word: UInt64) -> Bool {
        zeroBytes(word ^ (ones &* 0x22)) | zeroBytes((word | ones) ^ (ones &* 0x27))
            | zeroBytes((word | (ones &* 2)) ^ (ones &* 0x3E)) != 0
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
}
