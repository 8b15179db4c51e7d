/// Decodes parsed front matter into the typed model (SPEC §3), collecting every diagnostic of
/// a file. A note whose required values are missing or unreadable decodes to `nil`; other bad
/// values are dropped after being reported, so lint still sees the rest of the note.
public struct SchemaDecoder: Sendable {
    /// The outcome of decoding one note.
    public struct Outcome<Value: Sendable>: Sendable {
        /// The decoded value, when its required parts decoded.
        public var value: Value?
        /// Every problem found.
        public var diagnostics: [Diagnostic]
    }

    private let limits: Limits

    /// Creates a decoder.
    public init(limits: Limits = .standard) {
        self.limits = limits
    }

    /// Decodes a scene profile.
    public func scene(_ root: YAMLNode?, file: NoteFile, slug: String, body: NoteBody) -> Outcome<Scene> {
        run(file, root) { context, node in context.scene(node, header: header(file), slug: slug, body: body) }
    }

    /// Decodes a weekly log; `week` comes from the file name.
    public func log(
        _ root: YAMLNode?, file: NoteFile, scene: String, week: ISOWeek, body: NoteBody
    ) -> Outcome<WeeklyLog> {
        run(file, root) { context, node in
            context.log(node, header: header(file), scene: scene, week: week, body: body)
        }
    }

    /// Decodes a person note.
    public func person(_ root: YAMLNode?, file: NoteFile, slug: String, body: NoteBody) -> Outcome<Person> {
        run(file, root) { context, node in context.person(node, header: header(file), slug: slug, body: body)
        }
    }

    /// Decodes `radar.yml`; problems with settings are `config` errors unless more specific.
    public func config(_ root: YAMLNode?, file: NoteFile) -> Outcome<SiteConfig> {
        run(file, root) { context, node in context.config(node) }
    }

    // MARK: - Plumbing

    private func header(_ file: NoteFile) -> NoteHeader {
        NoteHeader(
            file: file.displayPath, relativePath: file.relativePath,
            location: SourceLocation(file: file.displayPath, line: 1, column: 1))
    }

    private func run<Value>(
        _ file: NoteFile, _ root: YAMLNode?, _ decode: (inout DecodeContext, YAMLNode) -> Value?
    ) -> Outcome<Value> {
        var context = DecodeContext(file: file.displayPath, limits: limits)
        // An empty front matter is an empty mapping: the required keys then say what is missing.
        let node = root ?? YAMLNode(.mapping([]), at: SourcePosition(line: 1, column: 1))
        let value = decode(&context, node)
        return Outcome(value: value, diagnostics: context.diagnostics)
    }
}
