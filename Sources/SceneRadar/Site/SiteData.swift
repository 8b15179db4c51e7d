/// Everything pages are made from, prepared once per build: settings, who is who, where wiki
/// links lead, the scoring setting and presence, and a record of every scene folder. (The notes
/// of the scenes a build renders are handed to their jobs, `PendingScenes`, not kept here.)
///
/// Privacy is decided here, once (SPEC §3): pages only ever see public scenes, non-private
/// events, and people through `person(_:)`, which hides private people.
struct SiteData: Sendable {
    /// A person as a page shows them: a name and, when they have a page, its path.
    struct PersonLink: Sendable, Hashable {
        var name: String
        var path: String?
        var slug: String?
    }

    /// Everything the data holds, in one immutable object. Every page copies the data (its
    /// `PageContext`, closures that capture one), and copying a struct of a dozen collections
    /// retained and released each of them, from both cores at once on the same objects; a
    /// reference is one retain. Changes make a new object (`withRecords`, `makeLinks`).
    private final class Storage: Sendable {
        let config: SiteConfig
        let baseURL: String?
        let setting: ScoringSetting
        let people: PeopleIndex
        let links: LinkTargets
        let presence: PresenceMap
        let records: [String: SceneRecord]
        let publicRecords: [SceneRecord]
        let rankedPublicScenes: [IndexEntry]
        let sceneNames: [String: String]
        let personNotes: [String: Person]
        let pagedPeople: Set<String>
        let feedKeys: Set<String>
        let linkValues: LinkValues
        let siteContext: MustacheValue
        /// The site's icon, a path from its root (see `SiteData.favicon(among:)`).
        let favicon: String?
        /// Private people's own addresses.
        let privateAddresses: PrivateAddresses
        /// Private people's names, as short texts withhold them (`PrivateNames`).
        let privatePeople: [PrivateNames.Entry]

        init(
            config: SiteConfig, baseURL: String?, setting: ScoringSetting, people: PeopleIndex,
            links: LinkTargets, presence: PresenceMap, records: [String: SceneRecord],
            sceneNames: [String: String], personNotes: [String: Person], pagedPeople: Set<String>,
            feedKeys: Set<String>, linkValues: LinkValues, favicon: String?,
            privateAddresses: PrivateAddresses, privatePeople: [PrivateNames.Entry]
        ) {
            self.config = config
            self.baseURL = baseURL
            self.setting = setting
            self.people = people
            self.links = links
            self.presence = presence
            self.records = records
            (publicRecords, rankedPublicScenes) = SiteData.publicScenes(records)
            self.sceneNames = sceneNames
            self.personNotes = personNotes
            self.pagedPeople = pagedPeople
            self.feedKeys = feedKeys
            self.linkValues = linkValues
            self.favicon = favicon
            siteContext = PageContext.site(config: config, setting: setting, favicon: favicon)
            self.privateAddresses = privateAddresses
            self.privatePeople = privatePeople
        }

        /// The same storage with other records and links.
        func replacing(records: [String: SceneRecord]? = nil, linkValues: LinkValues? = nil) -> Storage {
            Storage(
                config: config, baseURL: baseURL, setting: setting, people: people, links: links,
                presence: presence, records: records ?? self.records, sceneNames: sceneNames,
                personNotes: personNotes, pagedPeople: pagedPeople, feedKeys: feedKeys,
                linkValues: linkValues ?? self.linkValues, favicon: favicon,
                privateAddresses: privateAddresses, privatePeople: privatePeople)
        }
    }

    private var storage: Storage

    var config: SiteConfig { storage.config }
    var baseURL: String? { storage.baseURL }
    var setting: ScoringSetting { storage.setting }
    var people: PeopleIndex { storage.people }
    var links: LinkTargets { storage.links }
    var presence: PresenceMap { storage.presence }
    /// Every scene folder's record (outputs are those of the last render for scenes not
    /// rendered in this build).
    var records: [String: SceneRecord] { storage.records }
    /// Public scene records with a profile, by slug.
    var publicRecords: [SceneRecord] { storage.publicRecords }
    /// Public scenes' index entries, by score descending, ties by slug.
    var rankedPublicScenes: [IndexEntry] { storage.rankedPublicScenes }
    /// Public scenes with a valid profile: slug → name.
    var sceneNames: [String: String] { storage.sceneNames }
    var personNotes: [String: Person] { storage.personNotes }
    /// Slugs of people who get a page.
    var pagedPeople: Set<String> { storage.pagedPeople }
    /// The weekly logs in the feed, as `FeedSelection.key`s.
    var feedKeys: Set<String> { storage.feedKeys }
    /// Person and scene links made ahead for the usual page depths (by `makeLinks`).
    var linkValues: LinkValues { storage.linkValues }
    /// Private people's names, as short texts withhold them (`PrivateNames`).
    var privatePeople: [PrivateNames.Entry] { storage.privatePeople }
    /// Every page's `site` (the same on all of them), made once.
    var siteContext: MustacheValue { storage.siteContext }

