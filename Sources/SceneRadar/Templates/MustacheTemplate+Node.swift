/// The parsed form of a template: a tree of nodes the renderer walks.
extension MustacheTemplate {
    /// Which template a node came from, so render errors point at the right file.
    struct Origin: Sendable, Hashable {
        /// The template's name in the library.
        let name: String
        /// The file shown to the user.
        let file: String
    }

    /// Where a tag is: its opening delimiter's position and its length in Unicode scalars.
    struct Span: Sendable, Hashable {
        let position: SourcePosition
        let length: Int
    }

    /// The tag delimiters in effect, `{{` and `}}` unless a set-delimiter tag changed them.
    struct Delimiters: Sendable, Hashable {
        let open: String
        let close: String

        static let standard = Delimiters(open: "{{", close: "}}")
    }

    /// A name in a tag: `.` (the implicit iterator, no parts) or a dotted name.
    struct Name: Sendable, Hashable {
        /// The dot-separated parts; empty for `.`.
        let keys: [MustacheKey]

        init(parts: [String]) {
            keys = parts.map(MustacheKey.init)
        }

        /// The dot-separated parts as text.
        var parts: [String] { keys.map(\.text) }
    }

    /// A partial's or parent's name: fixed, or looked up in the context (`{{>*name}}`).
    enum TargetName: Sendable, Hashable {
        case fixed(String)
        case dynamic(Name)
    }

    /// One piece of a template. The payloads are classes: the renderer binds one per node it
    /// visits, and binding a struct would retain each of its fields (the cost was measurable).
    enum Node: Sendable {
        case text(Text)
        case variable(Variable)
        case section(Section)
        case partial(Partial)
        case parent(Parent)
        case block(Block)
    }

    /// Literal text, with the places where a source line starts: a standalone partial's
    /// indentation is written there.
    final class Text: Sendable {
        /// The text's UTF-8 bytes, copied to the output as they are.
        let bytes: [UInt8]
        /// Sorted byte offsets into `bytes` (possibly `bytes.count`).
        let lineStarts: [Int]

        init(bytes: [UInt8], lineStarts: [Int]) {
            self.bytes = bytes
            self.lineStarts = lineStarts
        }
    }

    /// `{{name}}`, `{{{name}}}` or `{{&name}}`.
    final class Variable: Sendable {
        let name: Name
        let escaped: Bool
        let span: Span

        init(name: Name, escaped: Bool, span: Span) {
            self.name = name
            self.escaped = escaped
            self.span = span
        }
    }

    /// `{{#name}}…{{/name}}` or `{{^name}}…{{/name}}`.
    final class Section: Sendable {
        let name: Name
        let inverted: Bool
        let nodes: [Node]
        /// The unprocessed text between the tags, for a lambda.
        let rawText: String
        /// The delimiters inside the section, to parse what a lambda returns.
        let delimiters: Delimiters
        let span: Span

        init(name: Name, inverted: Bool, nodes: [Node], rawText: String, delimiters: Delimiters, span: Span) {
            self.name = name
            self.inverted = inverted
            self.nodes = nodes
            self.rawText = rawText
            self.delimiters = delimiters
            self.span = span
        }
    }

    /// `{{>name}}`; `indentation` is set when the tag stands alone on its line.
    final class Partial: Sendable {
        let name: TargetName
        let indentation: String?
        let span: Span

        init(name: TargetName, indentation: String?, span: Span) {
            self.name = name
            self.indentation = indentation
            self.span = span
        }
    }

    /// `{{<name}}…{{/name}}`: a partial with block arguments.
    final class Parent: Sendable {
        let name: TargetName
        let indentation: String?
        let arguments: [String: Argument]
        let span: Span

        init(name: TargetName, indentation: String?, arguments: [String: Argument], span: Span) {
            self.name = name
            self.indentation = indentation
            self.arguments = arguments
            self.span = span
        }
    }

    /// A block passed to a parent: `{{$name}}…{{/name}}` directly inside `{{<parent}}`.
    struct Argument: Sendable {
        let nodes: [Node]
        let origin: Origin
    }

    /// A block a parent template declares, with its default content.
    final class Block: Sendable {
        let name: String
        let nodes: [Node]
        let layout: BlockLayout
        let span: Span

        init(name: String, nodes: [Node], layout: BlockLayout, span: Span) {
            self.name = name
            self.nodes = nodes
            self.layout = layout
            self.span = span
        }
    }

    /// How a block's line looks, which decides how an overriding argument is indented.
    enum BlockLayout: Sendable, Hashable {
        /// Other text shares the block's lines: the argument is inserted as is.
        case inline
        /// `  {{$b}}…{{/b}}` with only whitespace before the opening tag and after the
        /// closing tag: the whitespace stays, and the argument's later lines get it too.
        case leading(String)
        /// The opening tag stands alone on its line: every line of the argument is indented
        /// like the block's first content line.
        case intrinsic(String)
    }
}
