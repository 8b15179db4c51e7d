/// A template compiled for rendering: the node tree flattened into one list of plain-data
/// instructions over one buffer of literal text.
///
/// Walking the tree cost a retain and a release per node (each payload is an object) plus a
/// call per level; the renderer now steps through `ops` with an index, copies text straight
/// from `text`, and reaches the rarer, richer data (sections' raw text, partial names, block
/// layouts) through side tables only when an instruction needs it. Each instruction carries
/// the literal text that precedes it, so text costs no dispatch of its own; a `.text`
/// instruction only ends a body with text. A section's body is the instructions that follow
/// it, up to its `b`.
extension MustacheTemplate {
    /// A class because it owns its buffers: allocated once when the template is parsed, never
    /// changed afterwards (so sharing it between threads is safe), freed with the template.
    final class Program: @unchecked Sendable {
        /// One instruction: literal text to write first, then an action whose operands `a`,
        /// `b`, `c` depend on `kind`.
        struct Op {
            enum Kind: UInt8 {
                /// Nothing after the text.
                case text
                /// `{{name}}`, name `names[a]`.
                case variable
                /// `{{{name}}}` or `{{&name}}`, name `names[a]`.
                case rawVariable
                /// `{{#name}}`, name `names[a]`, section `sections[c]`, body up to `b`.
                case section
                /// `{{^name}}`, name `names[a]`, body up to `b`.
                case inverted
                /// `{{>name}}`, `partials[a]`.
                case partial
                /// `{{<name}}`, `parents[a]`; its arguments' bodies follow, up to `b`.
                case parent
                /// `{{$name}}`, `blocks[a]`, default content up to `b`.
                case block
            }

            var kind: Kind
            var a = 0
            var b = 0
            var c = 0
            /// The text written first: `text[textStart..<textEnd]`, whose source lines start
            /// at `lineStarts[linesStart..<linesEnd]` (where a partial's indentation goes).
            var textStart = 0
            var textEnd = 0
            var linesStart = 0
            var linesEnd = 0
        }

        /// What a lookup needs first of a name.
        struct NameHead {
            /// The first part's fingerprint (zero for `.`).
            let first: MustacheKey.Print
            /// How many parts; 0 for `.`.
            let parts: Int

            init(_ name: Name) {
                first = name.keys.first?.print ?? MustacheKey.Print(low: 0, high: 0)
                parts = name.keys.count
            }
        }

        /// A parent with the instruction ranges of the blocks it passes.
        struct ParentCall {
            let name: TargetName
            let indentation: String?
            let arguments: [String: Range<Int>]
        }

        let ops: UnsafeMutableBufferPointer<Op>
        let text: UnsafeMutableBufferPointer<UInt8>
        /// Offsets into `text` where a source line starts, for indenting partials.
        let lineStarts: UnsafeMutableBufferPointer<Int>
        let names: UnsafeMutableBufferPointer<Name>
        /// For each name, its first part's fingerprint and its part count: plain data, so a
        /// lookup reads it without retaining anything.
        let heads: UnsafeMutableBufferPointer<NameHead>
        /// The tag of each instruction, for errors.
        let spans: [Span]
        let sections: [Section]
        let partials: [Partial]
        let parents: [ParentCall]
        let blocks: [Block]
        /// The template the instructions came from, for errors.
        let origin: Origin
        /// Whether the renderer may remember, for the length of a render, which template each
        /// fixed partial name resolves to; not for the short-lived programs lambdas return,
        /// whose addresses can be reused within one render.
        let cachesTargets: Bool
        /// For a program compiled from what a lambda returned: the tag that called the lambda.
        /// Errors inside it point there (a position in the returned text is none in the file).
        let anchor: Span?

