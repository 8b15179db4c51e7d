// MARK: - Literal and folded block scalars

extension YAMLReader {
    /// How a block scalar treats its final line break and trailing empty lines.
    private enum Chomping {
        case strip, clip, keep
    }

    /// Reads a `|` or `>` block scalar whose indicator is at the cursor.
    ///
    /// - Parameter parentIndent: the indentation of the collection holding the scalar (-1 at the
    ///   top level); content lines must be indented more than it.
    mutating func parseBlockScalar(parentIndent: Int) throws(YAMLFailure) -> YAMLNode {
        let indicator = pos
        let position = position(of: indicator)
        let literal = bytes[indicator] == YAMLByte.pipe
        let header = try readBlockScalarHeader()
        let minIndent = max(parentIndent + 1, 0)
        var indent = header.indentation.map { max(parentIndent, 0) + $0 }
        if parentIndent < 0, let explicit = header.indentation { indent = explicit - 1 }
        var out: [UInt8] = []
        var pendingBreaks = 0
        var sawContent = false
        var previousSpaced = false
        var widestLeading = (spaces: 0, start: 0)
        while pos < bytes.count, !isDocumentMarker(at: pos) {
            let lineStart = pos
            var index = pos
            while bytes[index] == YAMLByte.space { index += 1 }
            let spaces = index - lineStart
            let first = bytes[index]
            let required = indent ?? minIndent
            if spaces < required || (indent == nil && first == YAMLByte.lf) {
                if first == YAMLByte.lf {
                    if indent == nil, spaces > widestLeading.spaces { widestLeading = (spaces, lineStart) }
                    pendingBreaks += 1
                    pos = index + 1
                    continue
                }
                if first == YAMLByte.tab, isBlankToEndOfLine(from: index) {
                    throw failure(.tabIndentation, at: index)
                }
                break
            }
            if indent == nil {
                indent = spaces
                if widestLeading.spaces > spaces {
                    let digit = min(max(spaces - max(parentIndent, 0), 1), 9)
                    let error = YAMLSyntaxError.blockScalarLeadingSpaces(
                        lineSpaces: widestLeading.spaces, textSpaces: spaces,
                        indicator: (literal ? "|" : ">") + String(digit))
                    throw failure(error, at: widestLeading.start + spaces)
                }
            }
            let textStart = lineStart + (indent ?? spaces)
            let lineEnd = endOfLine(from: textStart)
            pos = lineEnd + 1
            if textStart == lineEnd {
                pendingBreaks += 1
                continue
            }
            let spaced = YAMLByte.isBlank(bytes[textStart])
            if literal || !sawContent || previousSpaced || spaced {
                if sawContent { out.append(YAMLByte.lf) }
            } else if pendingBreaks == 0 {
                out.append(YAMLByte.space)
            }
            out.append(contentsOf: repeatElement(YAMLByte.lf, count: pendingBreaks))
            out.append(contentsOf: bytes[textStart..<lineEnd])
            sawContent = true
            previousSpaced = spaced
            pendingBreaks = 0
        }
        switch header.chomping {
        case .strip: break
        case .clip: if sawContent { out.append(YAMLByte.lf) }
        case .keep:
            if sawContent { out.append(YAMLByte.lf) }
            out.append(contentsOf: repeatElement(YAMLByte.lf, count: pendingBreaks))
        }
        let text = String(decoding: out, as: UTF8.self)
        return .scalar(text, style: literal ? .literal : .folded, at: position, verbatim: false)
    }

    /// Reads the indicators after `|` or `>` and the rest of the header line.
    private mutating func readBlockScalarHeader() throws(YAMLFailure) -> (
        indentation: Int?, chomping: Chomping
    ) {
        var indentation: Int?
        var chomping: Chomping?
        var index = pos + 1
        while true {
            let current = byte(index)
            if current >= 0x30, current <= 0x39 {
                if current == 0x30 || indentation != nil {
                    throw failure(.badIndentationIndicator, at: index)
                }
                indentation = Int(current - 0x30)
            } else if current == YAMLByte.plus || current == YAMLByte.dash, chomping == nil {
                chomping = current == YAMLByte.plus ? .keep : .strip
            } else {
                break
            }
            index += 1
        }
        let headerText = text(pos..<index)
        let afterBlanks = skipBlanks(from: index)
        let next = byte(afterBlanks)
        if next == YAMLByte.hash {
            if afterBlanks == index { throw failure(.commentWithoutSpace, at: index) }
        } else if next != YAMLByte.lf, next != YAMLByte.end {
            throw failure(.blockScalarHeaderText(indicator: headerText), at: afterBlanks)
        }
        pos = min(endOfLine(from: afterBlanks) + 1, bytes.count)
        return (indentation, chomping ?? .clip)
    }

    /// Whether only blanks follow `offset` up to the line feed.
    private func isBlankToEndOfLine(from offset: Int) -> Bool {
        skipBlanks(from: offset) == endOfLine(from: offset)
    }
}