    /// Whether `url` is one of a private person's own addresses (their links or support in
    /// their note) or a private container's, or an address under one (`x.bandcamp.com/track/y`
    /// under `x.bandcamp.com`): written on a public track, event, press entry or container, it
    /// would still say who they are or where the container is, so it is left out (see
    /// `PrivateAddresses`).
    func isPrivateAddress(_ url: WebURL) -> Bool {
        storage.privateAddresses.contains(url.text)
    }

    /// Whether the address written `text` is one of a private person's own or under one.
    func isPrivateAddress(_ text: String) -> Bool {
        storage.privateAddresses.contains(text)
    }

    /// The addresses of `urls` the site may show: a private person's own are left out, wherever
    /// they are written (another person's note, a track, an event).
    func publicAddresses(_ urls: [WebURL]) -> [WebURL] {
        storage.privateAddresses.isEmpty ? urls : urls.filter { !isPrivateAddress($0) }
    }

    /// `url`'s text where the site may show it: nil when there is none or it is a private
    /// person's own address (see `isPrivateAddress`).
    func publicAddress(_ url: WebURL?) -> String? {
        guard let url, !isPrivateAddress(url.text) else { return nil }
        return url.text
    }

    /// The address written `text` where the site may show it (see `isPrivateAddress`).
    func publicAddress(_ text: String?) -> String? {
        guard let text, !isPrivateAddress(text) else { return nil }
        return text
    }

    /// An address as compared for sameness in one list of links: lowercased, without its
    /// scheme, a leading `www.` or a trailing `/` (its query kept: `?id=1` and `?id=2` are two
    /// shop items).
    static func addressKey(_ text: String) -> String {
        // Addresses are ASCII but for the rare international one: byte by byte, lowercased
        // as ASCII, the rest lowercased as Unicode first.
        var text = text.utf8.allSatisfy({ $0 < 0x80 }) ? text : text.lowercased()
        return text.withUTF8 { bytes in
            func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
            func hasPrefix(_ prefix: StaticString, at start: Int) -> Bool {
                guard bytes.count - start >= prefix.utf8CodeUnitCount else { return false }
                for offset in 0..<prefix.utf8CodeUnitCount
                where lower(bytes[start + offset]) != prefix.utf8Start[offset] {
                    return false
                }
                return true
            }
            var start = hasPrefix("https://", at: 0) ? 8 : hasPrefix("http://", at: 0) ? 7 : 0
            if hasPrefix("www.", at: start) { start += 4 }
            var end = bytes.count
            while end > start, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
            return String(unsafeUninitializedCapacity: end - start) { buffer in
                for index in start..<end { buffer[index - start] = lower(bytes[index]) }
                return end - start
            }
        }
    }

    static let privateLabel = PeopleIndex.privateLabel

