/// Reads, parses and decodes a whole vault: the first stages of every command.
///
/// Notes are processed on every core; results are assembled in sorted order, so the outcome
/// never depends on scheduling.
public struct VaultLoader: Sendable {
    private let fileSystem: any FileSystem
    private let limits: Limits

    /// Creates a loader.
    public init(fileSystem: any FileSystem = LocalFileSystem(), limits: Limits = .standard) {
        self.fileSystem = fileSystem
        self.limits = limits
    }

    /// Loads the vault at `root` (as the user wrote it).
    public func load(root: String) throws(VaultScanner.UnreadableVault) -> Vault {
        let listing = try VaultScanner(fileSystem: fileSystem).scan(root: root)
        let files = listing.allFiles
        let reader = NoteReader(fileSystem: fileSystem, limits: limits)
        let decoder = SchemaDecoder(limits: limits)
        let parser = NoteParser(limits: limits)
        let results = files.parallelMap { file in
            Self.process(file, reader: reader, parser: parser, decoder: decoder)
        }
        return assemble(listing: listing, results: results)
    }

    /// Reads, parses and decodes one note.
    static func process(
        _ file: NoteFile, reader: NoteReader, parser: NoteParser, decoder: SchemaDecoder
    ) -> DecodedNote {
        switch reader.read(file) {
        case .failure(let diagnostic):
            return DecodedNote(file: file, content: .unreadable, diagnostics: [diagnostic])
        case .success(let source):
            return decode(source, parser: parser, decoder: decoder)
        }
    }

    /// Parses and decodes one note's text.
    static func decode(_ source: NoteSource, parser: NoteParser, decoder: SchemaDecoder) -> DecodedNote {
        let file = source.file
        let parsed = parser.parse(source)
        var diagnostics = parsed.diagnostics
        guard !diagnostics.containsError else {
            return DecodedNote(file: file, content: .unreadable, diagnostics: diagnostics)
        }
        let body = parsed.body
        let content: DecodedNote.Content
        switch file.role {
        case .config:
            let outcome = decoder.config(parsed.root, file: file)
            diagnostics += outcome.diagnostics
            content = outcome.value.map(DecodedNote.Content.config) ?? .unreadable
        case .scene(let slug):
            let outcome = decoder.scene(parsed.root, file: file, slug: slug, body: body)
            diagnostics += outcome.diagnostics
            content = outcome.value.map(DecodedNote.Content.scene) ?? .unreadable
        case .log(let scene, let week):
            let outcome = decoder.log(parsed.root, file: file, scene: scene, week: week, body: body)
            diagnostics += outcome.diagnostics
            content = outcome.value.map(DecodedNote.Content.log) ?? .unreadable
        case .person(let slug):
            let outcome = decoder.person(parsed.root, file: file, slug: slug, body: body)
            diagnostics += outcome.diagnostics
            content = outcome.value.map(DecodedNote.Content.person) ?? .unreadable
        }
        return DecodedNote(file: file, content: content, diagnostics: diagnostics)
    }

    /// Decodes one note from bytes already read.
    func decode(_ file: NoteFile, bytes: [UInt8]) -> DecodedNote {
        switch TextDecoding.decode(bytes, file: file.displayPath) {
        case .failure(let diagnostic):
            return DecodedNote(file: file, content: .unreadable, diagnostics: [diagnostic])
        case .success(let text):
            return Self.decode(
                NoteSource(file: file, text: text), parser: NoteParser(limits: limits),
                decoder: SchemaDecoder(limits: limits))
        }
    }

    /// Reads, parses and decodes one note.
    func decode(_ file: NoteFile) -> DecodedNote {
        Self.process(
            file, reader: NoteReader(fileSystem: fileSystem, limits: limits),
            parser: NoteParser(limits: limits),
            decoder: SchemaDecoder(limits: limits))
    }

    /// One scene folder's notes from decoded results (in any order), broken notes marked.
    static func sceneNotes(slug: String, results: [DecodedNote]) -> (
        notes: Vault.SceneNotes, diagnostics: [Diagnostic]
    ) {
        var scene: Scene?
        var logs: [WeeklyLog] = []
        var diagnostics: [Diagnostic] = []
        for result in results {
            diagnostics += result.diagnostics
            let broken = result.diagnostics.containsError
            switch result.content {
            case .scene(var value):
                value.header.isBroken = broken
                scene = value
            case .log(var log):
                log.header.isBroken = broken
                logs.append(log)
            default: break
            }
        }
        return (
            Vault.SceneNotes(slug: slug, scene: scene, logs: logs.sorted { $0.week < $1.week }), diagnostics
        )
    }

    func assemble(listing: VaultListing, results: [DecodedNote]) -> Vault {
        var config = SiteConfig()
        var scenes: [String: Scene] = [:]
        var logs: [String: [WeeklyLog]] = [:]
        var people: [Person] = []
        var diagnostics = listing.diagnostics
        for result in results {
            diagnostics += result.diagnostics
            let broken = result.diagnostics.containsError
            switch result.content {
            case .config(let value): config = value
            case .scene(var scene):
                scene.header.isBroken = broken
                scenes[scene.slug] = scene
            case .log(var log):
                log.header.isBroken = broken
                logs[log.scene, default: []].append(log)
            case .person(var person):
                person.header.isBroken = broken
                people.append(person)
            case .unreadable: break
            }
        }
        let folders = listing.scenes.map { folder in
            Vault.SceneNotes(
                slug: folder.slug, scene: scenes[folder.slug],
                logs: (logs[folder.slug] ?? []).sorted { $0.week < $1.week })
        }
        return Vault(
            root: listing.root, config: config, scenes: folders, people: people.sorted { $0.slug < $1.slug },
            diagnostics: diagnostics.sorted())
    }
}

/// One note after reading, parsing and decoding.
public struct DecodedNote: Sendable {
    /// What the note decoded to.
    public enum Content: Sendable {
        case config(SiteConfig)
        case scene(Scene)
        case log(WeeklyLog)
        case person(Person)
        /// Unreadable, unparsable, or missing required values.
        case unreadable
    }

    /// The file.
    public var file: NoteFile
    /// What it decoded to.
    public var content: Content
    /// Every problem found.
    public var diagnostics: [Diagnostic]
}
