/// Standalone lines and indentation: the spec's whitespace rules.
///
/// A non-interpolation tag alone on its line (only spaces or tabs around it) is standalone:
/// the whitespace before it, after it and the line end go. Parents and blocks pair up (as in
/// the spec's `~inheritance` tests and its whitespace notes):
/// - a parent is standalone when only whitespace precedes `{{<p}}` on its line and only
///   whitespace follows `{{/p}}` on its line; the whitespace before it indents the parent;
/// - a block passed to a parent drops the line end after `{{$b}}` when nothing else follows it
///   there, and then its *intrinsic indentation* (the whitespace opening its first line) is
///   removed from the start of each of its lines;
/// - a block a template declares indents what overrides it: by its intrinsic indentation when
///   `{{$b}}` stands alone on its line, by the whitespace before `{{$b}}` when only whitespace
///   precedes it and follows the matching `{{/b}}`, and not at all otherwise.
extension MustacheTemplate.Parser {
    typealias Token = MustacheTemplate.Token

    /// Removes each passed block's intrinsic indentation from the start of its lines, outer
    /// blocks first, so nested blocks measure their indentation after it.
    mutating func dedentArguments() {
        for index in tokens.indices where roles[index] == .argumentOpen {
            guard let lineEnd = rightClear(index)?.last, endsLine(tokens[lineEnd]) else { continue }
            let close = matching[index]
            let first = lineEnd + 1
            guard first < close, tokens[first].isText else { continue }
            let width = leadingBlankWidth(tokens[first])
            guard width > 0 else { continue }
            let prefixStart = tokens[first].start
            for line in first..<close where tokens[line].isText && endsLine(tokens[line - 1]) {
                let start = tokens[line].start
                guard start + width <= tokens[line].end else { continue }
                if bytes[start..<start + width].elementsEqual(bytes[prefixStart..<prefixStart + width]) {
                    tokens[line].start += width
                }
            }
        }
    }

    /// Decides, tag by tag, which whitespace goes and how partials, parents and blocks indent.
    mutating func findStandaloneTags() {
        for index in tokens.indices where roles[index] != .ignored {
            switch tokens[index].kind {
            case .text, .variable:
                continue
            case .block where roles[index] == .argumentOpen:
                if let after = rightClear(index) { remove(after, standaloneTag: index) }
            case .close where roles[index] == .argumentClose:
                if let before = leftClear(index) { remove(before, standaloneTag: index) }
            case .block:
                layoutBlock(at: index)
            case .parent:
                let close = matching[index]
                if let before = leftClear(index), let after = rightClear(close) {
                    remove(before, standaloneTag: index)
                    remove(after, standaloneTag: close)
                    indentation[index] = text(of: before)
                }
            case .close where standalone[index]:
                continue
            default:
                if let before = leftClear(index), let after = rightClear(index) {
                    remove(before, standaloneTag: index)
                    remove(after, standaloneTag: index)
                    if tokens[index].kind == .partial { indentation[index] = text(of: before) }
                }
            }
        }
    }

    private mutating func layoutBlock(at index: Int) {
        let before = leftClear(index)
        let after = rightClear(index)
        let pair = before != nil && rightClear(matching[index]) != nil
        if let before, let after {
            remove(before, standaloneTag: index)
            remove(after, standaloneTag: index)
            layouts[index] = pair ? .intrinsic(leadingBlank(after: after.last ?? index)) : .inline
        } else if pair, let before {
            layouts[index] = .leading(text(of: before))
        } else {
            layouts[index] = .inline
        }
    }

    // MARK: - Line scans

    /// The whitespace text tokens between the start of the tag's line and the tag, or `nil`
    /// when anything else is there.
    func leftClear(_ index: Int) -> [Int]? {
        var found: [Int] = []
        var scan = index - 1
        while scan >= 0 {
            let token = tokens[scan]
            guard token.isText else { return nil }
            if endsLine(token) { break }
            guard isBlank(token) else { return nil }
            found.append(scan)
            scan -= 1
        }
        return found
    }

    /// The whitespace text tokens after the tag up to and including its line end, or `nil`
    /// when anything else is there.
    func rightClear(_ index: Int) -> [Int]? {
        var found: [Int] = []
        var scan = index + 1
        while scan < tokens.count {
            let token = tokens[scan]
            guard token.isText, isBlank(token) else { return nil }
            found.append(scan)
            if endsLine(token) { break }
            scan += 1
        }
        return found
    }

    private mutating func remove(_ indices: [Int], standaloneTag: Int) {
        for index in indices { removed[index] = true }
        standalone[standaloneTag] = true
    }

    // MARK: - Bytes

    func endsLine(_ token: Token) -> Bool {
        token.isText && token.end > 0 && token.end > token.start && bytes[token.end - 1] == UInt8(ascii: "\n")
    }

    /// Whether the text is only spaces and tabs, apart from a final `\n` or `\r\n`.
    private func isBlank(_ token: Token) -> Bool {
        var end = token.end
        if endsLine(token) {
            end -= 1
            if end > token.start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        }
        return bytes[token.start..<end].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    private func leadingBlankWidth(_ token: Token) -> Int {
        bytes[token.start..<token.end].prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
    }

    /// The spaces and tabs opening the token after `index`, if it is text.
    private func leadingBlank(after index: Int) -> String {
        let next = index + 1
        guard next < tokens.count, tokens[next].isText else { return "" }
        let start = tokens[next].start
        return String(decoding: bytes[start..<start + leadingBlankWidth(tokens[next])], as: UTF8.self)
    }

    private func text(of indices: [Int]) -> String {
        var result = ""
        for index in indices.reversed() {
            result += String(decoding: bytes[tokens[index].start..<tokens[index].end], as: UTF8.self)
        }
        return result
    }
}
