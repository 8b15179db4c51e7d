/// A parse error on its way out: the first syntax error stops parsing.
///
/// Kept small on purpose (the error and where it is, not a `Diagnostic`): every frame of the
/// recursive descent reserves room for it, and the message is only formatted once, at the top.
struct YAMLFailure: Error {
    var error: YAMLSyntaxError
    var offset: Int
    var length: Int
}

/// The parser's working state: the bytes, the cursor and the problems found so far.
///
/// `YAMLParser` is the public face; this type does the work, split by concern into
/// `YAMLReader+Document`, `+Block`, `+Flow`, `+Plain`, `+Quoted` and `+BlockScalar`.
/// Every method that nests a collection takes the current depth and checks it against the
/// limit first, so recursion is bounded by `YAMLLimits.maxDepth`.
struct YAMLReader {
    /// The start of a line: how it is indented and where its content begins.
    struct LineHead {
        /// Offset of the line's first byte.
        var start: Int
        /// Leading spaces (tabs never indent).
        var spaces: Int
        /// Offset of the first byte that is neither space nor tab (the line feed on a blank line).
        var content: Int
        /// Whether a tab follows the leading spaces.
        var tabbed: Bool
    }

    /// The room a new list or mapping is given before its first entry: most in front matter
    /// hold a handful, so growing from empty would reallocate and copy each two or three times.
    static let typicalCollectionSize = 8

    let bytes: [UInt8]
    let lineStarts: [Int]
    /// The offsets of UTF-8 continuation bytes (`YAMLInput.continuations`).
    let continuations: [Int]
    let file: String
    let firstLine: Int
    let limits: YAMLLimits
    /// The cursor: an offset into `bytes`.
    var pos = 0
    /// Problems that do not stop parsing (duplicate keys).
    var diagnostics: [Diagnostic] = []

    /// The line of the last position asked for (positions are mostly asked for in order).
    private var cachedLine = 0

    init(input: YAMLInput, file: String, firstLine: Int, limits: YAMLLimits) {
        self.bytes = input.bytes
        self.lineStarts = input.lineStarts
        continuations = input.continuations
        self.file = file
        self.firstLine = firstLine
        self.limits = limits
    }

    // MARK: - Bytes

    /// The byte at `offset`, or `YAMLByte.end` past the end.
    @inline(__always) func byte(_ offset: Int) -> UInt8 {
        offset < bytes.count ? bytes[offset] : YAMLByte.end
    }

    /// Whether the cursor has passed the last byte.
    var atEnd: Bool { pos >= bytes.count }

