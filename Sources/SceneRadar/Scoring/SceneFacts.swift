/// One scene's profile facts and its logs' facts, resolved once.
struct SceneFacts: Sendable {
    var slug: String
    var name: String
    var isPublic: Bool
    var formation: Formation
    /// The people named in `formation.bridges`.
    var typedBridgePeople: [Int]
    /// The valid logs, oldest first.
    var logs: [LogFacts]
    /// Empty slots sized for the ids given to the scene's repeated things.
    private var emptySlots: Slots

    /// The facts of a scene folder, or `nil` when its profile is missing or broken (such a
    /// scene is never published, and without a profile it has no name or visibility).
    init?(_ notes: Vault.SceneNotes, people: PeopleIndex) {
        guard let scene = notes.scene, !scene.header.isBroken else { return nil }
        slug = notes.slug
        name = scene.name.value
        isPublic = scene.isPublic
        formation = scene.formation
        typedBridgePeople = scene.formation.bridges.compactMap {
            $0.who.flatMap { people.index(of: $0.text) }
        }
        let terms = Set(scene.vocabulary.map { NameKey.fold($0.value) })
        var ids = Interner()
        var logs: [LogFacts] = []
        logs.reserveCapacity(notes.logs.count)
        for log in notes.logs where !log.header.isBroken {
            logs.append(LogFacts(log, people: people, sceneTerms: terms, ids: &ids))
        }
        // The vault lists logs oldest first (one per week); sort only if a caller did not.
        if !zip(logs, logs.dropFirst()).allSatisfy({ $0.ordinal < $1.ordinal }) {
            logs.sort { $0.ordinal < $1.ordinal }
        }
        self.logs = logs
        emptySlots = Slots(ids)
    }

    /// The newest week among the logs of `notes` that decoded without errors.
    static func newestWeek(_ notes: Vault.SceneNotes) -> ISOWeek? {
        var newest: ISOWeek?
        for log in notes.logs where !log.header.isBroken && newest.map({ log.week > $0 }) ?? true {
            newest = log.week
        }
        return newest
    }

    /// Empty scratch slots for this scene's windows.
    func makeSlots() -> Slots { emptySlots }

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
