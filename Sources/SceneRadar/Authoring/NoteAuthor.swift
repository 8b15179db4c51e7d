/// Writes new notes into a vault (`radar new scene|person|log`): picks the slug, refuses a
/// clash, fills in the template and creates the file without ever overwriting one.
///
/// The vault is read through `fileSystem` (scan, existing notes); files are created with
/// `NoteWriter`. Nothing here reads the clock: `radar new log` passes the week in.
public struct NoteAuthor: Sendable {
    /// What a `new` command created.
    public struct Created: Sendable, Hashable {
        /// The new note's path as the user sees it (the vault path joined with its place).
        public var path: String
        /// What a new log started from; `nil` for scenes and people.
        public var carried: CarryForward?
        /// Things the curator should know (e.g. a previous log that could not be read).
        public var notes: [String] = []
    }

    /// The vault folder as the user gave it.
    public let vault: String
    let fileSystem: any FileSystem
    let writer: NoteWriter

    /// Creates an author for the vault at `vault`.
    public init(vault: String, fileSystem: any FileSystem = LocalFileSystem()) {
        self.vault = vault
        self.fileSystem = fileSystem
        self.writer = NoteWriter(root: vault)
    }

    /// Writes `scenes/<slug>/scene.md` for a scene called `name`, spotted on `spotted`.
    ///
    /// A scene folder that exists without a profile (logs written by hand) gets one; an
    /// existing profile, or another scene with this name or alias, is refused.
    public func newScene(name: String, spotted: CalendarDate) throws(AuthoringError) -> Created {
        let (name, slug) = try Self.nameAndSlug(name)
        let listing = try scan()
        let relative = "scenes/\(slug)/scene.md"
        if listing.scenes.contains(where: { $0.slug == slug && $0.profile != nil }) {
            throw AuthoringError(.exists(path: writer.display(relative)))
        }
        let key = NameKey.fold(name)
        for folder in listing.scenes {
            guard let file = folder.profile, case .scene(let scene) = decode(file).content else { continue }
            if let taken = ([scene.name] + scene.aliases).first(where: { NameKey.fold($0.value) == key }) {
                throw AuthoringError(.nameTaken(name: taken.value, path: file.displayPath))
            }
        }
        try writer.create(relative, text: SceneTemplate.render(name: name, spotted: spotted))
        return Created(path: writer.display(relative))
    }

    /// Writes `people/<slug>.md` for a person or group called `name`; refuses a name that
    /// another note already has (as its name or an alias). Where `<slug>.md` is another
    /// person's note (`A-B` and `A B` fold to one slug but are two people), the note is named as
    /// that person's page is (SPEC §3): the slug, a dash and the hash of the name's match key.
    public func newPerson(name: String) throws(AuthoringError) -> Created {
        let (name, slug) = try Self.nameAndSlug(name)
        // Credits read `people/<slug>` as a pointer to that note: a note by that name could
        // never be credited by it.
        if name.hasPrefix("people/") { throw AuthoringError(.noteReferenceAsName(name: name)) }
        let listing = try scan()
        var relative = "people/\(slug).md"
        let key = NameKey.fold(name)
        // Credits take two spellings for one person when their keys meet once punctuation is
        // removed ("Mara Quay" and "MARA QUAY."): a second note would split them.
        let loose = NameKey.loose(key)
        func isTaken(_ spelling: String) -> Bool {
            let other = NameKey.fold(spelling)
            return other == key || (!loose.isEmpty && NameKey.loose(other) == loose)
        }
        var slugTaken: NoteFile?
        for file in listing.people {
            guard case .person(let person) = decode(file).content else {
                // A note radar cannot read may be this person's: never write beside it.
                if file.relativePath == relative { throw AuthoringError(.exists(path: file.displayPath)) }
                continue
            }
            if let taken = ([person.name] + person.aliases).first(where: { isTaken($0.value) }) {
                throw AuthoringError(.nameTaken(name: taken.value, path: file.displayPath))
            }
            if file.relativePath == relative { slugTaken = file }
        }
        if slugTaken != nil {
            relative = "people/\(slug)-\(FNV1a.hex(key)).md"
            // Its note, which radar could not read (a readable one has the name and was refused).
            if let existing = listing.people.first(where: { $0.relativePath == relative }) {
                throw AuthoringError(.exists(path: existing.displayPath))
            }
        }
        try writer.create(relative, text: PersonTemplate.render(name: name))
        return Created(path: writer.display(relative))
    }

    // MARK: - Shared

    /// The name without surrounding spaces, and its slug.
    static func nameAndSlug(_ name: String) throws(AuthoringError) -> (String, String) {
        let trimmed = name.trimmingSpaces()
        if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw AuthoringError(.controlInName(name: trimmed))
        }
        guard let slug = NoteSlug.make(for: trimmed) else { throw AuthoringError(.emptyName) }
        return (trimmed, slug)
    }

    /// The vault's files; refuses a folder that is not a vault, so that a mistyped `--vault`
    /// never scatters notes.
    func scan() throws(AuthoringError) -> VaultListing {
        let listing: VaultListing
        do {
            listing = try VaultScanner(fileSystem: fileSystem).scan(root: vault)
        } catch {
            guard !error.isNotAVault else {
                throw AuthoringError(.notAVault(path: vault, vaultAbove: error.vaultAbove))
            }
            throw AuthoringError(.unreadableVault(path: error.path, reason: error.reason))
        }
        return listing
    }

    /// Reads, parses and decodes one note as `radar lint` would.
    func decode(_ file: NoteFile) -> DecodedNote {
        VaultLoader.process(
            file, reader: NoteReader(fileSystem: fileSystem), parser: NoteParser(), decoder: SchemaDecoder())
    }
}
