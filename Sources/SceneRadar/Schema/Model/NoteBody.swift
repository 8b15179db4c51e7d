/// The Markdown body of a note and the line it starts on, so diagnostics in the body (an
/// unresolved wiki link) can name their line.
public struct NoteBody: Sendable, Hashable {
    /// The Markdown text after the front matter.
    public var markdown: String
    /// The 1-based line of the note where the body starts.
    public var firstLine: Int

    /// Creates a body.
    public init(markdown: String, firstLine: Int) {
        self.markdown = markdown
        self.firstLine = firstLine
    }

    /// Whether the body has no visible text.
    public var isBlank: Bool {
        markdown.isBlank
    }
}

/// What every decoded note carries besides its fields.
public struct NoteHeader: Sendable, Hashable {
    /// The file's path as diagnostics show it.
    public var file: String
    /// The path relative to the vault root.
    public var relativePath: String
    /// Codes silenced for this note by `lint-ignore`.
    public var lintIgnore: Set<DiagnosticCode>
    /// Where the front matter starts (for diagnostics about the note as a whole).
    public var location: SourceLocation
    /// Whether the note has errors: it is linted, but never published.
    public var isBroken = false

    /// Creates a header.
    public init(
        file: String, relativePath: String, lintIgnore: Set<DiagnosticCode> = [], location: SourceLocation
    ) {
        self.file = file
        self.relativePath = relativePath
        self.lintIgnore = lintIgnore
        self.location = location
    }
}