    init(
        config: SiteConfig, baseURL: String?, setting: ScoringSetting, people: PeopleIndex,
        presence: PresenceMap,
        records: [String: SceneRecord], personNotes: [Person], favicon: String? = nil,
        withheldAddresses: [String] = [], privatePeople: [PrivateNames.Entry] = []
    ) {
        let links = LinkTargets(
            scenes: records.values.filter(\.hasProfile).map { ($0.slug, $0.name, $0.aliases) }, people: people
        )
        let sceneNames = Dictionary(
            records.values.filter { $0.hasProfile && $0.isPublic }.map { ($0.slug, $0.name) },
            uniquingKeysWith: { first, _ in first })
        let notedOnly = config.peoplePages == .noted
        var paged = Set<String>()
        for record in records.values where record.hasProfile && record.isPublic {
            for spelling in record.publicSpellings {
                if let identity = people.index(of: spelling).map({ people.identities[$0] }),
                    Self.getsPage(identity, notedOnly: notedOnly)
                {
                    paged.insert(identity.slug)
                }
            }
        }
        for identity in people.identities
        where identity.noteSlug != nil && Self.getsPage(identity, notedOnly: notedOnly) {
            paged.insert(identity.slug)
        }
        var privateAddresses = PrivateAddresses()
        for person in personNotes where person.isPrivate {
            for url in person.links + person.support { privateAddresses.insert(url.text) }
        }
        for text in withheldAddresses { privateAddresses.insert(text) }
        // A private container's address names it wherever it is written (tickets, a track's
        // support, another scene's container).
        for record in records.values {
            for text in record.privateAddresses { privateAddresses.insert(text) }
        }
        storage = Storage(
            config: config, baseURL: (baseURL ?? config.baseURL).map { $0.hasSuffix("/") ? $0 : $0 + "/" },
            setting: setting, people: people, links: links, presence: presence, records: records,
            sceneNames: sceneNames,
            personNotes: Dictionary(
                personNotes.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first }),
            pagedPeople: paged,
            feedKeys: Set(FeedSelection.newest(records.values).map { FeedSelection.key($0.slug, $0.week) }),
            linkValues: LinkValues(), favicon: favicon, privateAddresses: privateAddresses,
            privatePeople: privatePeople)
    }

    /// The icons a site may have at its root, in the order one is chosen.
    static let faviconNames = ["favicon.svg", "favicon.ico", "favicon.png"]

    /// The site's icon among the files copied into it (the vault's static files and the theme's
    /// assets), which every page then names in its head; nil when there is none.
    static func favicon(among paths: some Sequence<String>) -> String? {
        let present = Set(paths.filter { faviconNames.contains($0) })
        return faviconNames.first(where: present.contains)
    }

    /// Makes the person and scene links ahead, once, for rendering (a build that renders no page
    /// never needs them; pages make a link that is not there on the spot).
    mutating func makeLinks() {
        storage = storage.replacing(linkValues: LinkValues(data: self))
    }

    private static func getsPage(_ identity: PeopleIndex.Identity, notedOnly: Bool) -> Bool {
        !identity.isPrivate && (!notedOnly || identity.noteSlug != nil)
    }

    // MARK: - Scenes

    /// The name of a public scene.
    func sceneName(_ slug: String) -> String? {
        sceneNames[slug]
    }

    /// The public records with a profile by slug, and their index entries ranked.
    fileprivate static func publicScenes(_ records: [String: SceneRecord]) -> ([SceneRecord], [IndexEntry]) {
        // The slugs are sorted, not the records: moving a record copies a large struct.
        let published = records.keys.sorted().compactMap { slug in
            records[slug].flatMap { $0.hasProfile && $0.isPublic ? $0 : nil }
        }
        let ranked = published.compactMap(\.index).sorted { ($1.score, $0.slug) < ($0.score, $1.slug) }
        return (published, ranked)
    }

    // MARK: - People

    /// How a reference is shown: private people as "uncredited (private)", people without a page
    /// as their plain name.
    func person(_ reference: PersonRef) -> PersonLink {
        guard let identity = people.resolve(reference) else { return PersonLink(name: reference.text) }
        return person(identity)
    }

    func person(_ identity: PeopleIndex.Identity) -> PersonLink {
        if identity.isPrivate { return PersonLink(name: Self.privateLabel) }
        let paged = pagedPeople.contains(identity.slug)
        return PersonLink(
            name: identity.name, path: paged ? SitePaths.person(identity.slug) : nil, slug: identity.slug)
    }

    func person(slug: String) -> PersonLink {
        people.identity(slug: slug).map(person) ?? PersonLink(name: slug)
    }

    // MARK: - Links

    /// Where a wiki link leads from the page at `page`, and its text, or `nil` for a target that
    /// is missing or not public (its label then renders as plain text).
    func anchor(_ link: WikiLink, from page: String) -> WikiLink.Anchor? {
        switch links.resolve(link) {
        case .scene(let slug)?:
            guard let name = sceneNames[slug] else { return nil }
            return .init(
                href: SitePaths.root(from: page) + SitePaths.scene(slug),
                text: link.text(name: name, slug: slug))
        case .person(let slug)?:
            guard pagedPeople.contains(slug), let person = people.identity(slug: slug) else { return nil }
            return .init(
                href: SitePaths.root(from: page) + SitePaths.person(slug),
                text: link.text(name: person.name, slug: slug))
        case nil:
            return nil
        }
    }

    /// The absolute URL of `path` when a base URL is known, else the path itself.
    func absolute(_ path: String) -> String {
        (baseURL ?? "") + SitePaths.pretty(path)
    }

    /// The same data with updated records of the same notes: their outputs once rendered, or
    /// their large outputs from the cache. Everything else here is derived from what the notes
    /// say (names, spellings, windows, weeks), so only the records are replaced.
    func withRecords(_ records: [String: SceneRecord]) -> SiteData {
        var copy = self
        copy.storage = storage.replacing(records: records)
        return copy
    }

    /// The vault-wide bridges: people in two or more public scenes.
    var bridges: [PersonBridge] {
        presence.vaultBridges(people: people)
    }
}

extension Vault {
    /// The vault without notes that have errors: what a build publishes from (SPEC §7).
    func withoutBrokenNotes() -> Vault {
        var copy = self
        copy.scenes = scenes.map { $0.withoutBrokenNotes() }
        copy.people = people.filter { !$0.header.isBroken }
        return copy
    }
}

extension Vault.SceneNotes {
    /// The scene without notes that have errors.
    func withoutBrokenNotes() -> Vault.SceneNotes {
        var notes = self
        if notes.scene?.header.isBroken == true { notes.scene = nil }
        notes.logs = notes.logs.filter { !$0.header.isBroken }
        return notes
    }

    /// The people this scene names in what may be published: everything but private events.
    var publicPersonReferences: [PersonRef] {
        var references: [PersonRef] = []
        withUnsafePointer(to: self) { notes in
            Self.forEachPersonReference(at: notes, skippingPrivateEvents: true) {
                references.append($0.pointee)
            }
        }
        return references
    }
}
