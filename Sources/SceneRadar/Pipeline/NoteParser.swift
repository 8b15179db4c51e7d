/// Splits a note into front matter and body and parses the front matter (SPEC §2);
/// `radar.yml` is parsed whole.
public struct NoteParser: Sendable {
    /// The parsed note.
    public struct Parsed: Sendable {
        /// The front matter's root, `nil` when empty.
        public var root: YAMLNode?
        /// The Markdown body.
        public var body: NoteBody
        /// Problems found.
        public var diagnostics: [Diagnostic]
    }

    private let limits: Limits

    /// Creates a note parser.
    public init(limits: Limits = .standard) {
        self.limits = limits
    }

    /// Parses `source`.
    public func parse(_ source: NoteSource) -> Parsed {
        let file = source.file.displayPath
        let parser = YAMLParser(limits: YAMLLimits(maxDepth: limits.maxNestingDepth))
        if case .config = source.file.role {
            let result = parser.parse(source.text, file: file)
            return Parsed(
                root: result.root, body: NoteBody(markdown: "", firstLine: 1), diagnostics: result.diagnostics
            )
        }
        let split = FrontMatter.split(source.text)
        guard let frontMatter = split.frontMatter else {
            let body = split == .missing ? source.text : ""
            return Parsed(
                root: nil, body: NoteBody(markdown: body, firstLine: 1),
                diagnostics: split.diagnostic(file: file).map { [$0] } ?? [])
        }
        let result = parser.parse(frontMatter.yaml, file: file, firstLine: frontMatter.yamlFirstLine)
        return Parsed(
            root: result.root,
            body: NoteBody(markdown: String(frontMatter.body), firstLine: frontMatter.bodyFirstLine),
            diagnostics: result.diagnostics)
    }
}
