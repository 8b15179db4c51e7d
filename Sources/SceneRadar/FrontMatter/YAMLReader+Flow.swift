// MARK: - Flow collections

extension YAMLReader {
    /// Parses a `[ … ]` or `{ … }` collection whose opening bracket is at the cursor, leaving
    /// the cursor after the closing bracket.
    ///
    /// - Parameter minIndent: the spaces every continuation line needs.
    mutating func parseFlowCollection(minIndent: Int, depth: Int) throws(YAMLFailure) -> YAMLNode {
        let open = pos
        try checkDepth(depth, at: open)
        let position = position(of: open)
        let isSequence = bytes[open] == YAMLByte.openBracket
        let close = isSequence ? YAMLByte.closeBracket : YAMLByte.closeBrace
        var items: [YAMLNode] = []
        var pairs: [YAMLNode.Pair] = []
        // Room for a typical front-matter list or record up front: growing from empty would
        // reallocate (and copy) a collection two or three times. The tree lives only until
        // the note is decoded.
        if isSequence {
            items.reserveCapacity(YAMLReader.typicalCollectionSize)
        } else {
            pairs.reserveCapacity(YAMLReader.typicalCollectionSize)
        }
        var seen: [[UInt8]: SourcePosition] = [:]
        pos += 1
        while true {
            try skipFlowSpace(minIndent: minIndent, open: open)
            if try closes(close) { break }
            if byte(pos) == YAMLByte.comma { throw failure(.extraComma, at: pos) }
            if isSequence {
                items.append(try parseFlowSequenceEntry(minIndent: minIndent, open: open, depth: depth))
            } else {
                let pair = try parseFlowPair(minIndent: minIndent, open: open, depth: depth)
                add(pair, to: &pairs, seen: &seen)
            }
            try skipFlowSpace(minIndent: minIndent, open: open)
            if try closes(close) { break }
            guard byte(pos) == YAMLByte.comma else {
                throw failure(.missingComma(close: String(UnicodeScalar(close))), at: pos)
            }
            pos += 1
        }
        return YAMLNode(isSequence ? .sequence(items) : .mapping(pairs), at: position)
    }

    /// Consumes `close` and returns `true`, or throws at the wrong closing bracket.
    private mutating func closes(_ close: UInt8) throws(YAMLFailure) -> Bool {
        let current = byte(pos)
        if current == close {
            pos += 1
            return true
        }
        if current == YAMLByte.closeBracket || current == YAMLByte.closeBrace {
            let found = String(UnicodeScalar(current))
            throw failure(.mismatchedClose(found: found, expected: String(UnicodeScalar(close))), at: pos)
        }
        return false
    }

    /// Skips blanks, comments and line breaks inside a flow collection, checking the
    /// indentation of each new line.
    private mutating func skipFlowSpace(minIndent: Int, open: Int) throws(YAMLFailure) {
        var afterBlank = pos == 0 || YAMLByte.isBlankOrBreak(byte(pos - 1))
        while true {
            let current = byte(pos)
            if current == YAMLByte.space || current == YAMLByte.tab {
                pos += 1
                afterBlank = true
            } else if current == YAMLByte.hash {
                if !afterBlank { throw failure(.commentWithoutSpace, at: pos) }
                pos = endOfLine(from: pos)
            } else if current == YAMLByte.lf {
                pos += 1
                guard pos < bytes.count else { break }
                if isDocumentMarker(at: pos) {
                    throw failure(.documentMarkerInFlow(text(pos..<pos + 3)), at: pos, length: 3)
                }
                let head = head(at: pos)
                let first = bytes[head.content]
                if first != YAMLByte.lf, first != YAMLByte.hash, head.spaces < minIndent {
                    throw failure(.flowIndentation(minimum: minIndent), at: head.start + head.spaces)
                }
                pos = head.content
                afterBlank = true
            } else {
                break
            }
        }
        if pos >= bytes.count {
            let shown = bytes[open] == YAMLByte.openBracket ? "[" : "{"
            throw failure(.unclosedFlow(open: shown), at: open)
        }
    }

