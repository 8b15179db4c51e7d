/// The flat token list a template is first cut into.
extension MustacheTemplate {
    /// A piece of text (never spanning a line end) or a tag.
    struct Token {
        enum Kind: Equatable {
            case text
            case variable(escaped: Bool)
            case section
            case inverted
            case close
            case comment
            case partial
            case parent
            case block
            case delimiters
        }

        var kind: Kind
        /// Byte range in the source: for text, what is left after dedenting; for a tag, the
        /// whole tag from its opening delimiter to the end of its closing one.
        var start: Int
        var end: Int
        /// A tag's trimmed content after its sigil (for a dynamic name, normalised to `*name`).
        var content: String = ""
        /// The parsed name of a variable or section, or of a dynamic partial or parent.
        var name = Name(parts: [])
        /// A tag's place, for errors.
        var span = Span(position: SourcePosition(line: 0, column: 0), length: 0)
        /// For a section tag, the delimiters in effect inside it.
        var delimiters = Delimiters.standard

        var isText: Bool { kind == .text }
    }
}
