// MARK: - Plain scalars and node starts

extension YAMLReader {
    /// Throws for what cannot start a node in radar YAML: anchors, aliases, tags, complex keys,
    /// reserved characters and indicators used as values.
    mutating func rejectUnsupportedNodeStart(flow: Bool) throws(YAMLFailure) {
        let first = byte(pos)
        let next = byte(pos + 1)
        let endsIndicator = YAMLByte.isBlankOrBreak(next) || (flow && YAMLByte.isFlowIndicator(next))
        switch first {
        case YAMLByte.ampersand: throw failure(.anchor(word(from: pos, flow: flow)), at: pos)
        case YAMLByte.star: throw failure(.alias(word(from: pos, flow: flow)), at: pos)
        case YAMLByte.bang: throw failure(.tag(word(from: pos, flow: flow)), at: pos)
        case YAMLByte.question where endsIndicator: throw failure(.complexKey, at: pos)
        case YAMLByte.colon where endsIndicator: throw failure(.emptyKey, at: pos)
        case YAMLByte.dash where endsIndicator: throw failure(.cannotStartPlain("-"), at: pos)
        case YAMLByte.percent, YAMLByte.at, YAMLByte.backtick, YAMLByte.comma, YAMLByte.closeBracket,
            YAMLByte.closeBrace:
            throw failure(.cannotStartPlain(String(UnicodeScalar(first))), at: pos)
        default: return
        }
    }

    /// The word starting at `offset` (up to a blank, or a flow indicator in flow context), shortened
    /// for a message.
    func word(from offset: Int, flow: Bool) -> String {
        var index = offset + 1
        while index < bytes.count {
            let current = bytes[index]
            if YAMLByte.isBlankOrBreak(current) || (flow && YAMLByte.isFlowIndicator(current)) { break }
            index += 1
        }
        return YAMLSyntaxError.excerpt(text(offset..<index))
    }

    /// Scans one line of a plain scalar from the cursor and stops where it ends: at `: ` (or `:`
    /// before a flow indicator), at ` #`, at a flow indicator in flow context, or at the line feed.
    ///
    /// - Returns: the end of the scalar's text on this line, trailing blanks excluded.
    mutating func scanPlainLine(flow: Bool) -> Int {
        let start = pos
        let (stop, end) = bytes.withUnsafeBufferPointer { buffer -> (Int, Int) in
            var index = start
            var end = start
            let count = buffer.count
            while index < count {
                let current = buffer[index]
                if current > YAMLByte.colon {
                    // Letters and most punctuation: only the flow brackets can stop a scalar here.
                    if flow,
                        current == YAMLByte.openBracket || current == YAMLByte.closeBracket
                            || current == YAMLByte.openBrace || current == YAMLByte.closeBrace
                    {
                        break
                    }
                    index += 1
                    end = index
                    continue
                }
                if current == YAMLByte.lf { break }
                if current == YAMLByte.space || current == YAMLByte.tab {
                    index += 1
                    continue
                }
                if current == YAMLByte.colon {
                    let next = index + 1 < count ? buffer[index + 1] : YAMLByte.end
                    if YAMLByte.isBlankOrBreak(next) || (flow && YAMLByte.isFlowIndicator(next)) { break }
                } else if current == YAMLByte.hash {
                    if index > start, YAMLByte.isBlank(buffer[index - 1]) { break }
                } else if flow, current == YAMLByte.comma {
                    break
                }
                index += 1
                end = index
            }
            return (index, end)
        }
        pos = stop
        return end
    }

    /// Reads the lines that continue a plain scalar whose first line is `first`, folding line
    /// breaks as YAML does (one break is a space, each empty line a line feed).
    ///
    /// A continuation line needs at least `minIndent` leading spaces and must not be a comment or
    /// a document marker. The cursor is left where the scalar stops.
    mutating func continuePlain(
        first: Range<Int>, minIndent: Int, flow: Bool
    ) -> (text: String, multiLine: Bool) {
        var buffer: [UInt8] = []
        var multiLine = false
        while byte(pos) == YAMLByte.lf {
            var probe = pos + 1
            var breaks = 0
            var lineHead: LineHead?
            while probe < bytes.count, !isDocumentMarker(at: probe) {
                let head = head(at: probe)
                if bytes[head.content] == YAMLByte.lf {
                    breaks += 1
                    probe = head.content + 1
                    continue
                }
                lineHead = head
                break
            }
            guard let head = lineHead, head.spaces >= minIndent,
                canContinuePlain(at: head.content, flow: flow)
            else { break }
            if !multiLine {
                buffer.append(contentsOf: bytes[first])
                multiLine = true
            }
            if breaks == 0 {
                buffer.append(YAMLByte.space)
            } else {
                buffer.append(contentsOf: repeatElement(YAMLByte.lf, count: breaks))
            }
            pos = head.content
            let end = scanPlainLine(flow: flow)
            buffer.append(contentsOf: bytes[head.content..<end])
        }
        return multiLine ? (String(decoding: buffer, as: UTF8.self), true) : (text(first), false)
    }

    /// Whether a line whose content starts at `offset` may continue a plain scalar.
    private func canContinuePlain(at offset: Int, flow: Bool) -> Bool {
        let first = bytes[offset]
        if first == YAMLByte.hash { return false }
        if flow, YAMLByte.isFlowIndicator(first) { return false }
        if first == YAMLByte.colon {
            let next = byte(offset + 1)
            if YAMLByte.isBlankOrBreak(next) || (flow && YAMLByte.isFlowIndicator(next)) { return false }
        }
        return true
    }
}
