/// The scorer's reading of a whole vault (SPEC §4): every scene scored over one window, the
/// people who bridge public scenes, and who works with whom.
public struct RadarAnalysis: Sendable, Hashable {
    /// The radar's "now": the newest log week of the whole vault (private scenes included), never
    /// the wall clock, so builds stay reproducible. `nil` when the vault has no logs.
    public var now: ISOWeek?
    /// How many ISO weeks the window spans, ending at `now` inclusive.
    public var window: Int
    /// The weight of every signal.
    public var weights: [Signal: Double]
    /// Every scene with a profile, by score descending, ties by slug.
    public var scenes: [SceneAnalysis]
    /// People in two or more public scenes, with the scenes they connect, by slug.
    public var bridges: [PersonBridge]
    /// Who works with whom across public scenes.
    public var graph: CollaborationGraph

    /// Creates an analysis.
    public init(
        now: ISOWeek?, window: Int, weights: [Signal: Double], scenes: [SceneAnalysis],
        bridges: [PersonBridge], graph: CollaborationGraph
    ) {
        self.now = now
        self.window = window
        self.weights = weights
        self.scenes = scenes
        self.bridges = bridges
        self.graph = graph
    }

    /// The window's first week, or `nil` when the vault has no logs.
    public var firstWeek: ISOWeek? {
        now?.first(ofWindow: window)
    }

    /// The weight of `signal`.
    public func weight(_ signal: Signal) -> Double {
        weights[signal] ?? 1
    }

    /// The analysis of the scene `slug`.
    public func scene(slug: String) -> SceneAnalysis? {
        scenes.first { $0.slug == slug }
    }
}
