/// Who is who (SPEC §3, People): every person reference in the vault resolved to one identity,
/// by the match key of a note's name or alias, else grouped with the other spellings of the same
/// key. Names are grouped by key in dictionaries — never compared pair by pair.
public struct PeopleIndex: Sendable {
    /// One person or group, with or without a note.
    public struct Identity: Sendable, Hashable {
        /// The page slug: the note's file name, else the folded canonical name (with a hash suffix
        /// where that is empty or collides).
        public var slug: String
        /// The canonical spelling: the note's name, else the most frequent spelling.
        public var name: String
        /// The slug of the person's note, when there is one.
        public var noteSlug: String?
        /// Never published.
        public var isPrivate: Bool

        /// How the site names the person: `privateLabel` for one who asked not to be published.
        public var publicName: String { isPrivate ? PeopleIndex.privateLabel : name }
    }

    /// What a public page shows in place of a private person's name (SPEC §3).
    public static let privateLabel = "uncredited (private)"

    /// Every identity, sorted by slug.
    public private(set) var identities: [Identity] = []
    /// `credit.name-variant` warnings and `link.unresolved` warnings for `people/<slug>` references
    /// to missing notes.
    public private(set) var diagnostics: [Diagnostic] = []

    // Every reference of the build is resolved through these, many times over.
    private var exact = StringTable<Int>()
    private var keys = StringTable<Int>()
    private var looseKeys = StringTable<Int>()
    private var noteSlugs = StringTable<Int>()
    private var identitySlugs = StringTable<Int>()
    /// Whether any identity is private.
    private var hasPrivate = false
    /// Every private person's name, aliases and slug, and the names of person notes that could
    /// not be read (see `Builder`).
    private var withheld = WithheldNames()

    /// Builds the index from the people notes and every person reference given.
    public init<S: Sequence>(people: [Person], references: S) where S.Element == PersonRef {
        var builder = Builder(people: people)
        let (counts, explicit) = Builder.count(references)
        builder.add(counts: counts, explicit: explicit)
        let (index, variants) = builder.finish()
        self = index
        diagnostics = (diagnostics + Builder.variantDiagnostics(references, variants)).sorted()
    }

    /// Builds the index from the people notes and spellings already counted (an incremental
    /// build keeps each scene's counts); no variant warnings (those are lint's). `withheld`:
    /// names of person notes that could not be read (see `Builder`).
    public init(people: [Person], counts: [String: Int], explicit: [PersonRef], withheld: [String] = []) {
        var builder = Builder(people: people, withheld: withheld)
        builder.add(counts: counts, explicit: explicit)
        self = builder.finish().index
        diagnostics.sort()
    }

    /// Builds the index for a whole vault, counting and checking each scene's references on
    /// its own core.
    public init(vault: Vault) {
        var builder = Builder(people: vault.people)
        // Counted by runs of consecutive scenes, a few per core, rather than scene by scene:
        // the merge that follows runs on one core, and merging a dictionary per scene (a
        // thousand of them, most names in several) was a visible part of a lint's wall time.
        // Runs keep scene order, so `explicit` stays in file order.
        let scenes = vault.scenes
        let runLength = max(1, (scenes.count + ProcessInfoCores.count * 4 - 1) / (ProcessInfoCores.count * 4))
        let runs = stride(from: 0, to: scenes.count, by: runLength).map {
            $0..<min($0 + runLength, scenes.count)
        }
        let perRun = runs.parallelMap { run in
            // By address: a reference (two strings) handed to the counting closure as a value is
            // copied, and there are hundreds of thousands.
            Builder.countAddresses { body in
                scenes.withUnsafeBufferPointer { scenes in
                    guard let base = scenes.baseAddress else { return }
                    for index in run { Vault.SceneNotes.forEachPersonReference(at: base + index, body) }
                }
            }
        }
        var counts: [String: Int] = [:]
        var explicit: [PersonRef] = []
        for run in perRun {
            counts.merge(run.counts, uniquingKeysWith: +)
            explicit += run.explicit
        }
        builder.add(counts: counts, explicit: explicit)
        let (index, variants) = builder.finish()
        self = index
        let found = vault.scenes.parallelMap {
            Builder.variantDiagnostics($0.forEachPersonReference, variants)
        }
        diagnostics = (diagnostics + found.flatMap { $0 }).sorted()
    }

    init(
        identities: [Identity], diagnostics: [Diagnostic], exact: [String: Int], keys: [String: Int],
        looseKeys: [String: Int], noteSlugs: [String: Int], withheld: WithheldNames
    ) {
        self.identities = identities
        self.diagnostics = diagnostics
        self.exact = StringTable(exact)
        self.keys = StringTable(keys)
        self.looseKeys = StringTable(looseKeys)
        self.noteSlugs = StringTable(noteSlugs)
        identitySlugs = StringTable(
            Dictionary(identities.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { a, _ in a }))
        hasPrivate = identities.contains(where: \.isPrivate)
        self.withheld = withheld
    }

    /// Whether `text` spells, or holds, a private person's name, alias or slug, or a name a
    /// note that could not be read is filed under (see `WithheldNames`): a public person's
    /// alias so spelled would say who they are.
    public func isWithheldSpelling(_ text: String) -> Bool {
        !withheld.isEmpty && withheld.contains(key: NameKey.fold(text))
    }

    /// The identity a reference points at.
    public func resolve(_ reference: PersonRef) -> Identity? {
        index(of: reference.text).map { identities[$0] }
    }

    /// Appends to `found` the index in `identities` of each of `references` that resolves, in
    /// order (repeats kept), reading the references where they are.
    func appendIndices(of references: [PersonRef], to found: inout [Int]) {
        references.forEachAddress { if let person = index(of: $0.pointee.text) { found.append(person) } }
    }

    /// The index in `identities` of the person a name (or `people/<slug>`) points at.
    public func index(of text: String) -> Int? {
        if let found = exact[text] { return found }
        if PersonRef.isNoteReference(text) { return noteSlugs[String(text.dropFirst("people/".count))] }
        let key = NameKey.fold(text)
        return keys[key] ?? looseKeys[NameKey.loose(key)]
    }

    /// The index in `identities` of the person with page slug `slug`.
    public func index(slug: String) -> Int? {
        identitySlugs[slug]
    }

    /// A digest of which identity each spelling met in the vault resolves to (the sum of a hash
    /// of each spelling and its identity's slug: the order of a dictionary is not fixed).
    public var spellingsDigest: UInt64 {
        var sum: UInt64 = 0
        for (text, index) in exact.dictionary {
            var pair = BinaryWriter(capacity: 64)
            pair.write(text)
            pair.write(identities[index].slug)
            sum &+= ContentHash.hash(pair.bytes)
        }
        return sum
    }

    /// `text` as the site may show it: "uncredited (private)" when it is a private person's
    /// name or alias, for text fields that are not person references (a label, a collective,
    /// a sound-alike), else `text`.
    public func publicText(_ text: String) -> String {
        // Most vaults have few private people or none: then no label needs folding.
        guard hasPrivate, let index = index(of: text), identities[index].isPrivate else { return text }
        return Self.privateLabel
    }

    /// The identity with page slug `slug`.
    public func identity(slug: String) -> Identity? {
        identitySlugs[slug].map { identities[$0] }
    }
}
