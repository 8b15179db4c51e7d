/// A template compiled for rendering: the node tree flattened into one list of plain-data
/// instructions over one buffer of literal text.
///
/// Walking the tree cost a retain and a release per node (each payload is an object) plus a
/// call per level; the renderer now steps through `ops` with an index, copies text straight
/// from `text`, and reaches the rarer, richer data (sections' raw text, partial names, block
/// layouts) through side tables only when an instruction needs it. A section's body is the
/// instructions that follow it, up to its `end`.
extension MustacheTemplate {
    /// A class because it owns its buffers: allocated once when the template is parsed, never
    /// changed afterwards (so sharing it between threads is safe), freed with the template.
    final class Program: @unchecked Sendable {
        /// One instruction: four integers whose meaning depends on `kind`.
        struct Op {
            enum Kind: UInt8 {
                /// `text[a..<b]`; `lineStarts[c..<d]` are its line starts.
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
            var d = 0
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

        init(_ nodes: [Node], origin: Origin, cachesTargets: Bool = true) {
            var compiler = Compiler()
            compiler.emit(nodes)
            ops = Self.buffer(copying: compiler.ops)
            text = Self.buffer(copying: compiler.text)
            lineStarts = Self.buffer(copying: compiler.lineStarts)
            names = Self.buffer(copying: compiler.names)
            spans = compiler.spans
            sections = compiler.sections
            partials = compiler.partials
            parents = compiler.parents
            blocks = compiler.blocks
            self.origin = origin
            self.cachesTargets = cachesTargets
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

        private static let noSpan = Span(position: SourcePosition(line: 0, column: 0), length: 0)

        mutating func emit(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .text(let node):
                    let start = text.count
                    let firstLine = lineStarts.count
                    text.append(contentsOf: node.bytes)
                    lineStarts.append(contentsOf: node.lineStarts.lazy.map { $0 + start })
                    append(
                        Op(kind: .text, a: start, b: text.count, c: firstLine, d: lineStarts.count),
                        Self.noSpan)
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
                    enclose(op, section.span) { $0.emit(section.nodes) }
                case .partial(let partial):
                    partials.append(partial)
                    append(Op(kind: .partial, a: partials.count - 1), partial.span)
                case .parent(let parent):
                    let index = ops.count
                    append(Op(kind: .parent), parent.span)
                    var arguments: [String: Range<Int>] = [:]
                    for name in parent.arguments.keys.sorted() {
                        let start = ops.count
                        emit(parent.arguments[name]?.nodes ?? [])
                        arguments[name] = start..<ops.count
                    }
                    parents.append(
                        Program.ParentCall(
                            name: parent.name, indentation: parent.indentation, arguments: arguments))
                    ops[index].a = parents.count - 1
                    ops[index].b = ops.count
                case .block(let block):
                    blocks.append(block)
                    enclose(Op(kind: .block, a: blocks.count - 1), block.span) { $0.emit(block.nodes) }
                }
            }
        }

        private mutating func append(_ op: Op, _ span: Span) {
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
