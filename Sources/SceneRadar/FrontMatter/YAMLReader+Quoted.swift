// MARK: - Quoted scalars

extension YAMLReader {
    /// Reads a single- or double-quoted scalar whose opening quote is at the cursor, leaving the
    /// cursor after the closing quote.
    ///
    /// Line breaks fold as in plain scalars; continuation lines need `minIndent` leading spaces
    /// and must not start with a document marker.
    /// - Returns: the value, whether the source spanned several lines, and whether the value is
    ///   written as it reads (one line, nothing escaped; see `YAMLNode.isVerbatim`).
    mutating func scanQuoted(minIndent: Int) throws(YAMLFailure) -> (
        text: String, multiLine: Bool, verbatim: Bool
    ) {
        let open = pos
        let quote = bytes[open]
        let double = quote == YAMLByte.doubleQuote
        var out: [UInt8] = []
        // Blanks at or below `floor` came from escapes or earlier lines, so folding keeps them.
        var floor = 0
        var multiLine = false
        var escaped = false
        var index = open + 1
        while true {
            let runStart = index
            while index < bytes.count {
                let current = bytes[index]
                if current == quote || current == YAMLByte.lf || (double && current == YAMLByte.backslash) {
                    break
                }
                index += 1
            }
            out.append(contentsOf: bytes[runStart..<index])
            guard index < bytes.count else { throw failure(.unterminatedQuote(double: double), at: open) }
            let current = bytes[index]
            if current == quote {
                if !double, byte(index + 1) == YAMLByte.singleQuote {
                    out.append(YAMLByte.singleQuote)
                    escaped = true
                    index += 2
                    continue
                }
                pos = index + 1
                return (String(decoding: out, as: UTF8.self), multiLine, !multiLine && !escaped)
            }
            if current == YAMLByte.lf {
                while out.count > floor, let last = out.last, YAMLByte.isBlank(last) { out.removeLast() }
                multiLine = true
                let next = try continuation(after: index, open: open, double: double, minIndent: minIndent)
                if next.breaks == 0 {
                    out.append(YAMLByte.space)
                } else {
                    out.append(contentsOf: repeatElement(YAMLByte.lf, count: next.breaks))
                }
                index = next.content
            } else if byte(index + 1) == YAMLByte.lf {
                // An escaped line break joins the lines without a space and keeps the blanks before it.
                multiLine = true
                let next = try continuation(
                    after: index + 1, open: open, double: double, minIndent: minIndent)
                out.append(contentsOf: repeatElement(YAMLByte.lf, count: next.breaks))
                index = next.content
            } else {
                escaped = true
                index = try appendEscape(at: index, to: &out)
            }
            floor = out.count
        }
    }

    /// Finds the next line with content after the line feed at `lineFeed`, counting empty lines.
    private mutating func continuation(
        after lineFeed: Int, open: Int, double: Bool, minIndent: Int
    ) throws(YAMLFailure) -> (content: Int, breaks: Int) {
        var probe = lineFeed + 1
        var breaks = 0
        while true {
            guard probe < bytes.count else { throw failure(.unterminatedQuote(double: double), at: open) }
            if isDocumentMarker(at: probe) {
                throw failure(.documentMarkerInQuote(text(probe..<probe + 3)), at: probe, length: 3)
            }
            let head = head(at: probe)
            if bytes[head.content] == YAMLByte.lf {
                breaks += 1
                probe = head.content + 1
                continue
            }
            if head.spaces < minIndent {
                // A line that starts a new key (`community: [a]` after `surface: "forgot to
                // close`), or no quote left to close the string at all: the quote left open is
                // the mistake, not this line's indentation.
                if startsKey(at: head.content) || !bytes[head.content...].contains(bytes[open]) {
                    throw failure(.unterminatedQuote(double: double), at: open)
                }
                throw failure(.quoteIndentation(minimum: minIndent), at: head.start + head.spaces)
            }
            return (head.content, breaks)
        }
    }

