/// Everything pages are made from, prepared once per build: the publishable vault (broken notes
/// left out), who is who, the analysis, and which scenes and people may be published.
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

    let config: SiteConfig
    let baseURL: String?
    let vault: Vault
    let people: PeopleIndex
    let links: LinkTargets
    let analysis: RadarAnalysis
    /// Public scenes with a valid profile, by slug.
    let scenes: [Vault.SceneNotes]
    let analyses: [String: SceneAnalysis]
    let personNotes: [String: Person]
    let sceneNames: [String: String]
    private let notesBySlug: [String: Vault.SceneNotes]
    /// Slugs of people who get a page.
    let pagedPeople: Set<String>
    /// Every public credit of every person.
    let credits: PeopleCredits

    static let privateLabel = "uncredited (private)"

    init(vault: Vault, baseURL: String?) {
        let publishable = vault.withoutBrokenNotes()
        config = publishable.config
        self.baseURL = (baseURL ?? publishable.config.baseURL).map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        self.vault = publishable
        people = PeopleIndex(vault: publishable)
        links = LinkTargets(scenes: publishable.scenes.compactMap(\.scene), people: people)
        analysis = Scorer().analyze(publishable, people: people)
        scenes = publishable.scenes.filter { $0.scene?.isPublic == true }
        analyses = Dictionary(analysis.scenes.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        notesBySlug = Dictionary(scenes.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        sceneNames = Dictionary(
            scenes.compactMap { notes in notes.scene.map { (notes.slug, $0.name.value) } },
            uniquingKeysWith: { first, _ in first })
        personNotes = Dictionary(
            publishable.people.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let notedOnly = publishable.config.peoplePages == .noted
        let peopleIndex = people
        @Sendable func pages(_ identity: PeopleIndex.Identity) -> Bool {
            !identity.isPrivate && (!notedOnly || identity.noteSlug != nil)
        }
        let perScene = scenes.parallelMap { notes -> Set<String> in
            var slugs = Set<String>()
            for reference in notes.publicPersonReferences {
                if let identity = peopleIndex.resolve(reference), pages(identity) {
                    slugs.insert(identity.slug)
                }
            }
            return slugs
        }
        var paged = perScene.reduce(into: Set<String>()) { $0.formUnion($1) }
        for identity in people.identities where identity.noteSlug != nil && pages(identity) {
            paged.insert(identity.slug)
        }
        pagedPeople = paged
        credits = PeopleCredits(scenes: scenes, people: people)
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

    /// The href of a wiki link from the page at `page`, or `nil` for a target that is missing or
    /// not public (its label then renders as plain text).
    func href(_ link: WikiLink, from page: String) -> String? {
        switch links.resolve(link) {
        case .scene(let slug)?:
            guard analyses[slug]?.isPublic == true else { return nil }
            return SitePaths.root(from: page) + SitePaths.scene(slug)
        case .person(let slug)?:
            guard pagedPeople.contains(slug) else { return nil }
            return SitePaths.root(from: page) + SitePaths.person(slug)
        case nil:
            return nil
        }
    }

    /// The absolute URL of `path` when a base URL is known, else the path itself.
    func absolute(_ path: String) -> String {
        (baseURL ?? "") + SitePaths.pretty(path)
    }

    /// Public scenes' analyses, by score descending, ties by slug.
    var rankedPublicScenes: [SceneAnalysis] {
        analysis.scenes.filter { $0.isPublic && sceneNames[$0.slug] != nil }
    }

    /// The notes of a public scene.
    func notes(_ slug: String) -> Vault.SceneNotes? {
        notesBySlug[slug]
    }

    /// The name of a public scene.
    func sceneName(_ slug: String) -> String? {
        sceneNames[slug]
    }
}

extension Vault {
    /// The vault without notes that have errors: what a build publishes from (SPEC §7).
    func withoutBrokenNotes() -> Vault {
        var copy = self
        copy.scenes = scenes.map { notes in
            var notes = notes
            if notes.scene?.header.isBroken == true { notes.scene = nil }
            notes.logs = notes.logs.filter { !$0.header.isBroken }
            return notes
        }
        copy.people = people.filter { !$0.header.isBroken }
        return copy
    }
}

extension Vault.SceneNotes {
    /// The people this scene names in what may be published: everything but private events.
    var publicPersonReferences: [PersonRef] {
        var references = scene?.formation.bridges.compactMap(\.who) ?? []
        for log in logs {
            references += log.artists
            for track in log.tracks { references += track.credits.everyone.map(\.person) + track.playedBy }
            for event in log.events where !event.isPrivate { references += event.lineup }
            references += log.howItsMade.map(\.by)
        }
        return references
    }
}
