/// Which people appear in which public scenes — the basis of bridges. A person appears in a
/// scene when any reference in its window logs (artists, credits, played-by, non-private
/// lineups, how-it's-made) or in its `formation.bridges` resolves to them.
struct Presence {
    /// Each scene's people, distinct and sorted, in the order of the scenes given.
    private let sceneMembers: [[Int]]
    private let slugs: [String]
    /// Each person's public scenes, as indices into the scenes given, ascending.
    private var publicScenes: [Int: [Int]] = [:]

    /// Collects the people of every scene; `scenes` are sorted by slug.
    init(scenes: [SceneFacts], tallies: [WindowTally]) {
        slugs = scenes.map(\.slug)
        sceneMembers = zip(scenes, tallies).map { scene, tally in
            var members = Set(scene.typedBridgePeople)
            for log in tally.logs { members.formUnion(log.people) }
            return members.sorted()
        }
        for (index, scene) in scenes.enumerated() where scene.isPublic {
            for person in sceneMembers[index] { publicScenes[person, default: []].append(index) }
        }
    }

    /// People of scene `index` who also appear in other public scenes, with those scenes, by slug.
    func bridges(ofScene index: Int, people: PeopleIndex) -> [PersonBridge] {
        sceneMembers[index].compactMap { person in
            let others = (publicScenes[person] ?? []).filter { $0 != index }
            return others.isEmpty ? nil : bridge(person, others, people)
        }.sorted { $0.slug < $1.slug }
    }

    /// People in two or more public scenes, by slug.
    func vaultBridges(people: PeopleIndex) -> [PersonBridge] {
        publicScenes.compactMap { person, scenes in
            scenes.count >= 2 ? bridge(person, scenes, people) : nil
        }.sorted { $0.slug < $1.slug }
    }

    private func bridge(_ person: Int, _ scenes: [Int], _ people: PeopleIndex) -> PersonBridge {
        let identity = people.identities[person]
        return PersonBridge(
            slug: identity.slug, name: identity.name, isPrivate: identity.isPrivate,
            scenes: scenes.map { slugs[$0] })
    }
}
