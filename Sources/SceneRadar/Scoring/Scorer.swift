/// Scores every scene of a vault on the seven early signals of SPEC §4 and explains each number:
/// signals with evidence, score, stage, phase, momentum, score history, core people, bridges and
/// the collaboration graph. The formulas and every decision are in docs/scoring.md.
///
/// Linear in the size of the vault: each log is resolved once (`LogFacts`), and the window and
/// every point of the score history read those facts.
public struct Scorer: Sendable {
    /// Creates a scorer.
    public init() {}

    /// Analyses `vault`, with every person reference resolved through `people`.
    ///
    /// Scenes whose profile is missing or broken are left out, and logs marked broken are not
    /// read. Private scenes are scored (for the curator) but never feed bridges or the graph.
    public func analyze(_ vault: Vault, people: PeopleIndex) -> RadarAnalysis {
        let setting = ScoringSetting(
            config: vault.config, now: vault.scenes.compactMap(Self.newestWeek).max())
        let presence = PresenceMap(
            scenes: vault.scenes.parallelMap { notes -> PresenceMap.Scene? in
                guard let scene = notes.scene, !scene.header.isBroken else { return nil }
                var members: [Int] = []
                PresenceMap.forEachReference(of: notes, setting: setting) {
                    if let person = people.index(of: $0.pointee.text) { members.append(person) }
                }
                return PresenceMap.Scene(slug: notes.slug, isPublic: scene.isPublic, members: members)
            }.compactMap { $0 })
        // Every scene is analysed on its own core (its facts resolved once, for its analysis
        // and its part of the graph); only the presence map is shared.
        let results = vault.scenes.parallelMap { notes -> (SceneAnalysis, WindowTally?)? in
            guard let scene = SceneFacts(notes, people: people) else { return nil }
            return (
                analyze(scene, setting: setting, people: people, presence: presence),
                graphTally(scene, setting: setting)
            )
        }
        .compactMap { $0 }
        var graph = CollaborationGraph.Builder()
        for tally in results.compactMap(\.1) { graph.add(tally) }
        return RadarAnalysis(
            now: setting.now, window: setting.window, weights: setting.weights,
            scenes: Self.ranked(results.map(\.0)),
            bridges: presence.vaultBridges(people: people),
            graph: setting.now == nil ? .empty : graph.finish(people: people))
    }

    /// Analyses one scene folder within a vault-wide setting: what an incremental build calls
    /// for the scenes it re-renders. `nil` when the profile is missing or broken.
    public func analyze(
        _ notes: Vault.SceneNotes, setting: ScoringSetting, people: PeopleIndex, presence: PresenceMap
    ) -> SceneAnalysis? {
        guard let scene = SceneFacts(notes, people: people) else { return nil }
        return analyze(scene, setting: setting, people: people, presence: presence)
    }

    private func analyze(
        _ scene: SceneFacts, setting: ScoringSetting, people: PeopleIndex, presence: PresenceMap
    ) -> SceneAnalysis {
        guard let now = setting.now else { return staleAnalysis(of: scene, weights: setting.weights) }
        let end = now.ordinal
        var slots = scene.makeSlots()
        let tally = WindowTally(scene.logs(from: end - setting.window + 1, through: end), slots: &slots)
        let bridges = presence.bridges(ofScene: scene.slug, people: people)
        let signals = tally.signals(weights: setting.weights, withEvidence: true, people: people)
        return SceneAnalysis(
            slug: scene.slug, name: scene.name, isPublic: scene.isPublic, isStale: tally.logs.isEmpty,
            logWeeks: tally.logs.map(\.week), score: WindowTally.score(of: signals), signals: signals,
            stage: scene.stage(detectedBridges: !bridges.isEmpty),
            phase: Phase.of(signals: signals, majorPress: tally.hasMajorPress),
            majorPress: tally.majorPressEvidence, momentum: tally.momentum(endingAt: now),
            history: history(of: scene, window: setting.window, weights: setting.weights, slots: &slots),
            core: tally.core(people: people), bridges: bridges)
    }

    /// The newest week among the logs of `notes` that decoded without errors: the vault's "now"
    /// is the newest of these.
    public static func newestWeek(_ notes: Vault.SceneNotes) -> ISOWeek? {
        SceneFacts.newestWeek(notes)
    }

    /// A public scene's window, for the graph of who works with whom across public scenes
    /// (`radar score --format json`); `nil` for a private scene or an empty radar.
    private func graphTally(_ scene: SceneFacts, setting: ScoringSetting) -> WindowTally? {
        guard scene.isPublic, let now = setting.now else { return nil }
        let end = now.ordinal
        var slots = scene.makeSlots()
        return WindowTally(scene.logs(from: end - setting.window + 1, through: end), slots: &slots)
    }

    /// The score with the window ending at each week the scene has a log. The window's start
    /// only moves forward, so one pass over the logs finds every window.
    func history(
        of scene: SceneFacts, window: Int, weights: [Signal: Double], slots: inout Slots
    ) -> [ScorePoint] {
        var first = 0
        var points: [ScorePoint] = []
        points.reserveCapacity(scene.logs.count)
        for last in scene.logs.indices {
            let end = scene.logs[last].ordinal
            while scene.logs[first].ordinal < end - window + 1 { first += 1 }
            let tally = WindowTally(scene.logs[first...last], slots: &slots)
            let signals = tally.signals(weights: weights, withEvidence: false)
            points.append(ScorePoint(week: scene.logs[last].week, score: WindowTally.score(of: signals)))
        }
        return points
    }

    /// A scene in a vault without any log: nothing in the window.
    private func staleAnalysis(of scene: SceneFacts, weights: [Signal: Double]) -> SceneAnalysis {
        var slots = scene.makeSlots()
        let signals = WindowTally([], slots: &slots).signals(weights: weights, withEvidence: true)
        return SceneAnalysis(
            slug: scene.slug, name: scene.name, isPublic: scene.isPublic, isStale: true, logWeeks: [],
            score: 0,
            signals: signals, stage: scene.stage(detectedBridges: false), phase: .forming, majorPress: [],
            momentum: .none, history: [], core: [], bridges: [])
    }

    /// By score descending, ties by slug.
    public static func ranked(_ scenes: [SceneAnalysis]) -> [SceneAnalysis] {
        scenes.sorted { ($1.score, $0.slug) < ($0.score, $1.slug) }
    }
}

/// What every scene of one analysis shares: the radar's "now", the window and the weights.
public struct ScoringSetting: Sendable, Hashable {
    /// The newest log week of the vault (`nil` without logs).
    public var now: ISOWeek?
    /// Weeks in the window (at least 1).
    public var window: Int
    /// Every signal's weight (≥ 0).
    public var weights: [Signal: Double]

    /// The setting for `config` with the given "now".
    public init(config: SiteConfig, now: ISOWeek?) {
        self.now = now
        window = max(config.window, 1)
        weights = Dictionary(
            uniqueKeysWithValues: Signal.allCases.map { ($0, max(config.weights[$0] ?? 1, 0)) })
    }

    /// The window's first week.
    public var firstWeek: ISOWeek? { now?.first(ofWindow: window) }
}
