/// One scene's profile facts and its logs' facts, resolved once.
struct SceneFacts: Sendable {
    var slug: String
    var name: String
    var isPublic: Bool
    /// The folded terms of the profile's `vocabulary`.
    var terms: Set<String>
    var formation: Formation
    /// The people named in `formation.bridges`.
    var typedBridgePeople: [Int]
    /// The valid logs, oldest first.
    var logs: [LogFacts]

    /// The facts of a scene folder, or `nil` when its profile is missing or broken (such a
    /// scene is never published, and without a profile it has no name or visibility).
    init?(_ notes: Vault.SceneNotes, people: PeopleIndex) {
        guard let scene = notes.scene, !scene.header.isBroken else { return nil }
        slug = notes.slug
        name = scene.name.value
        isPublic = scene.isPublic
        terms = Set(scene.vocabulary.map { NameKey.fold($0.value) })
        formation = scene.formation
        typedBridgePeople = scene.formation.bridges.compactMap {
            $0.who.flatMap { people.index(of: $0.text) }
        }
        logs = SceneFacts.validLogs(notes).map { LogFacts($0, people: people) }
    }

    /// The logs that decoded without errors, oldest first.
    static func validLogs(_ notes: Vault.SceneNotes) -> [WeeklyLog] {
        notes.logs.filter { !$0.header.isBroken }.sorted { $0.week < $1.week }
    }

    /// The logs whose week lies in `start...end` (ordinals).
    func logs(from start: Int, through end: Int) -> ArraySlice<LogFacts> {
        logs[firstIndex(atOrAfter: start)..<firstIndex(atOrAfter: end + 1)]
    }

    /// The first index whose log's ordinal is at least `ordinal` (binary search).
    func firstIndex(atOrAfter ordinal: Int) -> Int {
        var low = 0
        var high = logs.count
        while low < high {
            let middle = (low + high) / 2
            if logs[middle].ordinal < ordinal { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The stage with `detectedBridges` as found across public scenes.
    func stage(detectedBridges: Bool) -> Stage {
        Stage(
            tool: !(formation.tool?.value.allSatisfy(\.isWhitespace) ?? true),
            container: !formation.containers.isEmpty, visuals: !formation.visuals.isEmpty,
            typedBridges: !formation.bridges.isEmpty, detectedBridges: detectedBridges)
    }
}
