// MARK: - Block nodes

extension YAMLReader {
    /// Where a node starts, which decides what kinds of node may start there.
    enum Placement {
        /// First on its line; `tab` is the offset of a tab in the indentation, if any.
        case lineStart(tab: Int?)
        /// After `- ` on the same line (a compact nested list or mapping may start).
        case compact(tab: Int?)
        /// After `key:` on the same line.
        case afterKey
        /// After `---` on the same line.
        case afterDocumentStart
    }

    /// Parses the node whose first byte is at the cursor and ends its last line.
    ///
    /// Only dispatches: each kind of node is read by its own function, so the frames that
    /// nested collections stack up stay small.
    /// - Parameters:
    ///   - parentIndent: the indentation of the collection holding the node (-1 at the top).
    ///   - placement: where the node starts.
    ///   - depth: how many collections enclose the node.
    mutating func parseNode(
        parentIndent: Int, placement: Placement, depth: Int
    ) throws(YAMLFailure) -> YAMLNode {
        let first = bytes[pos]
        if first == YAMLByte.dash, YAMLByte.isBlankOrBreak(byte(pos + 1)) {
            try checkCollectionPlacement(placement, sequence: true, at: pos)
            return try parseBlockSequence(
                indent: pos - lineStart(of: pos), indentless: false, depth: depth + 1)
        }
        if first == YAMLByte.pipe || first == YAMLByte.greater {
            return try parseBlockScalar(parentIndent: parentIndent)
        }
        if first == YAMLByte.openBracket || first == YAMLByte.openBrace {
            return try parseFlowInBlock(parentIndent: parentIndent, depth: depth)
        }
        if first == YAMLByte.doubleQuote || first == YAMLByte.singleQuote {
            return try parseQuotedInBlock(parentIndent: parentIndent, placement: placement, depth: depth)
        }
        return try parsePlainInBlock(parentIndent: parentIndent, placement: placement, depth: depth)
    }

    /// A flow collection in block context, which must end its line.
    private mutating func parseFlowInBlock(parentIndent: Int, depth: Int) throws(YAMLFailure) -> YAMLNode {
        let start = pos
        let node = try parseFlowCollection(minIndent: parentIndent + 1, depth: depth + 1)
        if byte(skipBlanks(from: pos)) == YAMLByte.colon { throw failure(.collectionAsKey, at: start) }
        try finishLine(after: bytes[start] == YAMLByte.openBracket ? "the closing ']'" : "the closing '}'")
        return node
    }

    /// A quoted scalar in block context: a value, or the first key of a block mapping.
    private mutating func parseQuotedInBlock(
        parentIndent: Int, placement: Placement, depth: Int
    ) throws(YAMLFailure) -> YAMLNode {
        let start = pos
        let position = position(of: start)
        let quoted = try scanQuoted(minIndent: parentIndent + 1)
        let style: YAMLNode.ScalarStyle = bytes[start] == YAMLByte.doubleQuote ? .doubleQuoted : .singleQuoted
        let node = YAMLNode.scalar(quoted.text, style: style, at: position, verbatim: quoted.verbatim)
        let colon = skipBlanks(from: pos)
        guard byte(colon) == YAMLByte.colon, YAMLByte.isBlankOrBreak(byte(colon + 1)) else {
            try finishLine(after: "the quoted string")
            return node
        }
        try checkCollectionPlacement(placement, sequence: false, at: start)
        if quoted.multiLine { throw failure(.keyOnSeveralLines, at: start) }
        return try parseBlockMapping(
            indent: start - lineStart(of: start), firstKey: node, keyStart: start, colon: colon,
            depth: depth + 1)
    }

    /// A plain scalar in block context: a value over one or more lines, or the first key of a
    /// block mapping.
    private mutating func parsePlainInBlock(
        parentIndent: Int, placement: Placement, depth: Int
    ) throws(YAMLFailure) -> YAMLNode {
        let start = pos
        try rejectUnsupportedNodeStart(flow: false)
        let position = position(of: start)
        let firstEnd = scanPlainLine(flow: false)
        if byte(pos) == YAMLByte.colon {
            try checkCollectionPlacement(placement, sequence: false, at: start)
            let key = YAMLNode.scalar(text(start..<firstEnd), at: position)
            return try parseBlockMapping(
                indent: start - lineStart(of: start), firstKey: key, keyStart: start, colon: pos,
                depth: depth + 1)
        }
        let plain = continuePlain(first: start..<firstEnd, minIndent: parentIndent + 1, flow: false)
        if byte(pos) == YAMLByte.colon { throw failure(.colonInMultiLinePlain, at: pos) }
        try finishLine(after: "the value")
        return .scalar(plain.text, at: position, verbatim: !plain.multiLine)
    }

