/// The digests that decide what an incremental build re-renders. Each covers everything a page
/// shows; when it matches the last build's, the page is byte-identical and is not rendered.
enum BuildDigest {
    /// What every page depends on: radar's version, radar.yml, the theme, the people notes, the
    /// base URL, the radar's "now", the favicon and every scene's private containers' addresses
    /// and names.
    static func global(
        config: UInt64, theme: UInt64, people: [(String, UInt64)], baseURL: String?, now: ISOWeek?,
        favicon: String?, privateContainers: [String]
    ) -> UInt64 {
        var out = BinaryWriter()
        out.write(RadarVersion.current)
        out.write(config)
        out.write(theme)
        out.write(people.sorted { $0.0 < $1.0 }) { out, entry in
            out.write(entry.0)
            out.write(entry.1)
        }
        out.write(baseURL ?? "")
        out.write(now?.description ?? "")
        out.write(favicon ?? "")
        out.write(privateContainers) { $0.write($1) }
        return ContentHash.hash(out.bytes)
    }

    /// What scene digests need to know of each person, worked out once per build (the scenes of
    /// a vault name the same people over and over): who they are (slug, name, privacy, page) and
    /// which public scenes they are in, with those scenes' names; by index in the people index.
    struct People: Sendable {
        fileprivate var identities: [UInt64] = []
        fileprivate var presence: [UInt64] = []

        /// Nobody: for a build that computes no scene digest.
        init() {}

        init(data: SiteData) {
            for (index, identity) in data.people.identities.enumerated() {
                var out = BinaryWriter(capacity: 128)
                out.write(identity.slug)
                out.write(identity.name)
                out.write(identity.isPrivate)
                out.write(data.pagedPeople.contains(identity.slug))
                identities.append(ContentHash.hash(out.bytes))
                var scenes = BinaryWriter(capacity: 128)
                scenes.write(identity.slug)
                for scene in data.presence.scenes(of: index) {
                    scenes.write(scene)
                    scenes.write(data.sceneNames[scene] ?? "")
                }
                presence.append(ContentHash.hash(scenes.bytes))
            }
        }
    }

    /// What a scene's pages depend on: the global digest, its notes, who each person it names
    /// is (name, slug, privacy, page), which other public scenes its window's people are in, and
    /// where its wiki links lead. `people` is `People(data: data)`.
    static func scene(_ record: SceneRecord, global: UInt64, data: SiteData, people: People) -> UInt64 {
        var out = BinaryWriter()
        out.write(global)
        out.write(SceneRecord.digest(record.sources))
        for spelling in names(of: record) {
            out.write(spelling)
            if let index = data.people.index(of: spelling) {
                out.write(true)
                out.write(people.identities[index])
            } else {
                out.write(false)
            }
        }
        var members = Set<Int>()
        for spelling in record.windowSpellings {
            if let person = data.people.index(of: spelling) { members.insert(person) }
        }
        for person in members.sorted() {
            out.write(people.presence[person])
        }
        for target in record.wikiTargets {
            out.write(target)
            if let link = WikiLink(inner: Substring(target)) {
                let anchor = data.anchor(link, from: SitePaths.scene(record.slug))
                out.write(anchor?.href ?? "")
                out.write(anchor?.text ?? "")
            }
        }
        return ContentHash.hash(out.bytes)
    }

    /// Every spelling a scene names, distinct and in byte order: its counted spellings, its
    /// `people/` references and its public spellings. The counted spellings are distinct keys and
    /// hold no `people/` reference, so only the other two are checked against them; duplicates
    /// left are adjacent once sorted. No set of every spelling is made: hashing each one into a
    /// set cost about as much as the sort.
    static func names(of record: SceneRecord) -> [String] {
        var names = Array(record.spellings.keys)
        names.reserveCapacity(names.count + record.explicitReferences.count)
        for reference in record.explicitReferences { names.append(reference.text) }
        for spelling in record.publicSpellings
        where PersonRef.isNoteReference(spelling) || record.spellings[spelling] == nil {
            names.append(spelling)
        }
        names.sort(by: ByteSearch.precedes)
        var distinct = 0
        // Sorted by bytes, a spelling differs from the one before exactly when it follows it.
        for index in names.indices
        where distinct == 0 || ByteSearch.precedes(names[distinct - 1], names[index]) {
            names.swapAt(distinct, index)
            distinct += 1
        }
        names.removeSubrange(distinct...)
        return names
    }