    /// Parses one node inside a flow collection; `jsonLike` says whether it was quoted or a
    /// collection, after which a `:` may touch the value.
    private mutating func parseFlowNode(
        minIndent: Int, depth: Int
    ) throws(YAMLFailure) -> (node: YAMLNode, jsonLike: Bool) {
        let start = pos
        let first = bytes[start]
        if first == YAMLByte.openBracket || first == YAMLByte.openBrace {
            return (try parseFlowCollection(minIndent: minIndent, depth: depth + 1), true)
        }
        if first == YAMLByte.pipe || first == YAMLByte.greater {
            throw failure(.blockScalarInFlow, at: start)
        }
        let position = position(of: start)
        if first == YAMLByte.doubleQuote || first == YAMLByte.singleQuote {
            let quoted = try scanQuoted(minIndent: minIndent)
            let style: YAMLNode.ScalarStyle = first == YAMLByte.doubleQuote ? .doubleQuoted : .singleQuoted
            return (.scalar(quoted.text, style: style, at: position, verbatim: quoted.verbatim), true)
        }
        try rejectUnsupportedNodeStart(flow: true)
        let end = scanPlainLine(flow: true)
        let plain = continuePlain(first: start..<end, minIndent: minIndent, flow: true)
        return (.scalar(plain.text, at: position, verbatim: !plain.multiLine), false)
    }

    /// Whether the cursor is on a `:` that separates a key from its value.
    private func atValueIndicator(afterJSONLike jsonLike: Bool) -> Bool {
        guard byte(pos) == YAMLByte.colon else { return false }
        let next = byte(pos + 1)
        return jsonLike || YAMLByte.isBlankOrBreak(next) || YAMLByte.isFlowIndicator(next)
    }

    /// Parses an entry of `[ … ]`: a node, or a single `key: value` pair on one line.
    private mutating func parseFlowSequenceEntry(
        minIndent: Int, open: Int, depth: Int
    ) throws(YAMLFailure) -> YAMLNode {
        let start = pos
        let entry = try parseFlowNode(minIndent: minIndent, depth: depth)
        let keyEnd = pos
        try skipFlowSpace(minIndent: minIndent, open: open)
        guard atValueIndicator(afterJSONLike: entry.jsonLike) else { return entry.node }
        if entry.node.scalar == nil { throw failure(.collectionAsKey, at: start) }
        let keyLine = lineIndex(of: start)
        if lineIndex(of: keyEnd) != keyLine || lineIndex(of: pos) != keyLine {
            throw failure(.flowKeyOnSeveralLines, at: pos)
        }
        try checkDepth(depth + 1, at: start)
        let value = try parseFlowValue(minIndent: minIndent, open: open, depth: depth)
        return YAMLNode(.mapping([YAMLNode.Pair(key: entry.node, value: value)]), at: entry.node.position)
    }

    /// Parses an entry of `{ … }`: `key: value`, or a key alone (its value is empty).
    private mutating func parseFlowPair(
        minIndent: Int, open: Int, depth: Int
    ) throws(YAMLFailure) -> YAMLNode.Pair {
        let start = pos
        let key = try parseFlowNode(minIndent: minIndent, depth: depth)
        if key.node.scalar == nil { throw failure(.collectionAsKey, at: start) }
        try skipFlowSpace(minIndent: minIndent, open: open)
        guard atValueIndicator(afterJSONLike: key.jsonLike) else {
            return YAMLNode.Pair(key: key.node, value: .scalar("", at: key.node.position))
        }
        let value = try parseFlowValue(minIndent: minIndent, open: open, depth: depth)
        return YAMLNode.Pair(key: key.node, value: value)
    }

    /// Parses the value after the `:` at the cursor; empty before `,` or the closing bracket.
    private mutating func parseFlowValue(
        minIndent: Int, open: Int, depth: Int
    ) throws(YAMLFailure) -> YAMLNode {
        let colon = pos
        let close = bytes[open] == YAMLByte.openBracket ? YAMLByte.closeBracket : YAMLByte.closeBrace
        pos += 1
        try skipFlowSpace(minIndent: minIndent, open: open)
        let next = byte(pos)
        if next == YAMLByte.comma || next == close { return .scalar("", at: position(of: colon + 1)) }
        return try parseFlowNode(minIndent: minIndent, depth: depth).node
    }
}
