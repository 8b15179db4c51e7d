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
    /// Chat invite links written in the note's text values (names, `community`, `surface`,
    /// `where`…; not its URL fields, which are checked as URLs, nor a private container's name),
    /// each where it starts.
    public var textInvites: [PlacedText] = []

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

/// Text found inside a value, where it is written and how many scalars it takes there (1 when
/// only where the value starts is known).
public struct PlacedText: Sendable, Hashable {
    /// The text.
    public var text: String
    /// Where it starts, or where its value starts.
    public var location: SourceLocation
    /// How many Unicode scalars to underline.
    public var length: Int

    /// Creates placed text.
    public init(_ text: String, at location: SourceLocation, length: Int) {
        self.text = text
        self.location = location
        self.length = length
    }
}