        init(_ nodes: [Node], origin: Origin, cachesTargets: Bool = true, anchor: Span? = nil) {
            var compiler = Compiler()
            compiler.emitBody(nodes)
            ops = Self.buffer(copying: compiler.ops)
            text = Self.buffer(copying: compiler.text)
            lineStarts = Self.buffer(copying: compiler.lineStarts)
            names = Self.buffer(copying: compiler.names)
            heads = Self.buffer(copying: compiler.names.map(NameHead.init))
            spans = compiler.spans
            sections = compiler.sections
            partials = compiler.partials
            parents = compiler.parents
            blocks = compiler.blocks
            self.origin = origin
            self.cachesTargets = cachesTargets
            self.anchor = anchor
        }

        private static func buffer<Element>(copying elements: [Element]) -> UnsafeMutableBufferPointer<
            Element
        > {
            let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: elements.count)
            _ = buffer.initialize(from: elements)
            return buffer
        }

        deinit {
            ops.deallocate()
            text.deallocate()
            lineStarts.deallocate()
            names.deinitialize().deallocate()
            heads.deallocate()
        }

        /// Every instruction.
        var all: Range<Int> { 0..<ops.count }
    }

    /// Flattens nodes into instructions.
    private struct Compiler {
        typealias Op = Program.Op

        var ops: [Op] = []
        var text: [UInt8] = []
        var lineStarts: [Int] = []
        var names: [Name] = []
        var spans: [Span] = []
        var sections: [Section] = []
        var partials: [Partial] = []
        var parents: [Program.ParentCall] = []
        var blocks: [Block] = []
        /// Where the text not yet attached to an instruction starts.
        private var textMark = 0
        private var linesMark = 0

        private static let noSpan = Span(position: SourcePosition(line: 0, column: 0), length: 0)

        /// Emits `nodes` as a body: any text left at its end gets a `.text` instruction.
        mutating func emitBody(_ nodes: [Node]) {
            emit(nodes)
            if textMark < text.count || linesMark < lineStarts.count { append(Op(kind: .text), Self.noSpan) }
        }

        private mutating func emit(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .text(let node):
                    let start = text.count
                    text.append(contentsOf: node.bytes)
                    lineStarts.append(contentsOf: node.lineStarts.lazy.map { $0 + start })
                case .variable(let variable):
                    names.append(variable.name)
                    append(
                        Op(kind: variable.escaped ? .variable : .rawVariable, a: names.count - 1),
                        variable.span)
                case .section(let section):
                    names.append(section.name)
                    sections.append(section)
                    let op = Op(
                        kind: section.inverted ? .inverted : .section, a: names.count - 1,
                        c: sections.count - 1)
                    enclose(op, section.span) { $0.emitBody(section.nodes) }
                case .partial(let partial):
                    partials.append(partial)
                    append(Op(kind: .partial, a: partials.count - 1), partial.span)
                case .parent(let parent):
                    let index = ops.count
                    append(Op(kind: .parent), parent.span)
                    var arguments: [String: Range<Int>] = [:]
                    for name in parent.arguments.keys.sorted() {
                        let start = ops.count
                        emitBody(parent.arguments[name]?.nodes ?? [])
                        arguments[name] = start..<ops.count
                    }
                    parents.append(
                        Program.ParentCall(
                            name: parent.name, indentation: parent.indentation, arguments: arguments))
                    ops[index].a = parents.count - 1
                    ops[index].b = ops.count
                case .block(let block):
                    blocks.append(block)
                    enclose(Op(kind: .block, a: blocks.count - 1), block.span) { $0.emitBody(block.nodes) }
                }
            }
        }

        /// Appends `op` with the text pending before it.
        private mutating func append(_ op: Op, _ span: Span) {
            var op = op
            (op.textStart, op.textEnd) = (textMark, text.count)
            (op.linesStart, op.linesEnd) = (linesMark, lineStarts.count)
            (textMark, linesMark) = (text.count, lineStarts.count)
            ops.append(op)
            spans.append(span)
        }

        /// Appends `op`, then its body, and points the op's `b` past the body.
        private mutating func enclose(_ op: Op, _ span: Span, body: (inout Compiler) -> Void) {
            let index = ops.count
            append(op, span)
            body(&self)
            ops[index].b = ops.count
        }
    }
}
