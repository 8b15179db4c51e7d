/// Everything the scorer says about one scene, with the evidence behind every number.
public struct SceneAnalysis: Sendable, Hashable {
    /// The scene's folder name.
    public var slug: String
    /// The scene's name.
    public var name: String
    /// Whether the scene is published (private scenes are scored for the curator only).
    public var isPublic: Bool
    /// No log inside the window: the score is 0 and every signal is empty.
    public var isStale: Bool
    /// The weeks of this scene's logs inside the window, oldest first.
    public var logWeeks: [ISOWeek]
    /// 100 × Σ wᵢsᵢ / Σ wᵢ, rounded to one decimal (half away from zero).
    public var score: Double
    /// The seven signals, in `Signal.allCases` order.
    public var signals: [SignalResult]
    /// The 4-part model.
    public var stage: Stage
    /// Underway, about to break, consolidating or forming.
    public var phase: Phase
    /// Major-tier press in the window: what makes the phase "underway".
    public var majorPress: [Evidence]
    /// Growing, steady or fading, with the series behind it.
    public var momentum: Momentum
    /// The score with the window ending at each week this scene has a log, oldest first.
    public var history: [ScorePoint]
    /// People seen in at least two lists within the window, most appearances first, then by name.
    public var core: [CoreMember]
    /// People of this scene who also appear in other public scenes (with those scenes), by slug.
    public var bridges: [PersonBridge]

    /// Creates a scene analysis.
    public init(
        slug: String, name: String, isPublic: Bool, isStale: Bool, logWeeks: [ISOWeek], score: Double,
        signals: [SignalResult], stage: Stage, phase: Phase, majorPress: [Evidence], momentum: Momentum,
        history: [ScorePoint], core: [CoreMember], bridges: [PersonBridge]
    ) {
        self.slug = slug
        self.name = name
        self.isPublic = isPublic
        self.isStale = isStale
        self.logWeeks = logWeeks
        self.score = score
        self.signals = signals
        self.stage = stage
        self.phase = phase
        self.majorPress = majorPress
        self.momentum = momentum
        self.history = history
        self.core = core
        self.bridges = bridges
    }

    /// How many weekly logs of this scene fall inside the window.
    public var logsInWindow: Int { logWeeks.count }

    /// The result for `signal`.
    public func signal(_ signal: Signal) -> SignalResult? {
        signals.first { $0.signal == signal }
    }
}
