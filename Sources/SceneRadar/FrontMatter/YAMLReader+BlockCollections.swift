// MARK: - Block mappings and block sequences

extension YAMLReader {
    /// Parses a block mapping whose entries sit at column `indent` (0-based), given its first key
    /// and the offset of that key's `:`.
    mutating func parseBlockMapping(
        indent: Int, firstKey: YAMLNode, keyStart: Int, colon firstColon: Int, depth: Int
    ) throws(YAMLFailure) -> YAMLNode {
        try checkDepth(depth, at: keyStart)
        var pairs: [YAMLNode.Pair] = []
        pairs.reserveCapacity(YAMLReader.typicalCollectionSize)
        var seen: [[UInt8]: SourcePosition] = [:]
        var key = firstKey
        var colon = firstColon
        while true {
            let value = try parseMappingValue(indent: indent, colon: colon, depth: depth)
            add(YAMLNode.Pair(key: key, value: value), to: &pairs, seen: &seen)
            guard let head = skipToContentLine(), !isDocumentMarker(at: head.start), head.spaces >= indent
            else { break }
            if head.spaces > indent {
                throw failure(.badIndentation(column: position(of: head.content).column), at: head.content)
            }
            if head.tabbed { throw failure(.tabIndentation, at: head.start + head.spaces) }
            pos = head.content
            (key, colon) = try parseMappingKey()
        }
        return YAMLNode(.mapping(pairs), at: firstKey.position)
    }

    /// Parses the key of a mapping entry that follows the first one, and finds its `:`.
    private mutating func parseMappingKey() throws(YAMLFailure) -> (YAMLNode, colon: Int) {
        let start = pos
        let first = bytes[start]
        if isSequenceEntry(at: start) { throw failure(.listItemWhereMappingContinues, at: start) }
        if first == YAMLByte.openBracket || first == YAMLByte.openBrace {
            throw failure(.collectionAsKey, at: start)
        }
        if first == YAMLByte.pipe || first == YAMLByte.greater {
            throw failure(.cannotStartPlain(String(UnicodeScalar(first))), at: start)
        }
        let position = position(of: start)
        if first == YAMLByte.doubleQuote || first == YAMLByte.singleQuote {
            let indent = start - lineStart(of: start)
            let quoted = try scanQuoted(minIndent: indent + 1)
            let colon = skipBlanks(from: pos)
            guard byte(colon) == YAMLByte.colon, YAMLByte.isBlankOrBreak(byte(colon + 1)) else {
                throw failure(.missingColon(YAMLSyntaxError.excerpt(text(start..<pos))), at: start)
            }
            if quoted.multiLine { throw failure(.keyOnSeveralLines, at: start) }
            let style: YAMLNode.ScalarStyle = first == YAMLByte.doubleQuote ? .doubleQuoted : .singleQuoted
            return (.scalar(quoted.text, style: style, at: position, verbatim: quoted.verbatim), colon)
        }
        try rejectUnsupportedNodeStart(flow: false)
        let end = scanPlainLine(flow: false)
        guard byte(pos) == YAMLByte.colon else {
            throw failure(.missingColon(YAMLSyntaxError.excerpt(text(start..<end))), at: start)
        }
        return (.scalar(text(start..<end), at: position), pos)
    }

    /// Parses what follows the `:` at `colon` of an entry of the mapping at `indent`.
    private mutating func parseMappingValue(
        indent: Int, colon: Int, depth: Int
    ) throws(YAMLFailure) -> YAMLNode {
        pos = skipBlanks(from: colon + 1)
        let next = byte(pos)
        if next == YAMLByte.lf || next == YAMLByte.hash || next == YAMLByte.end {
            pos = min(endOfLine(from: pos) + 1, bytes.count)
            return try parseValueBelow(
                parentIndent: indent, sequenceMayAlign: true, emptyAt: colon + 1, depth: depth)
        }
        return try parseNode(parentIndent: indent, placement: .afterKey, depth: depth)
    }

    /// Parses a block sequence whose dashes sit at column `indent` (0-based); the cursor is on the
    /// first dash.
    ///
    /// - Parameter indentless: whether the list is a mapping value at the mapping's own
    ///   indentation, so a line without a dash ends it instead of being an error.
    mutating func parseBlockSequence(indent: Int, indentless: Bool, depth: Int) throws(YAMLFailure)
        -> YAMLNode
    {
        try checkDepth(depth, at: pos)
        let start = position(of: pos)
        var items: [YAMLNode] = []
        items.reserveCapacity(YAMLReader.typicalCollectionSize)
        while true {
            items.append(try parseSequenceEntry(indent: indent, dash: pos, depth: depth))
            guard let head = skipToContentLine(), !isDocumentMarker(at: head.start), head.spaces >= indent
            else { break }
            if head.spaces > indent {
                throw failure(.badIndentation(column: position(of: head.content).column), at: head.content)
            }
            let isEntry = !head.tabbed && isSequenceEntry(at: head.content)
            if !isEntry {
                if indentless { break }
                if head.tabbed { throw failure(.tabIndentation, at: head.start + head.spaces) }
                throw failure(
                    looksLikeKey(at: head.content) ? .mappingWhereSequenceContinues : .expectedListItem,
                    at: head.content)
            }
            pos = head.content
        }
        return YAMLNode(.sequence(items), at: start)
    }

    /// Parses the item after the dash at `dash`.
    private mutating func parseSequenceEntry(indent: Int, dash: Int, depth: Int) throws(YAMLFailure)
        -> YAMLNode
    {
        var index = dash + 1
        while byte(index) == YAMLByte.space { index += 1 }
        let tab = byte(index) == YAMLByte.tab ? index : nil
        pos = skipBlanks(from: index)
        let next = byte(pos)
        if next == YAMLByte.lf || next == YAMLByte.hash || next == YAMLByte.end {
            pos = min(endOfLine(from: pos) + 1, bytes.count)
            return try parseValueBelow(
                parentIndent: indent, sequenceMayAlign: false, emptyAt: dash + 1, depth: depth)
        }
        return try parseNode(parentIndent: indent, placement: .compact(tab: tab), depth: depth)
    }

    /// Whether the line content at `offset` reads as `key: …` (for a clearer message).
    private mutating func looksLikeKey(at offset: Int) -> Bool {
        let saved = pos
        defer { pos = saved }
        pos = offset
        _ = scanPlainLine(flow: false)
        return byte(pos) == YAMLByte.colon
    }
}
