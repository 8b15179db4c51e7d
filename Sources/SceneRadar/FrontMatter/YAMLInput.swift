/// A YAML text as bytes ready to scan: CRLF turned into LF, a final line feed added, a leading
/// byte-order mark dropped, and the start of every line recorded.
///
/// Scanning UTF-8 bytes with integer offsets keeps the parser linear and fast; columns are
/// counted in Unicode scalars only when a position is asked for.
struct YAMLInput: Sendable {
    /// The normalised bytes; every line, the last included, ends with a line feed.
    let bytes: [UInt8]
    /// The offset of the first byte of every line.
    let lineStarts: [Int]
    /// The offsets of UTF-8 continuation bytes (none in ASCII text), in order: a column in
    /// Unicode scalars is the count of bytes from the line start less those among them.
    let continuations: [Int]

    /// A control character or lone carriage return found while normalising: the offending
    /// scalar and its offset in `bytes`.
    struct Rejection: Sendable {
        var error: YAMLSyntaxError
        var offset: Int
    }

    /// The first forbidden character, if any; reported before parsing starts.
    let rejection: Rejection?

    init<Text: StringProtocol>(_ text: Text) {
        // A contiguous copy is a memcpy; iterating `utf8` generically was a visible cost.
        var bytes = text.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(text.utf8)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes.removeFirst(3)
        }
        var rejection: Rejection?
        var sawCarriageReturn = false
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        var continuations: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var index = 0
            while index < buffer.count {
                // Eight bytes of printable ASCII (most of any front matter) hold nothing to
                // record or reject: skipped in one test.
                if index + 8 <= buffer.count,
                    Self.isPrintableASCII(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                {
                    index += 8
                    continue
                }
                let end = min(index + 8, buffer.count)
                while index < end {
                    defer { index += 1 }
                    let byte = buffer[index]
                    if byte >= 0x20 {
                        if byte < 0x7F { continue }
                        if byte & 0xC0 == 0x80 {
                            continuations.append(index)
                            continue
                        }
                        if byte != 0x7F && byte != 0xC2 { continue }
                        if byte == 0x7F {
                            rejection = Rejection(error: .controlCharacter(0x7F), offset: index)
                            return
                        }
                        // C1 controls (U+0080–U+009F, UTF-8 C2 80–C2 9F) except NEL are not printable YAML.
                        if index + 1 < buffer.count, (0x80...0x9F).contains(buffer[index + 1]),
                            buffer[index + 1] != 0x85
                        {
                            rejection = Rejection(
                                error: .controlCharacter(UInt32(buffer[index + 1])), offset: index)
                            return
                        }
                        continue
                    }
                    if byte == YAMLByte.lf {
                        if index + 1 < buffer.count { starts.append(index + 1) }
                        continue
                    }
                    if byte == YAMLByte.tab { continue }
                    if byte == YAMLByte.cr {
                        if index + 1 < buffer.count, buffer[index + 1] == YAMLByte.lf {
                            sawCarriageReturn = true
                            continue
                        }
                        rejection = Rejection(error: .loneCarriageReturn, offset: index)
                        return
                    }
                    rejection = Rejection(error: .controlCharacter(UInt32(byte)), offset: index)
                    return
                }
            }
        }
        if sawCarriageReturn {
            let crlfRemoved = Self.removingCarriageReturns(bytes, before: rejection?.offset)
            bytes = crlfRemoved.bytes
            if let offset = crlfRemoved.rejectionOffset { rejection?.offset = offset }
        }
        if let last = bytes.last, last != YAMLByte.lf { bytes.append(YAMLByte.lf) }
        if sawCarriageReturn || rejection != nil {
            starts = Self.lineStarts(of: bytes)
            continuations = bytes.indices.filter { bytes[$0] & 0xC0 == 0x80 }
        }
        self.bytes = bytes
        self.lineStarts = starts
        self.continuations = continuations
        self.rejection = rejection
    }

    /// Whether all eight bytes of `word` are printable ASCII (0x20–0x7E): none below 0x20
    /// (the classic "has a byte less than n" test) and none of 0x7F or above.
    @inline(__always) private static func isPrintableASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let below = (word &- ones &* 0x20) & ~word & highs
        let above = ((word &+ ones) | word) & highs
        return below | above == 0
    }

    /// The offset of the first byte of every line of `bytes`.
    private static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for index in bytes.indices where bytes[index] == YAMLByte.lf && index + 1 < bytes.count {
            starts.append(index + 1)
        }
        return starts
    }

    /// Drops every CR that precedes an LF; returns where `offset` moved to.
    private static func removingCarriageReturns(
        _ bytes: [UInt8], before offset: Int?
    ) -> (bytes: [UInt8], rejectionOffset: Int?) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var moved: Int?
        for index in bytes.indices {
            if index == offset { moved = out.count }
            if bytes[index] == YAMLByte.cr, index + 1 < bytes.count, bytes[index + 1] == YAMLByte.lf {
                continue
            }
            out.append(bytes[index])
        }
        return (out, moved)
    }
}
