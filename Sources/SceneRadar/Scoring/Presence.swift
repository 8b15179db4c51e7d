/// Which people appear in which public scenes — the basis of bridges. A person appears in a
/// scene when any reference in its window logs (artists, credits, played-by, non-private
/// lineups, how-it's-made) or in its `formation.bridges` resolves to them.
///
/// Built from each scene's members alone, so an incremental build can rebuild it from cached
/// scenes without reading their notes.
public struct PresenceMap: Sendable {
    /// One scene's people.
    public struct Scene: Sendable {
        /// The scene's slug.
        public var slug: String
        /// Whether it is published (only public scenes make bridges).
        public var isPublic: Bool
        /// Identity indices into the people index (any order, repeats allowed).
        public var members: [Int]

        /// Creates a scene's entry.
        public init(slug: String, isPublic: Bool, members: [Int]) {
            self.slug = slug
            self.isPublic = isPublic
            self.members = members
        }
    }

    /// Each scene's people, distinct and sorted, by slug.
    private var members: [String: [Int]] = [:]
    /// Each person's public scenes, by slug, sorted.
    private var publicScenes: [Int: [String]] = [:]

    /// Collects every scene's people.
    public init(scenes: [Scene]) {
        for scene in scenes.sorted(by: { $0.slug < $1.slug }) {
            let distinct = Set(scene.members).sorted()
            members[scene.slug] = distinct
            if scene.isPublic {
                for person in distinct { publicScenes[person, default: []].append(scene.slug) }
            }
        }
    }

    /// Calls `body` with the address of each reference that makes a scene's people for
    /// `setting`, in order: its typed bridges and every person named in its valid logs inside
    /// the window (private events left out).
    static func forEachReference(
        of notes: Vault.SceneNotes, setting: ScoringSetting, _ body: (UnsafePointer<PersonRef>) -> Void
    ) {
        let now = setting.now
        let first = setting.firstWeek
        withUnsafePointer(to: notes) { notes in
            Vault.SceneNotes.forEachPersonReference(
                at: notes, skippingPrivateEvents: true,
                reading: { log in
                    guard let now, let first, !log.pointee.header.isBroken else { return false }
                    return log.pointee.week >= first && log.pointee.week <= now
                }, body)
        }
    }

    /// The other public scenes a person appears in.
    public func scenes(of person: Int) -> [String] {
        publicScenes[person] ?? []
    }

    /// People of scene `slug` who also appear in other public scenes, with those scenes, by slug.
    func bridges(ofScene slug: String, people: PeopleIndex) -> [PersonBridge] {
        (members[slug] ?? []).compactMap { person in
            let others = (publicScenes[person] ?? []).filter { $0 != slug }
            return others.isEmpty ? nil : bridge(person, others, people)
        }.sorted { $0.slug < $1.slug }
    }

    /// People in two or more public scenes, by slug.
    func vaultBridges(people: PeopleIndex) -> [PersonBridge] {
        publicScenes.compactMap { person, scenes in
            scenes.count >= 2 ? bridge(person, scenes, people) : nil
        }.sorted { $0.slug < $1.slug }
    }

    private func bridge(_ person: Int, _ scenes: [String], _ people: PeopleIndex) -> PersonBridge {
        let identity = people.identities[person]
        return PersonBridge(
            slug: identity.slug, name: identity.name, isPrivate: identity.isPrivate, scenes: scenes)
    }
}
