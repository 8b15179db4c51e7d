/// Turns a template's source into nodes, in four passes over a flat token list: match
/// sections, dedent block arguments, decide which tags stand alone on their lines, build.
///
/// Whitespace follows the spec: a non-interpolation tag alone on its line removes the line;
/// a partial (or parent) alone on its line indents every line it renders by the whitespace
/// before it; blocks follow the `~inheritance` reindentation rules (see `findStandaloneTags`).
extension MustacheTemplate {
    /// How deep sections, parents and blocks may nest inside one template.
    static let maxNesting = 100

    /// Parses `source` with `delimiters` as the initial delimiters.
    static func parse(
        _ source: String, origin: Origin, delimiters: Delimiters = .standard
    ) throws(MustacheError) -> [Node] {
        let bytes = Array(source.utf8)
        var tokenizer = Tokenizer(bytes: bytes, origin: origin, delimiters: delimiters)
        var parser = Parser(bytes: bytes, tokens: try tokenizer.tokenize(), origin: origin)
        return try parser.parse()
    }

    struct Parser {
        /// A token's part in the structure.
        enum Role {
            case normal
            /// Inside a parent tag but outside its blocks: parsed, then ignored.
            case ignored
            /// The opening tag of a block passed to a parent.
            case argumentOpen
            /// The closing tag of a block passed to a parent.
            case argumentClose
        }

        let bytes: [UInt8]
        var tokens: [Token]
        let origin: Origin
        var roles: [Role]
        /// For an opening tag, the index of its closing tag, and the other way round.
        var matching: [Int]
        /// Whitespace text removed because a tag on its line stands alone.
        var removed: [Bool]
        /// Tags whose line's whitespace was removed.
        var standalone: [Bool]
        /// Standalone partials and parents: the whitespace before them.
        var indentation: [Int: String] = [:]
        /// Parameter blocks: how their line looks.
        var layouts: [Int: BlockLayout] = [:]

        init(bytes: [UInt8], tokens: [Token], origin: Origin) {
            self.bytes = bytes
            self.tokens = tokens
            self.origin = origin
            roles = Array(repeating: .normal, count: tokens.count)
            matching = Array(repeating: -1, count: tokens.count)
            removed = Array(repeating: false, count: tokens.count)
            standalone = Array(repeating: false, count: tokens.count)
        }

        mutating func parse() throws(MustacheError) -> [Node] {
            try matchSections()
            dedentArguments()
            findStandaloneTags()
            return try build()
        }

        // MARK: - Structure

        /// Pairs opening and closing tags and marks what lies inside parents.
        private mutating func matchSections() throws(MustacheError) {
            struct Open {
                let index: Int
                let isParent: Bool
                let isArgument: Bool
                let ignored: Bool
            }
            var stack: [Open] = []
            for index in tokens.indices {
                let token = tokens[index]
                let enclosing = stack.last
                let insideParent = enclosing?.isParent ?? false
                let enclosingIgnored = enclosing?.ignored ?? false
                switch token.kind {
                case .section, .inverted, .parent, .block:
                    guard stack.count < MustacheTemplate.maxNesting else {
                        throw error(.nestingTooDeep(limit: MustacheTemplate.maxNesting), at: token.span)
                    }
                    let isArgument = token.kind == .block && insideParent && !enclosingIgnored
                    let ignored = (enclosingIgnored || insideParent) && !isArgument
                    roles[index] = ignored ? .ignored : isArgument ? .argumentOpen : .normal
                    stack.append(
                        Open(
                            index: index, isParent: token.kind == .parent, isArgument: isArgument,
                            ignored: ignored))
                case .close:
                    guard let open = stack.popLast() else {
                        throw error(.unexpectedClose(token.content), at: token.span)
                    }
                    let opener = tokens[open.index]
                    guard opener.content == token.content else {
                        throw error(
                            .mismatchedClose(expected: opener.content, found: token.content), at: token.span,
                            notes: [note("'\(opener.content)' is opened here", at: opener.span)])
                    }
                    matching[index] = open.index
                    matching[open.index] = index
                    roles[index] = open.ignored ? .ignored : open.isArgument ? .argumentClose : .normal
                default:
                    roles[index] = enclosingIgnored || insideParent ? .ignored : .normal
                }
            }
            if let open = stack.last {
                let opener = tokens[open.index]
                let kind =
                    switch opener.kind {
                    case .inverted: "inverted section"
                    case .parent: "parent"
                    case .block: "block"
                    default: "section"
                    }
                throw error(.unclosedSection(opener.content, kind: kind), at: opener.span)
            }
        }

        // MARK: - Building

        private struct Builder {
            var nodes: [Node] = []
            var text: [UInt8] = []
            var lineStarts: [Int] = []