    /// The offset of the line feed that ends the line holding `offset`.
    func endOfLine(from offset: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var index = offset
            while index < buffer.count, buffer[index] != YAMLByte.lf { index += 1 }
            return index
        }
    }

    /// The offset after the spaces and tabs starting at `offset`.
    func skipBlanks(from offset: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var index = offset
            while index < buffer.count, buffer[index] == YAMLByte.space || buffer[index] == YAMLByte.tab {
                index += 1
            }
            return index
        }
    }

    /// Whether `offset` is the first byte of a line.
    @inline(__always) func isLineStart(_ offset: Int) -> Bool {
        offset == 0 || byte(offset - 1) == YAMLByte.lf
    }

    /// The text of `bytes[range]`; ranges always fall on UTF-8 boundaries.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The offset of the first byte of the line holding `offset`.
    func lineStart(of offset: Int) -> Int {
        lineStarts[lineIndex(of: offset)]
    }

    // MARK: - Lines

    /// How the line starting at `start` begins.
    func head(at start: Int) -> LineHead {
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            while index < buffer.count, buffer[index] == YAMLByte.space { index += 1 }
            let spaces = index - start
            let tabbed = index < buffer.count && buffer[index] == YAMLByte.tab
            while index < buffer.count, buffer[index] == YAMLByte.space || buffer[index] == YAMLByte.tab {
                index += 1
            }
            return LineHead(start: start, spaces: spaces, content: index, tabbed: tabbed)
        }
    }

    /// Whether the line at `start` is a document marker: `---` or `...` followed by a blank.
    func isDocumentMarker(at start: Int) -> Bool {
        let first = byte(start)
        guard first == YAMLByte.dash || first == YAMLByte.dot else { return false }
        return byte(start + 1) == first && byte(start + 2) == first
            && YAMLByte.isBlankOrBreak(byte(start + 3))
    }

    /// Moves the cursor (at a line start) past blank and comment-only lines, and returns the head
    /// of the next line with content, or `nil` at the end of input.
    mutating func skipToContentLine() -> LineHead? {
        while pos < bytes.count {
            let head = head(at: pos)
            let first = bytes[head.content]
            if first == YAMLByte.lf {
                pos = head.content + 1
            } else if first == YAMLByte.hash {
                pos = endOfLine(from: head.content) + 1
            } else {
                return head
            }
        }
        return nil
    }

    /// Ends the line after a value: blanks, then an optional comment, then the line feed.
    ///
    /// - Parameter after: what the value was, for the message when other text follows.
    mutating func finishLine(after what: String) throws(YAMLFailure) {
        pos = skipBlanks(from: pos)
        let next = byte(pos)
        if next == YAMLByte.hash {
            if !isLineStart(pos), !YAMLByte.isBlank(byte(pos - 1)) {
                throw failure(.commentWithoutSpace, at: pos)
            }
            pos = endOfLine(from: pos)
        } else if next != YAMLByte.lf, next != YAMLByte.end {
            throw failure(.trailingContent(after: what), at: pos)
        }
        if pos < bytes.count { pos += 1 }
    }

    // MARK: - Positions

    /// The 1-based line and column (in Unicode scalars) of `offset`, relative to the whole note.
    ///
    /// The column is the number of bytes from the line's start less the continuation bytes
    /// among them (none in ASCII text, found by binary search otherwise): no byte is counted.
    mutating func position(of offset: Int) -> SourcePosition {
        let line = lineIndex(of: offset)
        let start = lineStarts[line]
        let stop = min(offset, bytes.count)
        var column = stop - start + 1
        if !continuations.isEmpty {
            column -= Self.lowerBound(stop, in: continuations) - Self.lowerBound(start, in: continuations)
        }
        if offset > bytes.count { column += offset - bytes.count }
        cachedLine = line
        return SourcePosition(line: firstLine + line, column: column)
    }

    /// The index of the first element of `sorted` not less than `value`.
    private static func lowerBound(_ value: Int, in sorted: [Int]) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The 0-based index of the line holding `offset`: near the last position asked for, a short
    /// walk forward; elsewhere a binary search.
    func lineIndex(of offset: Int) -> Int {
        var line = cachedLine
        if offset >= lineStarts[line] {
            for _ in 0..<8 {
                guard line + 1 < lineStarts.count, lineStarts[line + 1] <= offset else { return line }
                line += 1
            }
        }
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// A location in this file.
    mutating func location(of offset: Int) -> SourceLocation {
        SourceLocation(file: file, position: position(of: offset))
    }

    // MARK: - Failures

    /// The failure for `error` at `offset`.
    func failure(_ error: YAMLSyntaxError, at offset: Int, length: Int = 1) -> YAMLFailure {
        YAMLFailure(error: error, offset: offset, length: length)
    }

    /// The diagnostic of a failure, its message formatted and its position resolved.
    mutating func diagnostic(for failure: YAMLFailure) -> Diagnostic {
        Diagnostic(
            failure.error.code, failure.error.message, at: location(of: failure.offset),
            length: failure.length)
    }

    /// Fails when `depth` passes the nesting limit.
    mutating func checkDepth(_ depth: Int, at offset: Int) throws(YAMLFailure) {
        if depth > limits.maxDepth { throw failure(.tooDeep(limit: limits.maxDepth), at: offset) }
    }
}
