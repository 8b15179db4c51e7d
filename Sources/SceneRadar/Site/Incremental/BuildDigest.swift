/// The digests that decide what an incremental build re-renders. Each covers everything a page
/// shows; when it matches the last build's, the page is byte-identical and is not rendered.
enum BuildDigest {
    /// What every page depends on: radar's version, radar.yml, the theme, the people notes, the
    /// base URL and the radar's "now".
    static func global(
        config: UInt64, theme: UInt64, people: [(String, UInt64)], baseURL: String?, now: ISOWeek?
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
        return ContentHash.hash(out.bytes)
    }

    /// What a scene's pages depend on: the global digest, its notes, who each person it names
    /// is (name, slug, privacy, page), which other public scenes its window's people are in, and
    /// where its wiki links lead.
    static func scene(_ record: SceneRecord, global: UInt64, data: SiteData) -> UInt64 {
        var out = BinaryWriter()
        out.write(global)
        out.write(SceneRecord.digest(record.sources))
        let names = Set(record.spellings.keys).union(record.publicSpellings).union(
            record.explicitReferences.map(\.text))
        for spelling in names.sorted() {
            out.write(spelling)
            identity(spelling, data: data, into: &out)
        }
        var members = Set<Int>()
        for spelling in record.windowSpellings {
            if let person = data.people.index(of: spelling) { members.insert(person) }
        }
        for person in members.sorted() {
            out.write(data.people.identities[person].slug)
            for scene in data.presence.scenes(of: person) {
                out.write(scene)
                out.write(data.sceneNames[scene] ?? "")
            }
        }
        for target in record.wikiTargets {
            out.write(target)
            if let link = WikiLink(inner: Substring(target)) {
                out.write(data.href(link, from: SitePaths.scene(record.slug)) ?? "")
            }
        }
        return ContentHash.hash(out.bytes)
    }

    /// What a person's page depends on: the global digest, who they are, their note, and the
    /// scenes that credit them (each with its own digest).
    static func person(
        _ identity: PeopleIndex.Identity, scenes: [(String, UInt64)], global: UInt64, data: SiteData
    ) -> UInt64 {
        var out = BinaryWriter()
        out.write(global)
        out.write(identity.slug)
        out.write(identity.name)
        out.write(identity.noteSlug ?? "")
        out.write(identity.isPrivate)
        for (slug, digest) in scenes {
            out.write(slug)
            out.write(data.sceneNames[slug] ?? "")
            out.write(digest)
        }
        return ContentHash.hash(out.bytes)
    }

    private static func identity(_ spelling: String, data: SiteData, into out: inout BinaryWriter) {
        guard let index = data.people.index(of: spelling) else {
            out.write(false)
            return
        }
        let identity = data.people.identities[index]
        out.write(true)
        out.write(identity.slug)
        out.write(identity.name)
        out.write(identity.isPrivate)
        out.write(data.pagedPeople.contains(identity.slug))
    }
}
