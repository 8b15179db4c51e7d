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
    ///
    /// Work is handed out by scene folder (profile and logs together) and by person note, so each
    /// folder's notes are put together on the core that decoded them, and what comes back to be
    /// assembled is one value per folder rather than one per note (copying 13,000 decoded notes
    /// was a visible share of a lint).
    public func load(root: String) throws(VaultScanner.UnreadableVault) -> Vault {
        // Every note is read: no stamps are needed to tell which changed.
        let listing = try VaultScanner(fileSystem: fileSystem).scan(root: root, stamps: false)
        let reader = NoteReader(fileSystem: fileSystem, limits: limits)
        let decoder = SchemaDecoder(limits: limits)
        let parser = NoteParser(limits: limits)
        var diagnostics = listing.diagnostics
        var config = SiteConfig()
        if let file = listing.config {
            let result = Self.process(file, reader: reader, parser: parser, decoder: decoder)
            diagnostics += result.diagnostics
            if case .config(let value) = result.content { config = value }
        }
        let folders = listing.scenes.parallelMap { folder in
            Self.sceneNotes(folder, reader: reader, parser: parser, decoder: decoder)
        }
        let people = listing.people.parallelMap { file -> (Person?, [Diagnostic]) in
            let result = Self.process(file, reader: reader, parser: parser, decoder: decoder)
            guard case .person(var person) = result.content else { return (nil, result.diagnostics) }
            person.header.isBroken = result.diagnostics.containsError
            return (person, result.diagnostics)
        }
        // Diagnostics are gathered in the order of `VaultListing.allFiles` before sorting, as
        // when notes were decoded one by one: diagnostics that sort equal keep their order.
        var scenes: [Vault.SceneNotes] = []
        scenes.reserveCapacity(folders.count)
        for index in folders.indices {
            diagnostics += folders[index].diagnostics
            scenes.append(folders[index].notes)
        }
        var persons: [Person] = []
        persons.reserveCapacity(people.count)
        for index in people.indices {
            diagnostics += people[index].1
            if let person = people[index].0 { persons.append(person) }
        }
        if !persons.isSorted(by: { $0.slug < $1.slug }) { persons.sort { $0.slug < $1.slug } }
        return Vault(
            root: listing.root, config: config, scenes: scenes, people: persons,
            diagnostics: diagnostics.sorted())
    }

    /// Reads, parses and decodes one scene folder's notes, broken notes marked.
    static func sceneNotes(
        _ folder: VaultListing.SceneFolder, reader: NoteReader, parser: NoteParser, decoder: SchemaDecoder
    ) -> (notes: Vault.SceneNotes, diagnostics: [Diagnostic]) {
        var assembly = SceneAssembly(slug: folder.slug, logs: folder.logs.count)
        if let file = folder.profile {
            assembly.add(process(file, reader: reader, parser: parser, decoder: decoder))
        }
        // The logs share a folder: held open, each log is opened by its name in it.
        let logFolder = folder.logs.first.flatMap(reader.openFolder(containing:))
        for file in folder.logs {
            assembly.add(process(file, reader: reader, parser: parser, decoder: decoder, folder: logFolder))
        }
        return assembly.finish()
    }

    /// Reads, parses and decodes one note (opened by its name when it sits in `folder`).
    static func process(
        _ file: NoteFile, reader: NoteReader, parser: NoteParser, decoder: SchemaDecoder,
        folder: OpenFolder? = nil
    ) -> DecodedNote {
        switch reader.read(file, in: folder) {
        case .failure(let diagnostic):
            return DecodedNote(file: file, content: .unreadable(spellings: []), diagnostics: [diagnostic])
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
            return DecodedNote(file: file, content: .unreadable(spellings: []), diagnostics: diagnostics)
        }
        let body = parsed.body
        let content: DecodedNote.Content
        switch file.role {
        case .config:
            let outcome = decoder.config(parsed.root, file: file)
            diagnostics += outcome.diagnostics
            content = outcome.value.map(DecodedNote.Content.config) ?? .unreadable(spellings: [])
        case .scene(let slug):
            let outcome = decoder.scene(parsed.root, file: file, slug: slug, body: body)
            diagnostics += outcome.diagnostics
            content =
                outcome.value.map(DecodedNote.Content.scene)
                ?? .unreadable(spellings: Self.writtenNames(parsed.root))
        case .log(let scene, let week):
            let outcome = decoder.log(parsed.root, file: file, scene: scene, week: week, body: body)
            diagnostics += outcome.diagnostics
            content = outcome.value.map(DecodedNote.Content.log) ?? .unreadable(spellings: [])
        case .person(let slug):
            let outcome = decoder.person(parsed.root, file: file, slug: slug, body: body)
            diagnostics += outcome.diagnostics
            content = outcome.value.map(DecodedNote.Content.person) ?? .unreadable(spellings: [])
        }
        return DecodedNote(file: file, content: content, diagnostics: diagnostics)
    }

    /// Decodes one note from bytes already read.
    func decode(_ file: NoteFile, bytes: [UInt8]) -> DecodedNote {
        switch TextDecoding.decode(bytes, file: file.displayPath) {
        case .failure(let diagnostic):
            return DecodedNote(file: file, content: .unreadable(spellings: []), diagnostics: [diagnostic])
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

    /// The `name` and `aliases` a note's front matter writes as text, read leniently: what a
    /// profile that does not decode can still be linked by.
    static func writtenNames(_ root: YAMLNode?) -> [String] {
        var names = root?["name"]?.scalar.map { [$0] } ?? []
        if let aliases = root?["aliases"] {
            names += aliases.scalar.map { [$0] } ?? (aliases.items ?? []).compactMap(\.scalar)
        }
        return names
    }

    /// One scene folder's notes from decoded results (in any order), broken notes marked.
    static func sceneNotes(slug: String, results: [DecodedNote]) -> (
        notes: Vault.SceneNotes, diagnostics: [Diagnostic]
    ) {
        var assembly = SceneAssembly(slug: slug, logs: results.count)
        for result in results { assembly.add(result) }
        return assembly.finish()
    }
}

/// One scene folder's notes gathered as they are decoded: broken notes marked, diagnostics in
/// the order the notes came.
private struct SceneAssembly {
    let slug: String
    var scene: Scene?
    var unreadProfile: Vault.SceneNotes.UnreadProfile?
    var logs: [WeeklyLog] = []
    var diagnostics: [Diagnostic] = []

    init(slug: String, logs count: Int) {
        self.slug = slug
        logs.reserveCapacity(count)
    }

    mutating func add(_ result: consuming DecodedNote) {
        diagnostics += result.diagnostics
        let broken = result.diagnostics.containsError
        switch result.content {
        case .scene(var value):
            value.header.isBroken = broken
            scene = value
        case .log(var log):
            log.header.isBroken = broken
            logs.append(log)
        case .unreadable(let spellings):
            if case .scene = result.file.role {
                unreadProfile = .init(file: result.file.displayPath, spellings: [slug] + spellings)
            }
        default: break
        }
    }

    /// The scene's notes; logs in week order (a listing gives them so already: sorted in place
    /// only if not).
    consuming func finish() -> (notes: Vault.SceneNotes, diagnostics: [Diagnostic]) {
        if !logs.isSorted(by: { $0.week < $1.week }) { logs.sort { $0.week < $1.week } }
        var notes = Vault.SceneNotes(slug: slug, scene: scene, logs: logs)
        notes.unreadProfile = unreadProfile
        return (notes, diagnostics)
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
        /// Unreadable, unparsable, or missing required values; for a scene profile, the names
        /// its front matter writes (see `VaultLoader.writtenNames`).
        case unreadable(spellings: [String])
    }

    /// The file.
    public var file: NoteFile
    /// What it decoded to.
    public var content: Content
    /// Every problem found.
    public var diagnostics: [Diagnostic]
}

extension Array {
    /// Whether the elements are already in the order `areInIncreasingOrder` gives (a sort would
    /// then leave them as they are, and copying them to find out would be the cost of a lint).
    fileprivate func isSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> Bool {
        var index = 1
        while index < count {
            if areInIncreasingOrder(self[index], self[index - 1]) { return false }
            index += 1
        }
        return true
    }
}
