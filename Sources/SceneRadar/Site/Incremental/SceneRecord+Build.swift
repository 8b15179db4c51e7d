extension SceneRecord {
    /// The record of a scene folder read in this build, before its pages are rendered: what
    /// comes from its notes alone. `notes` are without broken notes.
    init(notes: Vault.SceneNotes, sources: [String: UInt64], diagnostics: [Diagnostic]) {
        self.init(Fields(notes: notes, sources: sources, diagnostics: diagnostics))
    }
}

extension SceneRecord.Fields {
    init(notes: Vault.SceneNotes, sources: [String: UInt64], diagnostics: [Diagnostic]) {
        slug = notes.slug
        self.sources = sources
        hasProfile = notes.scene != nil
        isPublic = notes.scene?.isPublic ?? false
        name = notes.scene?.name.value ?? notes.slug
        aliases = notes.scene?.aliases.map(\.value) ?? []
        newestWeek = Scorer.newestWeek(notes)
        logWeeks = notes.logs.map(\.week)
        var counts: [String: Int] = [:]
        var explicit: [PersonRef] = []
        withUnsafePointer(to: notes) { notes in
            Vault.SceneNotes.forEachPersonReference(at: notes) { reference in
                if reference.pointee.isNoteReference {
                    explicit.append(reference.pointee)
                } else {
                    counts[reference.pointee.text, default: 0] += 1
                }
            }
        }
        spellings = counts
        explicitReferences = explicit
        let credits = PeopleCredits.encoded(of: notes)
        // The public credits are every reference outside private events but the typed bridges:
        // their spellings and the bridges' are the public ones, without another walk.
        var publicSet = Set(credits.spellings)
        for bridge in notes.scene?.formation.bridges ?? [] {
            if let who = bridge.who { publicSet.insert(who.text) }
        }
        publicSpellings = publicSet.sorted()
        windowSpellings = []
        var targets = Set<String>()
        for body in [notes.scene?.body].compactMap({ $0 }) + notes.logs.map(\.body) {
            for link in MarkdownRenderer.wikiLinks(in: body.markdown) { targets.insert(link.target) }
        }
        wikiTargets = targets.sorted()
        self.diagnostics = diagnostics
        contextDigest = 0
        outputPaths = []
        index = nil
        radarJSON = nil
        feed = []
        creditTallies = credits.tallies[...]
        creditItems = credits.items[...]
        creditsDigest = creditItems.withUnsafeBufferPointer { ContentHash.hash($0) }
        infrastructure =
            notes.scene?.infrastructure.map {
                InfrastructureEntry(kind: $0.kind.rawValue, name: $0.name, url: $0.url?.text)
            }
            ?? []
        privateAddresses = (notes.scene?.formation.containers ?? []).compactMap { container in
            container.isPrivate ? container.url?.text : nil
        }
        privateNames = (notes.scene?.formation.containers ?? []).compactMap { container in
            container.isPrivate ? container.name : nil
        }
        jsonBlob = nil
        extrasBlob = nil
        savedMetadata = nil
    }
}

extension SceneRecord {
    /// The spellings of the scene's people for `setting` (its window), for bridges.
    mutating func setWindow(_ notes: Vault.SceneNotes, setting: ScoringSetting) {
        var spellings = Set<String>()
        PresenceMap.forEachReference(of: notes, setting: setting) { spellings.insert($0.pointee.text) }
        self.windowSpellings = spellings.sorted()
        self.savedMetadata = nil
    }

    /// A digest of a scene's sources, by path.
    static func digest(_ sources: [String: UInt64]) -> UInt64 {
        var out = BinaryWriter()
        out.write(sources) { $0.write($1) }
        return ContentHash.hash(out.bytes)
    }
}