    /// Throws when a block list or mapping may not start where `placement` says.
    private mutating func checkCollectionPlacement(
        _ placement: Placement, sequence: Bool, at start: Int
    ) throws(YAMLFailure) {
        switch placement {
        case .lineStart(let tab), .compact(let tab):
            if let tab { throw failure(.tabIndentation, at: tab) }
        case .afterKey:
            throw failure(sequence ? .sequenceOnKeyLine : .mappingOnKeyLine, at: start)
        case .afterDocumentStart:
            throw failure(.collectionOnDocumentStartLine, at: start)
        }
    }

    /// Parses the value of a `key:` or `- ` whose line holds nothing more: the node on the next
    /// lines indented past `parentIndent` (or a list at the same indentation when
    /// `sequenceMayAlign`), else an empty plain scalar at `emptyAt`.
    mutating func parseValueBelow(
        parentIndent: Int, sequenceMayAlign: Bool, emptyAt: Int, depth: Int
    ) throws(YAMLFailure) -> YAMLNode {
        if let head = skipToContentLine(), !isDocumentMarker(at: head.start) {
            if head.spaces > parentIndent {
                pos = head.content
                let tab = head.tabbed ? head.start + head.spaces : nil
                return try parseNode(
                    parentIndent: parentIndent, placement: .lineStart(tab: tab), depth: depth)
            }
            if head.spaces == parentIndent, sequenceMayAlign, !head.tabbed, isSequenceEntry(at: head.content)
            {
                pos = head.content
                return try parseBlockSequence(indent: parentIndent, indentless: true, depth: depth + 1)
            }
        }
        return .scalar("", at: position(of: emptyAt))
    }

    /// Whether `- ` (or `-` at the end of the line) starts at `offset`.
    func isSequenceEntry(at offset: Int) -> Bool {
        byte(offset) == YAMLByte.dash && YAMLByte.isBlankOrBreak(byte(offset + 1))
    }

    /// Records a mapping entry, or reports its key as a duplicate (the first one is kept).
    ///
    /// Small mappings are searched directly; from 16 keys on, `seen` indexes them, so a mapping
    /// with many keys never costs time quadratic in its size. Keys are compared by their bytes,
    /// as YAML does: `café` written precomposed and with a combining accent are two keys
    /// (Swift's `==` would take them for one).
    mutating func add(
        _ pair: YAMLNode.Pair, to pairs: inout [YAMLNode.Pair], seen: inout [[UInt8]: SourcePosition]
    ) {
        let key = pair.key.scalar ?? ""
        let first: SourcePosition?
        if pairs.count < 16 {
            let length = key.utf8.count
            // In place: `first(where:)` would copy each pair (two nodes) it looks at. Lengths
            // first: most keys of a mapping differ in length, and a length is at hand.
            first = pairs.withUnsafeBufferPointer { pairs in
                for index in pairs.indices {
                    if case .scalar(let name, _) = pairs[index].key.kind, name.utf8.count == length,
                        name.utf8.elementsEqual(key.utf8)
                    {
                        return pairs[index].key.position
                    }
                }
                return nil
            }
        } else {
            if seen.isEmpty {
                for existing in pairs {
                    seen[Array((existing.key.scalar ?? "").utf8)] = existing.key.position
                }
            }
            first = seen[Array(key.utf8)]
        }
        guard let first else {
            if !seen.isEmpty { seen[Array(key.utf8)] = pair.key.position }
            pairs.append(pair)
            return
        }
        let shown = YAMLSyntaxError.excerpt(key)
        let error = YAMLSyntaxError.duplicateKey(shown)
        let length = max(pair.key.writtenLength ?? 1, 1)
        diagnostics.append(
            Diagnostic(
                error.code, error.message, at: SourceLocation(file: file, position: pair.key.position),
                length: length,
                notes: [
                    .init("'\(shown)' first appears here", at: SourceLocation(file: file, position: first))
                ]))
    }
}
