/// The radar's overview: every scene as a point at (momentum, score).
///
/// x is the momentum value (relative trend per week), clamped to ±``momentumLimit``: a scene beyond
/// it is drawn as a triangle at the edge pointing outwards, its real value in the tooltip and
/// table. y is the score, 0...100. Dividers at momentum 0 and score 50 make four quadrants:
///
/// - **Breaking out** (score ≥ 50, momentum > 0): strong signals and growing.
/// - **Established** (score ≥ 50, momentum ≤ 0): strong signals, no longer growing.
/// - **Emerging** (score < 50, momentum > 0): few signals yet, but growing.
/// - **Cooling** (score < 50, momentum ≤ 0): few signals and not growing.
///
/// A shaded band marks the "steady" range (±``steadyBand``, the scoring stage's growing/fading
/// thresholds). Each point carries its scene's name — nudged deterministically to avoid other labels
/// (see ``LabelPlacer``) — and links to the scene's page. An image (`role="img"`) may not hold
/// links, so the chart keeps the `<svg>` element's own role, a document named by its title and
/// description: its drawing (grid, captions, leaders) is hidden from assistive technology, and
/// each point is a link named by its tooltip. The links have `tabindex="-1"`, out of the tab
/// order: the table's ``ChartTable/rowLinks`` carry the same links, once each, for keyboard users.
public struct QuadrantChart: Sendable, Hashable {
    /// One scene on the chart.
    public struct Scene: Sendable, Hashable {
        /// The scene's display name.
        public var name: String
        /// The score, 0...100 (clamped when drawn). NaN leaves the scene off the chart; any
        /// non-finite value is "n/a" in the table.
        public var score: Double
        /// The momentum value (relative trend per week). NaN leaves the scene off the chart; an
        /// infinity is drawn at the edge like any value beyond ``QuadrantChart/momentumLimit``.
        public var momentum: Double
        /// The link to the scene's page, relative (e.g. `scenes/amapiano-leeds/`) or http(s);
        /// anything else (a `javascript:` URL, say) is dropped and the point is not a link.
        public var href: String?
        /// Whether its momentum is read from too few logs to mean anything yet (see
        /// `Momentum.isTooEarly`): the scene is named "Too early", not by quadrant.
        public var isTooEarly: Bool

        /// Creates a scene point.
        public init(
            name: String, score: Double, momentum: Double, href: String? = nil, isTooEarly: Bool = false
        ) {
            self.name = name
            self.score = score
            self.momentum = momentum
            self.href = href
            self.isTooEarly = isTooEarly
        }
    }

    /// The id prefix for this chart's ids; unique on the page.
    public var id: String
    /// The accessible title, e.g. "All scenes by score and momentum".
    public var title: String
    /// The scenes, in any order (drawn and tabled by score, highest first, then by name).
    public var scenes: [Scene]
    /// The momentum at the chart's left and right edges (drawn as −limit...+limit).
    public var momentumLimit: Double
    /// Half the width of the shaded "steady" band around momentum 0.
    public var steadyBand: Double
    /// How many scenes (the highest-scoring) get a name label on the chart.
    public var maxLabels: Int

    /// Creates a quadrant chart.
    public init(
        id: String, title: String, scenes: [Scene], momentumLimit: Double = 0.5, steadyBand: Double = 0.1,
        maxLabels: Int = 40
    ) {
        self.maxLabels = maxLabels
        self.id = id
        self.title = title
        self.scenes = scenes
        self.momentumLimit = momentumLimit
        self.steadyBand = steadyBand
    }

