/// A parsed, logic-less Mustache template (SPEC §6), ready to render any number of times.
///
/// Parsing happens once, in the initializer; rendering walks the parsed nodes and never
/// re-parses. The engine implements the whole Mustache specification (interpolation,
/// sections, inverted sections, comments, partials, set delimiters) and its optional
/// `~inheritance`, `~dynamic-names` and `~lambdas` modules.
///
/// ```swift
/// let template = try MustacheTemplate("<h1>{{title}}</h1>", name: "heading")
/// let html = try template.render(["title": "Amapiano & friends"])
/// // <h1>Amapiano &amp; friends</h1>
/// ```
///
/// Templates are values and `Sendable`: one parsed library can render pages on many threads.
public struct MustacheTemplate: Sendable {
    /// The name partials and parents use to refer to this template (`{{>name}}`).
    public let name: String
    /// The file the template was read from, as diagnostics show it (the name when unknown).
    public let file: String
    /// The template's text.
    public let source: String
    let nodes: [Node]
    /// The nodes compiled for rendering.
    let program: Program

    /// Parses `source`.
    ///
    /// - Parameters:
    ///   - source: The template text.
    ///   - name: The name partials refer to it by.
    ///   - file: The path diagnostics show; defaults to `name`.
    /// - Throws: ``MustacheError`` with the line and column of the first malformed tag.
    public init(_ source: String, name: String = "template", file: String? = nil) throws(MustacheError) {
        self.name = name
        self.file = file ?? name
        self.source = source
        let origin = Origin(name: name, file: file ?? name)
        nodes = try Self.parse(source, origin: origin)
        program = Program(nodes, origin: origin)
    }

    var origin: Origin { Origin(name: name, file: file) }

    /// The names of the partials and parents this template refers to by a fixed name, sorted
    /// (dynamic names such as `{{>*kind}}` are only known while rendering).
    public var referencedTemplateNames: [String] {
        templateReferences.map(\.name)
    }

    /// Each name of `referencedTemplateNames` with the first tag that refers to it, so that a
    /// missing partial is reported at its tag.
    var templateReferences: [(name: String, span: Span)] {
        var first: [String: Span] = [:]
        Self.collectReferences(in: nodes, into: &first)
        return first.keys.sorted().map { ($0, first[$0]!) }
    }

    /// Whether `test` holds for the bytes of one run of the template's literal text, in any
    /// section, block or argument: what the template writes as it is, without its tags and
    /// comments.
    func anyLiteralText(_ test: ([UInt8]) -> Bool) -> Bool {
        func search(_ nodes: [Node]) -> Bool {
            nodes.contains { node in
                switch node {
                case .text(let text): return test(text.bytes)
                case .variable, .partial: return false
                case .section(let section): return search(section.nodes)
                case .parent(let parent): return parent.arguments.values.contains { search($0.nodes) }
                case .block(let block): return search(block.nodes)
                }
            }
        }
        return search(nodes)
    }

    private static func collectReferences(in nodes: [Node], into first: inout [String: Span]) {
        func note(_ name: TargetName, _ span: Span) {
            guard case .fixed(let name) = name else { return }
            if let known = first[name], known.position <= span.position { return }
            first[name] = span
        }
        for node in nodes {
            switch node {
            case .text, .variable:
                break
            case .section(let section):
                collectReferences(in: section.nodes, into: &first)
            case .partial(let partial):
                note(partial.name, partial.span)
            case .parent(let parent):
                note(parent.name, parent.span)
                for argument in parent.arguments.values {
                    collectReferences(in: argument.nodes, into: &first)
                }
            case .block(let block):
                collectReferences(in: block.nodes, into: &first)
            }
        }
    }
}