    /// Whether the line content at `index` reads as a mapping key: a plain word run without a
    /// quote, then ':' and a space or the line's end, before any '#'.
    private func startsKey(at index: Int) -> Bool {
        var probe = index
        guard probe < bytes.count, bytes[probe] != YAMLByte.doubleQuote, bytes[probe] != YAMLByte.singleQuote
        else { return false }
        while probe < bytes.count, bytes[probe] != YAMLByte.lf {
            let current = bytes[probe]
            if current == UInt8(ascii: "#") || current == YAMLByte.doubleQuote
                || current == YAMLByte.singleQuote
            {
                return false
            }
            if current == UInt8(ascii: ":") {
                let next = byte(probe + 1)
                return probe > index
                    && (next == YAMLByte.space || next == YAMLByte.lf || probe + 1 == bytes.count)
            }
            probe += 1
        }
        return false
    }

    /// Decodes the escape whose backslash is at `index`, appends its UTF-8 and returns the offset
    /// after it.
    private mutating func appendEscape(at index: Int, to out: inout [UInt8]) throws(YAMLFailure) -> Int {
        let code = byte(index + 1)
        let simple: UInt32?
        switch code {
        case 0x30: simple = 0  // 0
        case 0x61: simple = 0x07  // a
        case 0x62: simple = 0x08  // b
        case 0x74, YAMLByte.tab: simple = 0x09  // t
        case 0x6E: simple = 0x0A  // n
        case 0x76: simple = 0x0B  // v
        case 0x66: simple = 0x0C  // f
        case 0x72: simple = 0x0D  // r
        case 0x65: simple = 0x1B  // e
        case YAMLByte.space, YAMLByte.doubleQuote, 0x2F, YAMLByte.backslash: simple = UInt32(code)
        case 0x4E: simple = 0x85  // N
        case 0x5F: simple = 0xA0  // _
        case 0x4C: simple = 0x2028  // L
        case 0x50: simple = 0x2029  // P
        default: simple = nil
        }
        if let simple {
            Self.appendUTF8(simple, to: &out)
            return index + 2
        }
        let digits: Int
        switch code {
        case 0x78: digits = 2  // x
        case 0x75: digits = 4  // u
        case 0x55: digits = 8  // U
        case YAMLByte.singleQuote: throw failure(.escapedSingleQuote, at: index, length: 2)
        default:
            let end = min(index + 1 + Self.scalarLength(leadByte: code), bytes.count)
            throw failure(.invalidEscape(text(index..<end)), at: index, length: 2)
        }
        var value: UInt32 = 0
        for offset in 0..<digits {
            guard let digit = YAMLByte.hexValue(byte(index + 2 + offset)) else {
                let end = index + 2 + offset
                let shown = YAMLSyntaxError.excerpt(text(index..<end))
                throw failure(.shortHexEscape(shown, digits: digits), at: index, length: end - index)
            }
            value = value << 4 | digit
        }
        let end = index + 2 + digits
        if digits == 4, (0xD800...0xDBFF).contains(value), let low = lowSurrogate(at: end) {
            // A high and a low surrogate, as JSON writes a character beyond the first 65,536
            // ("\uD83D\uDE00"): together they are one character.
            Self.appendUTF8(0x10000 + (value - 0xD800) << 10 + (low - 0xDC00), to: &out)
            return end + 6
        }
        guard Unicode.Scalar(value) != nil else {
            throw failure(.invalidCodePoint(text(index..<end)), at: index, length: end - index)
        }
        Self.appendUTF8(value, to: &out)
        return end
    }

    /// The value of a `\uXXXX` escape of a low surrogate (DC00–DFFF) at `index`, if there is one.
    private func lowSurrogate(at index: Int) -> UInt32? {
        guard byte(index) == YAMLByte.backslash, byte(index + 1) == 0x75 else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard let digit = YAMLByte.hexValue(byte(index + 2 + offset)) else { return nil }
            value = value << 4 | digit
        }
        return (0xDC00...0xDFFF).contains(value) ? value : nil
    }

    /// The number of bytes of the UTF-8 sequence that starts with `leadByte`.
    static func scalarLength(leadByte: UInt8) -> Int {
        switch leadByte {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    /// Appends the UTF-8 encoding of a valid Unicode scalar value.
    static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            out.append(UInt8(value))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | value >> 6))
            out.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | value >> 12))
            out.append(UInt8(0x80 | value >> 6 & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        default:
            out.append(UInt8(0xF0 | value >> 18))
            out.append(UInt8(0x80 | value >> 12 & 0x3F))
            out.append(UInt8(0x80 | value >> 6 & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        }
    }
}