    /// Renders the chart and its table (columns Scene, Score, Momentum, Quadrant; rows linked).
    ///
    /// - Parameter standalone: true for a `.svg` file, which then carries its own `<style>`.
    public func render(standalone: Bool = false) -> RenderedChart {
        let ordered = orderedScenes
        let frame = ChartFrame(id: id)
        var svg = SVGBuilder(capacity: 2048 + ordered.count * 400)
        let isEmpty = !ordered.contains(where: \.isPlotted)
        let height = isEmpty ? ChartFrame.emptyHeight : Self.height
        frame.open(
            &svg, kind: "quadrant", width: Self.width, height: height, title: title,
            description: description(ordered), standalone: standalone, isImage: false)
        if isEmpty {
            frame.noData(&svg, width: Self.width, height: height)
        } else {
            draw(ordered, into: &svg)
        }
        frame.close(&svg)
        let table = ChartTable(
            caption: ChartText.clean(title), columns: ["Scene", "Score", "Momentum", "Quadrant"],
            rows: ordered.map { scene in
                [
                    ChartText.clean(scene.name),
                    scene.score.isFinite
                        ? ChartNumber.format(scene.score, decimals: 1, trimZeros: false) : "n/a",
                    scene.momentum.isFinite ? ChartNumber.formatSigned(scene.momentum) : "n/a",
                    Self.quadrant(of: scene) ?? "n/a",
                ]
            },
            rowLinks: ordered.map { ChartLink.safe($0.href) })
        return RenderedChart(svg: svg.output, table: table)
    }

    /// The quadrant caption for a scene, nil when it cannot be placed (NaN score or momentum).
    /// A scene whose momentum comes from too few logs is "Too early", and one with no momentum
    /// at all below 50 "Steady", not "Cooling": nothing says either fades.
    public static func quadrant(of scene: Scene) -> String? {
        guard scene.isPlotted else { return nil }
        if scene.isTooEarly { return "Too early" }
        if scene.momentum == 0 && scene.score < 50 { return "Steady" }
        switch (scene.score >= 50, scene.momentum > 0) {
        case (true, true): return "Breaking out"
        case (true, false): return "Established"
        case (false, true): return "Emerging"
        case (false, false): return "Cooling"
        }
    }
}

// MARK: - Order and description

extension QuadrantChart {
    /// Scenes by score (highest first; NaN last), then name, then input order: a stable order for
    /// the drawing, the label placement and the table.
    var orderedScenes: [Scene] {
        scenes.enumerated().sorted { lhs, rhs in
            let left = lhs.element.score.isNaN ? -Double.infinity : lhs.element.score
            let right = rhs.element.score.isNaN ? -Double.infinity : rhs.element.score
            if left != right {
                return left > right
            }
            if lhs.element.name != rhs.element.name {
                return lhs.element.name < rhs.element.name
            }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    var limit: Double {
        momentumLimit.isFinite && momentumLimit > 0 ? momentumLimit : 0.5
    }

    func description(_ ordered: [Scene]) -> String {
        let plotted = ordered.filter(\.isPlotted)
        let bound = ChartNumber.format(limit)
        var text = "Scenes by momentum (x, relative trend per week, from -" + bound + " to +" + bound
        text += "; scenes beyond are drawn at the edge) and score (y, 0 to 100). "
        guard !plotted.isEmpty else { return text + "No data yet." }
        text += String(plotted.count) + (plotted.count == 1 ? " scene: " : " scenes: ")
        var parts: [String] = []
        for caption in ["Breaking out", "Established", "Emerging", "Cooling", "Steady", "Too early"] {
            let count = plotted.filter { Self.quadrant(of: $0) == caption }.count
            if count > 0 {
                parts.append(String(count) + " " + caption.lowercased())
            }
        }
        text += parts.joined(separator: ", ") + "."
        let missing = ordered.count - plotted.count
        if missing > 0 {
            text += " " + String(missing) + " without a score or momentum " + (missing == 1 ? "is" : "are")
            text += " listed in the table only."
        }
        return text
    }
}

extension QuadrantChart.Scene {
    /// Whether the scene can be drawn (both numbers known; infinities are clamped).
    var isPlotted: Bool {
        !score.isNaN && !momentum.isNaN
    }
}
