/// The guide's 4-part model of how a scene forms — a tool, a social container, a visual
/// language, bridges outward — as a checklist worth one point each.
public struct Stage: Sendable, Hashable {
    /// A tool or constraint that created the sound is named (`formation.tool`).
    public var tool: Bool
    /// At least one social container, private ones included (`formation.containers`).
    public var container: Bool
    /// A visual language is described (`formation.visuals`).
    public var visuals: Bool
    /// Bridges are typed in `formation.bridges`.
    public var typedBridges: Bool
    /// A person of this scene (in its window logs) also appears in another public scene.
    public var detectedBridges: Bool

    /// Creates a stage.
    public init(tool: Bool, container: Bool, visuals: Bool, typedBridges: Bool, detectedBridges: Bool) {
        self.tool = tool
        self.container = container
        self.visuals = visuals
        self.typedBridges = typedBridges
        self.detectedBridges = detectedBridges
    }

    /// Bridges connect the scene outward: typed or detected.
    public var bridges: Bool { typedBridges || detectedBridges }

    /// 0–4: one point per part of the model present.
    public var points: Int { [tool, container, visuals, bridges].filter { $0 }.count }

    /// No social container: "it may be a trend rather than a scene".
    public var isTrend: Bool { !container }
}
