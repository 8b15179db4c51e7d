/// Whether a scene is growing or fading: "after 4–6 weeks you'll see which scenes are growing
/// (more releases, bigger rooms, more cross-collabs) versus fading" (SPEC §4).
///
/// Each of the three weekly series gets a least-squares slope over the week offsets 0, 1, 2, …,
/// divided by the series' mean so that "one more release a week" and "forty more people a week"
/// are comparable. The value is the average of the normalised slopes of the series whose mean is
/// not 0.
public struct Momentum: Sendable, Hashable {
    /// The direction of a momentum value.
    public enum Trend: String, SchemaEnum {
        /// More releases, bigger rooms, more cross-collabs: above +0.10 per week.
        case growing
        /// Between −0.10 and +0.10 per week.
        case steady
        /// Below −0.10 per week.
        case fading

        /// Above this per-week value a scene is growing; below its negative, fading.
        public static let threshold = 0.10

        /// The trend of `value`, compared unrounded.
        public static func of(_ value: Double) -> Trend {
            value > threshold ? .growing : value < -threshold ? .fading : .steady
        }
    }

    /// The fewest weekly logs in the window for a trend worth reading.
    public static let minimumLogs = 4

    /// The average normalised slope, per week (0 when every series is left out).
    public var value: Double
    /// Growing, steady or fading.
    public var trend: Trend
    /// Fewer than `minimumLogs` weekly logs in the window: the value is computed and exported,
    /// but pages should say "too early".
    public var isTooEarly: Bool
    /// The weeks of the series: from the scene's first log inside the window to the window's end.
    public var weeks: [ISOWeek]
    /// Releases, room size and cross-collabs, in that order.
    public var series: [MomentumSeries]

    /// Creates a momentum.
    public init(value: Double, isTooEarly: Bool, weeks: [ISOWeek], series: [MomentumSeries]) {
        self.value = value
        self.trend = Trend.of(value)
        self.isTooEarly = isTooEarly
        self.weeks = weeks
        self.series = series
    }

    /// A scene without a log in the window: no weeks, value 0, too early.
    public static let none = Momentum(value: 0, isTooEarly: true, weeks: [], series: [])
}

/// One weekly series behind a momentum value.
public struct MomentumSeries: Sendable, Hashable {
    /// Which series.
    public enum Kind: String, SchemaEnum {
        /// Releases first seen that week.
        case releases
        /// The largest attendance among that week's events.
        case roomSize = "room-size"
        /// Distinct pairs of people co-credited on a track or billed on a lineup that week.
        case crossCollabs = "cross-collabs"

        /// The series' name as pages print it.
        public var title: String {
            switch self {
            case .releases: return "releases"
            case .roomSize: return "room size"
            case .crossCollabs: return "cross-collabs"
            }
        }
    }

    /// Which series.
    public var kind: Kind
    /// One value per week of `Momentum.weeks` (0 for a week without a log).
    public var values: [Int]
    /// The least-squares slope over week offsets 0, 1, 2, … (0 for a single week).
    public var slope: Double
    /// The mean of `values`.
    public var mean: Double

    /// Creates a series and fits its slope.
    public init(kind: Kind, values: [Int]) {
        self.kind = kind
        self.values = values
        let fit = LeastSquares.fit(values.map(Double.init))
        self.slope = fit.slope
        self.mean = fit.mean
    }

    /// The slope divided by the mean, or `nil` when the mean is 0 and the series is left out.
    public var normalizedSlope: Double? {
        mean == 0 ? nil : slope / mean
    }

    /// Whether the series is left out of the momentum value (its mean is 0).
    public var isLeftOut: Bool { normalizedSlope == nil }
}

/// The least-squares line through points (0, y₀), (1, y₁), …
enum LeastSquares {
    /// The slope and the mean of `values`; the slope is 0 for fewer than two values.
    static func fit(_ values: [Double]) -> (slope: Double, mean: Double) {
        guard !values.isEmpty else { return (0, 0) }
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        guard values.count > 1 else { return (0, mean) }
        let meanX = (n - 1) / 2
        var numerator = 0.0
        var denominator = 0.0
        for (x, y) in values.enumerated() {
            let dx = Double(x) - meanX
            numerator += dx * (y - mean)
            denominator += dx * dx
        }
        return (numerator / denominator, mean)
    }
}
