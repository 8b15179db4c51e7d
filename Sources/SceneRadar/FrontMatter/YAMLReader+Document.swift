// MARK: - The document

extension YAMLReader {
    /// Parses the whole text as one document: comments, an optional `---`, the top-level node,
    /// and an optional `...` followed only by comments.
    ///
    /// - Returns: the top-level node, or `nil` when the document holds none.
    mutating func parseDocument() throws(YAMLFailure) -> YAMLNode? {
        guard let head = skipToContentLine() else { return nil }
        if bytes[head.start] == YAMLByte.percent {
            throw failure(.directive(word(from: head.start, flow: false)), at: head.start)
        }
        var root: YAMLNode?
        var rootStart = head.content
        if isDocumentMarker(at: head.start), bytes[head.start] == YAMLByte.dash {
            let markerEnd = head.start + 3
            pos = skipBlanks(from: markerEnd)
            let next = byte(pos)
            if next == YAMLByte.lf || next == YAMLByte.hash || next == YAMLByte.end {
                pos = min(endOfLine(from: pos) + 1, bytes.count)
                if let below = skipToContentLine(), !isDocumentMarker(at: below.start) {
                    rootStart = below.content
                    root = try parseValueBelow(
                        parentIndent: -1, sequenceMayAlign: false, emptyAt: markerEnd, depth: 0)
                }
            } else {
                rootStart = pos
                root = try parseNode(parentIndent: -1, placement: .afterDocumentStart, depth: 0)
            }
        } else if !isDocumentMarker(at: head.start) {
            pos = head.content
            let tab = head.tabbed ? head.start + head.spaces : nil
            root = try parseNode(parentIndent: -1, placement: .lineStart(tab: tab), depth: 0)
        }
        let first = byte(rootStart)
        let blockCollection =
            root?.scalar == nil && first != YAMLByte.openBracket && first != YAMLByte.openBrace
        try finishDocument(afterBlockCollection: blockCollection)
        return root
    }

    /// Checks what follows the top-level node: only comments, or `...` and then only comments.
    private mutating func finishDocument(afterBlockCollection: Bool) throws(YAMLFailure) {
        guard let head = skipToContentLine() else { return }
        guard isDocumentMarker(at: head.start) else {
            if afterBlockCollection {
                throw failure(.badIndentation(column: position(of: head.content).column), at: head.content)
            }
            throw failure(.contentAfterValue, at: head.content)
        }
        var marker: LineHead? = head
        while let current = marker {
            guard isDocumentMarker(at: current.start), bytes[current.start] == YAMLByte.dot else {
                if isDocumentMarker(at: current.start) {
                    throw failure(.secondDocument, at: current.start, length: 3)
                }
                throw failure(.contentAfterDocumentEnd, at: current.content)
            }
            pos = skipBlanks(from: current.start + 3)
            let next = byte(pos)
            if next != YAMLByte.lf, next != YAMLByte.hash, next != YAMLByte.end {
                throw failure(.contentAfterDocumentEnd, at: pos)
            }
            pos = min(endOfLine(from: pos) + 1, bytes.count)
            marker = skipToContentLine()
        }
    }
}
