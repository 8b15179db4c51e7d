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
        let window = max(vault.config.window, 1)
        let weights = Dictionary(
            uniqueKeysWithValues: Signal.allCases.map { ($0, max(vault.config.weights[$0] ?? 1, 0)) })
        let now = vault.scenes.compactMap(SceneFacts.newestWeek).max()
        let scenes = vault.scenes.parallelMap { SceneFacts($0, people: people) }.compactMap { $0 }
            .sorted { $0.slug < $1.slug }
        guard let now else {
            let analyses = scenes.map { staleAnalysis(of: $0, weights: weights) }
            return RadarAnalysis(
                now: nil, window: window, weights: weights, scenes: Self.ranked(analyses), bridges: [],
                graph: .empty)
        }
        let end = now.ordinal
        let start = end - window + 1
        // Every scene is tallied and then analysed on its own (with its own scratch slots), so
        // both steps run on every core; only the presence map and the graph are shared.
        let tallies = scenes.parallelMap { scene -> WindowTally in
            var slots = scene.makeSlots()
            return WindowTally(scene.logs(from: start, through: end), slots: &slots)
        }
        let presence = Presence(scenes: scenes, tallies: tallies)
        var graph = CollaborationGraph.Builder()
        for (scene, tally) in zip(scenes, tallies) where scene.isPublic { graph.add(tally) }
        let analyses = Array(scenes.indices).parallelMap { index -> SceneAnalysis in
            let scene = scenes[index]
            let tally = tallies[index]
            var slots = scene.makeSlots()
            let bridges = presence.bridges(ofScene: index, people: people)
            let signals = tally.signals(weights: weights, withEvidence: true)
            return SceneAnalysis(
                slug: scene.slug, name: scene.name, isPublic: scene.isPublic, isStale: tally.logs.isEmpty,
                logWeeks: tally.logs.map(\.week), score: WindowTally.score(of: signals), signals: signals,
                stage: scene.stage(detectedBridges: !bridges.isEmpty),
                phase: Phase.of(signals: signals, majorPress: tally.hasMajorPress),
                majorPress: tally.majorPressEvidence, momentum: tally.momentum(endingAt: now),
                history: history(of: scene, window: window, weights: weights, slots: &slots),
                core: tally.core(people: people), bridges: bridges)
        }
        return RadarAnalysis(
            now: now, window: window, weights: weights, scenes: Self.ranked(analyses),
            bridges: presence.vaultBridges(people: people), graph: graph.finish(people: people))
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
    private static func ranked(_ scenes: [SceneAnalysis]) -> [SceneAnalysis] {
        scenes.sorted { ($1.score, $0.slug) < ($0.score, $1.slug) }
    }
}