            mutating func flush() {
                guard !text.isEmpty || !lineStarts.isEmpty else { return }
                nodes.append(.text(Text(bytes: Array(text[...]), lineStarts: lineStarts)))
                text.removeAll(keepingCapacity: true)
                lineStarts.removeAll(keepingCapacity: true)
            }

            mutating func append(_ node: Node) {
                flush()
                nodes.append(node)
            }

            mutating func finish() -> [Node] {
                flush()
                return nodes
            }
        }

        private struct Frame {
            let token: Int
            var builder = Builder()
            var arguments: [String: Argument] = [:]
            var savedPending = false
        }

        /// Builds the node tree. `pending` is true at the start of a source line until the
        /// line's first content claims the line start; standalone tags never claim it.
        private func build() throws(MustacheError) -> [Node] {
            var frames = [Frame(token: -1)]
            var pending = true
            func claimLineStart() {
                guard pending else { return }
                frames[frames.count - 1].builder.lineStarts.append(
                    frames[frames.count - 1].builder.text.count)
                pending = false
            }
            func append(_ node: Node) {
                frames[frames.count - 1].builder.append(node)
            }
            for index in tokens.indices where roles[index] != .ignored {
                let token = tokens[index]
                switch token.kind {
                case .text:
                    if !removed[index], token.start < token.end {
                        claimLineStart()
                        frames[frames.count - 1].builder.text.append(
                            contentsOf: bytes[token.start..<token.end])
                    }
                    if endsLine(token) { pending = true }
                case .variable(let escaped):
                    claimLineStart()
                    append(.variable(Variable(name: token.name, escaped: escaped, span: token.span)))
                case .partial:
                    if !standalone[index] { claimLineStart() }
                    let partial = Partial(
                        name: target(of: token),
                        indentation: standalone[index] ? indentation[index] ?? "" : nil,
                        span: token.span)
                    append(.partial(partial))
                case .comment, .delimiters:
                    break
                case .block where roles[index] == .argumentOpen:
                    frames.append(Frame(token: index, savedPending: pending))
                    pending = true
                case .section, .inverted, .block, .parent:
                    if !standalone[index] { claimLineStart() }
                    frames.append(Frame(token: index))
                case .close:
                    let kind = tokens[matching[index]].kind
                    if !standalone[index], kind == .section || kind == .inverted || kind == .block,
                        roles[index] == .normal
                    {
                        claimLineStart()
                    }
                    let frame = frames.removeLast()
                    if roles[index] == .argumentClose {
                        pending = frame.savedPending
                        let name = tokens[frame.token].content
                        guard frames[frames.count - 1].arguments[name] == nil else {
                            throw error(.duplicateBlock(name), at: tokens[frame.token].span)
                        }
                        var builder = frame.builder
                        frames[frames.count - 1].arguments[name] = Argument(
                            nodes: builder.finish(), origin: origin)
                    } else {
                        append(node(closing: frame, at: index))
                    }
                }
            }
            return frames[0].builder.finish()
        }

        /// The node for the element that `frame` opened and token `closeIndex` closes.
        private func node(closing frame: Frame, at closeIndex: Int) -> Node {
            let open = tokens[frame.token]
            var builder = frame.builder
            switch open.kind {
            case .parent:
                return .parent(
                    Parent(
                        name: target(of: open),
                        indentation: standalone[frame.token] ? indentation[frame.token] ?? "" : nil,
                        arguments: frame.arguments, span: open.span))
            case .block:
                return .block(
                    Block(
                        name: open.content, nodes: builder.finish(), layout: layouts[frame.token] ?? .inline,
                        span: open.span))
            default:
                let raw = String(decoding: bytes[open.end..<tokens[closeIndex].start], as: UTF8.self)
                return .section(
                    Section(
                        name: open.name, inverted: open.kind == .inverted, nodes: builder.finish(),
                        rawText: raw,
                        delimiters: open.delimiters, span: open.span))
            }
        }

        private func target(of token: Token) -> TargetName {
            token.content.hasPrefix("*") ? .dynamic(token.name) : .fixed(token.content)
        }

        // MARK: - Errors

        func error(
            _ kind: MustacheError.Kind, at span: Span, notes: [Diagnostic.Note] = []
        ) -> MustacheError {
            MustacheError(
                kind, template: origin.name, at: location(span), length: span.length, notes: notes)
        }

        private func note(_ message: String, at span: Span) -> Diagnostic.Note {
            Diagnostic.Note(message, at: location(span))
        }

        private func location(_ span: Span) -> SourceLocation {
            SourceLocation(file: origin.file, line: span.position.line, column: span.position.column)
        }
    }
}