    /// What a person's page depends on: the global digest (their note among the rest), who they
    /// are, where their note's wiki links lead, and the scenes that credit them, each with the
    /// digest of its credits (`SceneRecord.creditsDigest`).
    static func person(
        _ identity: PeopleIndex.Identity, scenes: [(String, UInt64)], global: UInt64, data: SiteData
    ) -> UInt64 {
        var out = BinaryWriter()
        out.write(global)
        out.write(identity.slug)
        out.write(identity.name)
        out.write(identity.noteSlug ?? "")
        out.write(identity.isPrivate)
        if let note = identity.noteSlug.flatMap({ data.personNotes[$0] }) {
            for link in MarkdownRenderer.wikiLinks(in: note.body.markdown) {
                out.write(link.target)
                let anchor = data.anchor(link, from: SitePaths.person(identity.slug))
                out.write(anchor?.href ?? "")
                out.write(anchor?.text ?? "")
            }
        }
        for (slug, digest) in scenes {
            out.write(slug)
            out.write(data.sceneNames[slug] ?? "")
            out.write(digest)
        }
        return ContentHash.hash(out.bytes)
    }

    /// `siteWide`'s part for one public scene.
    private static func publicRecord(_ record: SceneRecord) -> UInt64 {
        var out = BinaryWriter(capacity: 1 << 10)
        out.write(record.slug)
        out.write(record.name)
        out.write(record.index) { out, entry in entry.encode(into: &out) }
        // A kept part's hash is the blob's: the hash of the same bytes.
        let json =
            record.jsonBlob?.hash
            ?? record.radarJSON.map { part in
                part.withUnsafeBufferPointer { ContentHash.hash($0) }
            }
        out.write(json) { $0.write($1) }
        // The credit items by spelling, whose counts the credits directory adds up.
        out.write(record.creditsDigest)
        out.write(record.infrastructure) { out, entry in entry.encode(into: &out) }
        return ContentHash.hash(out.bytes)
    }

    /// The site-wide jobs whose files `siteWide` vouches for: the index (with its quadrant), the
    /// credits directory and radar.json.
    static let siteWideJobs: [SitePlan.Job] = [.index, .credits, .radarJSON]

    /// The files of `siteWideJobs`.
    static let siteWideFiles = siteWideJobs.flatMap(\.siteFiles)

    /// What the index, the credits directory and radar.json are made from, beyond the global
    /// digest (settings, theme, people notes, base URL, "now"): each public scene's name, index
    /// entry, radar.json part, credits and infrastructure; who each person is, whether they have
    /// a page and which spellings are theirs; and the bridges. A rebuild after an edit that
    /// changes none of these (the prose of a log, say) keeps those files, the largest of the site.
    static func siteWide(_ data: SiteData, global: UInt64) -> UInt64 {
        var out = BinaryWriter(capacity: 1 << 16)
        out.write(global)
        out.write(data.publicRecords.parallelMap { publicRecord($0) }) { $0.write($1) }
        // Who each spelling is (the credits directory adds up credits by person).
        out.write(data.people.spellingsDigest)
        out.write(data.people.identities) { out, identity in
            out.write(identity.slug)
            out.write(identity.name)
            out.write(identity.noteSlug) { $0.write($1) }
            out.write(identity.isPrivate)
            out.write(data.pagedPeople.contains(identity.slug))
        }
        out.write(data.bridges) { out, bridge in
            out.write(bridge.slug)
            out.write(bridge.name)
            out.write(bridge.isPrivate)
            out.write(bridge.scenes) { $0.write($1) }
        }
        return ContentHash.hash(out.bytes)
    }
}
