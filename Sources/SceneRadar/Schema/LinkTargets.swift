/// Where wiki links can point (SPEC §3, Bodies): scenes by name, alias or slug, and people by
/// name, alias, slug or `people/<slug>`.
public struct LinkTargets: Sendable {
    /// What a wiki link resolved to.
    public enum Target: Sendable, Hashable {
        case scene(slug: String)
        case person(slug: String)

        var isScene: Bool {
            if case .scene = self { return true }
            return false
        }
    }

    private var scenes: [String: String] = [:]
    private var privateScenes: Set<String> = []
    private let people: PeopleIndex
    /// Scene profiles that did not decode, by the folded names they can be linked by: a link to
    /// one is not reported, the profile's own errors are (see `unreadProfile(for:)`).
    private var unreadProfiles: [String: String] = [:]
    /// Unread profiles whose names could not be read, only their slugs: any link may name them.
    private(set) var unnamedProfiles: [String] = []

    /// Builds the targets from the vault's scenes and the people index.
    public init(scenes: [Scene], people: PeopleIndex) {
        self.init(scenes: scenes.map { ($0.slug, $0.name.value, $0.aliases.map(\.value)) }, people: people)
        privateScenes = Set(scenes.filter { !$0.isPublic }.map(\.slug))
    }

    /// Builds the targets from a vault's scene folders: their scenes, and the profiles that did
    /// not decode, which links may name without being reported.
    public init(folders: [Vault.SceneNotes], people: PeopleIndex) {
        self.init(scenes: folders.compactMap(\.scene), people: people)
        for profile in folders.compactMap(\.unreadProfile) {
            for spelling in profile.spellings {
                let key = NameKey.fold(spelling)
                if scenes[key] == nil, unreadProfiles[key] == nil { unreadProfiles[key] = profile.file }
            }
            if profile.spellings.count == 1 { unnamedProfiles.append(profile.file) }
        }
    }

    /// The file of the scene profile that did not decode which `link` names, if any.
    func unreadProfile(for link: WikiLink) -> String? {
        let page = WikiLink.dropPrefix("scenes/", of: link.page).map(String.init) ?? link.page
        return unreadProfiles[NameKey.fold(page)]
    }

    /// Builds the targets from scenes' slugs, names and aliases. A spelling two scenes share
    /// goes to the scene whose slug it is, else whose name it is, else whose alias it is, and
    /// among equals to the scene whose slug sorts first (`name.duplicate` points such spellings
    /// out).
    public init(scenes: [(slug: String, name: String, aliases: [String])], people: PeopleIndex) {
        self.people = people
        let sorted = scenes.sorted { $0.slug < $1.slug }
        for spellings in [sorted.map { [$0.slug] }, sorted.map { [$0.name] }, sorted.map(\.aliases)] {
            for (scene, names) in zip(sorted, spellings) {
                for spelling in names {
                    let key = NameKey.fold(spelling)
                    if self.scenes[key] == nil { self.scenes[key] = scene.slug }
                }
            }
        }
    }

    /// Whether `target` is a private scene or person: a link to it shows its text as written.
    public func isPrivate(_ target: Target) -> Bool {
        switch target {
        case .scene(let slug): privateScenes.contains(slug)
        case .person(let slug): people.identity(slug: slug)?.isPrivate == true
        }
    }

    /// The target of `link`, or `nil` when it points at nothing. A heading (`[[Name#Sound]]`) is
    /// ignored: the link goes to the page. `people/` and `scenes/` may be written in any case,
    /// and be followed by a name, an alias or a slug.
    public func resolve(_ link: WikiLink) -> Target? {
        let target = link.page
        if let rest = WikiLink.dropPrefix("people/", of: target) {
            let slug = String(rest).lowercased()
            return people.index(of: "people/" + slug).map { .person(slug: people.identities[$0].slug) }
                ?? people.identity(slug: slug).map { .person(slug: $0.slug) }
                ?? people.index(of: String(rest)).map { .person(slug: people.identities[$0].slug) }
        }
        if let rest = WikiLink.dropPrefix("scenes/", of: target), let slug = scenes[NameKey.fold(rest)] {
            return .scene(slug: slug)
        }
        if let slug = scenes[NameKey.fold(target)] { return .scene(slug: slug) }
        if let index = people.index(of: target) { return .person(slug: people.identities[index].slug) }
        return people.identity(slug: target).map { .person(slug: $0.slug) }
    }
}
