/// Cuts a template into text and tag tokens, following set-delimiter tags.
extension MustacheTemplate {
    struct Tokenizer {
        let bytes: [UInt8]
        let origin: Origin
        private var open: [UInt8]
        private var close: [UInt8]
        private var tokens: [Token] = []
        private var cursor: PositionCursor

        init(bytes: [UInt8], origin: Origin, delimiters: Delimiters) {
            self.bytes = bytes
            self.origin = origin
            open = Array(delimiters.open.utf8)
            close = Array(delimiters.close.utf8)
            cursor = PositionCursor(bytes: bytes)
        }

        /// Every token in source order; text tokens end at the first line end they contain.
        mutating func tokenize() throws(MustacheError) -> [Token] {
            var textStart = 0
            var index = 0
            while let tagStart = find(open, from: index) {
                appendText(from: textStart, to: tagStart)
                index = try readTag(at: tagStart)
                textStart = index
            }
            appendText(from: textStart, to: bytes.count)
            return tokens
        }

        // MARK: - Text

        private mutating func appendText(from start: Int, to end: Int) {
            var lineStart = start
            var index = start
            while index < end {
                if bytes[index] == UInt8(ascii: "\n") {
                    tokens.append(Token(kind: .text, start: lineStart, end: index + 1))
                    lineStart = index + 1
                }
                index += 1
            }
            if lineStart < end { tokens.append(Token(kind: .text, start: lineStart, end: end)) }
        }

        // MARK: - Tags

        /// Reads the tag whose opening delimiter is at `start`; returns the offset after it.
        private mutating func readTag(at start: Int) throws(MustacheError) -> Int {
            let position = cursor.position(at: start)
            let afterOpen = start + open.count
            let sigil = afterOpen < bytes.count ? bytes[afterOpen] : 0
            let kind: Token.Kind
            var contentStart = afterOpen + 1
            var terminator = close
            switch sigil {
            case UInt8(ascii: "{"):
                kind = .variable(escaped: false)
                terminator = [UInt8(ascii: "}")] + close
            case UInt8(ascii: "="):
                kind = .delimiters
                terminator = [UInt8(ascii: "=")] + close
            case UInt8(ascii: "&"): kind = .variable(escaped: false)
            case UInt8(ascii: "#"): kind = .section
            case UInt8(ascii: "^"): kind = .inverted
            case UInt8(ascii: "/"): kind = .close
            case UInt8(ascii: "!"): kind = .comment
            case UInt8(ascii: ">"): kind = .partial
            case UInt8(ascii: "<"): kind = .parent
            case UInt8(ascii: "$"): kind = .block
            default:
                kind = .variable(escaped: true)
                contentStart = afterOpen
            }
            guard let contentEnd = find(terminator, from: min(contentStart, bytes.count)) else {
                let length = cursor.scalarCount(from: start, to: min(afterOpen + 1, bytes.count))
                throw error(
                    .unclosedTag(expected: String(decoding: terminator, as: UTF8.self)),
                    Span(position: position, length: length))
            }
            let end = contentEnd + terminator.count
            let span = Span(position: position, length: cursor.scalarCount(from: start, to: end))
            var token = Token(kind: kind, start: start, end: end, span: span)
            let raw = String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self)
            switch kind {
            case .comment:
                break
            case .delimiters:
                try setDelimiters(raw, span: span)
            default:
                switch Self.validate(raw, kind: kind) {
                case .success(let content):
                    token.content = content
                    let path = content.hasPrefix("*") ? String(content.dropFirst()) : content
                    token.name = Self.parseName(path) ?? Name(parts: [])
                case .failure(let problem): throw error(problem.kind, span)
                }
            }
            token.delimiters = currentDelimiters
            tokens.append(token)
            return end
        }

        private var currentDelimiters: Delimiters {
            Delimiters(
                open: String(decoding: open, as: UTF8.self), close: String(decoding: close, as: UTF8.self))
        }

        private mutating func setDelimiters(_ raw: String, span: Span) throws(MustacheError) {
            let parts = raw.split(whereSeparator: Self.isWhitespace)
            guard parts.count == 2 else {
                throw error(.invalidDelimiters(Self.trim(raw)), span)
            }
            open = Array(parts[0].utf8)
            close = Array(parts[1].utf8)
        }

        /// What is wrong with a tag's content.
        struct Problem: Error {
            let kind: MustacheError.Kind
        }

        /// The trimmed, checked content of a tag; dynamic names come back as `*name`.
        static func validate(_ raw: String, kind: Token.Kind) -> Result<String, Problem> {
            var content = trim(raw)
            guard !content.isEmpty else { return .failure(Problem(kind: .emptyTag)) }
            let allowsDynamic = kind == .partial || kind == .parent || kind == .close
            if allowsDynamic, content.hasPrefix("*") {
                content = "*" + trim(String(content.dropFirst()))
                guard content.count > 1 else { return .failure(Problem(kind: .emptyTag)) }
            }
            let invalid = Problem(kind: .invalidName(content))
            if content.contains(where: isWhitespace) { return .failure(invalid) }
            switch kind {
            case .variable, .section, .inverted:
                if parseName(content) == nil { return .failure(invalid) }
            case .partial, .parent:
                if content.hasPrefix("*"), parseName(String(content.dropFirst())) == nil {
                    return .failure(invalid)
                }
            default:
                break
            }
            return .success(content)
        }

        /// `text` without leading and trailing spaces, tabs and line ends.
        static func trim(_ text: String) -> String {
            guard let first = text.firstIndex(where: { !isWhitespace($0) }),
                let last = text.lastIndex(where: { !isWhitespace($0) })
            else { return "" }
            return String(text[first...last])
        }

        /// Splits a dotted name; `nil` when a part is empty (`a..b`, `.a`, `a.`).
        static func parseName(_ content: String) -> Name? {
            if content == "." { return Name(parts: []) }
            let parts = content.split(separator: ".", omittingEmptySubsequences: false)
            guard !parts.contains(where: \.isEmpty) else { return nil }
            return Name(parts: parts.map(String.init))
        }

        static func isWhitespace(_ character: Character) -> Bool {
            character == " " || character == "\t" || character == "\n" || character == "\r\n"
                || character == "\r"
        }

        // MARK: - Helpers

        private func find(_ needle: [UInt8], from start: Int) -> Int? {
            guard let first = needle.first, needle.count <= bytes.count else { return nil }
            var index = start
            let last = bytes.count - needle.count
            while index <= last {
                if bytes[index] == first {
                    var offset = 1
                    while offset < needle.count, bytes[index + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return index }
                }
                index += 1
            }
            return nil
        }

        private func error(_ kind: MustacheError.Kind, _ span: Span) -> MustacheError {
            MustacheError(
                kind, template: origin.name,
                at: SourceLocation(file: origin.file, line: span.position.line, column: span.position.column),
                length: span.length)
        }
    }

    /// Turns byte offsets into 1-based lines and scalar columns, moving forward only, so the
    /// positions of all tags cost one pass over the source.
    struct PositionCursor {
        let bytes: [UInt8]
        private var offset = 0
        private var line = 1
        private var column = 1

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        /// The position of byte `target`, which must not precede the previous target.
        mutating func position(at target: Int) -> SourcePosition {
            while offset < target {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                offset += 1
            }
            return SourcePosition(line: line, column: column)
        }

        /// How many Unicode scalars start in `start..<end`.
        func scalarCount(from start: Int, to end: Int) -> Int {
            var count = 0
            for index in start..<end where bytes[index] & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }
}
