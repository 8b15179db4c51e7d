/// A horizontal time axis of ISO weeks: positions weeks proportionally to time (gaps stay gaps)
/// and picks a readable set of tick labels (`W44`, with the year under the first tick and under
/// any tick where the year changes).
struct WeekAxis {
    /// One labelled tick.
    struct Tick {
        let week: ChartWeek
        let x: Double
        /// The year to print under the week label, when it starts or changes here.
        let year: Int?
    }

    let firstOrdinal: Int
    let lastOrdinal: Int
    private let scale: ChartScale

    /// Creates an axis spanning `weeks` (any order) across `left...right`.
    init(weeks: [ChartWeek], left: Double, right: Double) {
        let ordinals = weeks.map(\.ordinal)
        firstOrdinal = ordinals.min() ?? 0
        lastOrdinal = ordinals.max() ?? 0
        scale = ChartScale(
            domainStart: Double(firstOrdinal), domainEnd: Double(lastOrdinal), rangeStart: left,
            rangeEnd: right)
    }

    /// The x coordinate of `week`.
    func x(_ week: ChartWeek) -> Double {
        scale(Double(week.ordinal))
    }

    /// The x coordinate of a week ordinal (fractional values allowed).
    func x(ordinal: Double) -> Double {
        scale(ordinal)
    }

    /// Ticks every 1, 2, 4, 8, 13, 26 or 52 weeks from the first week, at most `maxCount` of them.
    func ticks(maxCount: Int) -> [Tick] {
        let span = lastOrdinal - firstOrdinal
        let steps = [1, 2, 4, 8, 13, 26, 52]
        let limit = max(maxCount, 2)
        let step = steps.first { span / $0 + 1 <= limit } ?? (span / (limit - 1) / 52 + 1) * 52
        var ticks: [Tick] = []
        var previousYear: Int?
        var ordinal = firstOrdinal
        while ordinal <= lastOrdinal {
            let week = ChartWeek(ordinal: ordinal)
            ticks.append(
                Tick(
                    week: week, x: x(ordinal: Double(ordinal)),
                    year: week.year != previousYear ? week.year : nil))
            previousYear = week.year
            ordinal += step
        }
        return ticks
    }

    /// Writes the tick labels (week line at baseline `y`, year line below it) and tick marks hanging
    /// from the axis line, which is expected 18 units above `y`.
    func draw(_ svg: inout SVGBuilder, y: Double, maxCount: Int) {
        for tick in ticks(maxCount: maxCount) {
            svg.line(
                x1: tick.x, y1: y - 18, x2: tick.x, y2: y - 14, className: "chart-axis",
                presentation: ChartStyle.axis)
            svg.textElement(
                tick.week.shortLabel, x: tick.x, y: y, className: "chart-tick", anchor: "middle",
                extra: ChartStyle.muted + " font-size=\"11\"")
            if let year = tick.year {
                svg.textElement(
                    String(year), x: tick.x, y: y + 13, className: "chart-tick", anchor: "middle",
                    extra: ChartStyle.muted + " font-size=\"11\"")
            }
        }
    }
}
