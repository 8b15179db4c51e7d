/// A tiny score-history line for a row of the radar's index table; the latest point is marked.
///
/// The y axis is fixed at 0...``maximum`` so sparklines in one table compare at a glance, and x is
/// proportional to time, so a gap in the logs shows as a longer segment. The SVG is sized in `em`
/// (7.5 × 1.75) so it sits in a line of text and scales with it.
public struct Sparkline: Sendable, Hashable {
    /// The id prefix for this chart's ids; unique on the page.
    public var id: String
    /// The accessible title, e.g. "Score history of Amapiano Leeds".
    public var title: String
    /// The weekly values (any order; one per week; non-finite values are skipped in the drawing).
    public var points: [WeeklyValue]
    /// The top of the y axis (100 for scores).
    public var maximum: Double

    /// Creates a sparkline.
    public init(id: String, title: String, points: [WeeklyValue], maximum: Double = 100) {
        self.id = id
        self.title = title
        self.points = points
        self.maximum = maximum
    }

    /// Renders the sparkline and its table (columns Week, Score).
    ///
    /// - Parameter standalone: true for a `.svg` file, which then carries its own `<style>`.
    public func render(standalone: Bool = false) -> RenderedChart {
        let series = WeeklyValue.byWeek(points)
        let table = ChartTable(
            caption: ChartText.clean(title), columns: ["Week", "Score"],
            rows: series.map { [$0.week.label, Self.cell($0.value)] })
        return RenderedChart(svg: svg(series, standalone: standalone), table: table)
    }

    /// The sparkline's `<svg>` alone, for a page that shows no table (the radar's index draws a
    /// thousand of them): the same as `render(standalone:).svg`.
    public func renderSVG(standalone: Bool = false) -> String {
        svg(WeeklyValue.byWeek(points), standalone: standalone)
    }

    private func svg(_ series: [WeeklyValue], standalone: Bool) -> String {
        let frame = ChartFrame(id: id)
        var svg = SVGBuilder(capacity: 1024)
        frame.open(
            &svg, kind: "sparkline", width: Self.width, height: Self.height, title: title,
            description: "Score history: " + WeeklyValue.summary(series, unit: "score"),
            standalone: standalone, size: " width=\"7.5em\" height=\"1.75em\"")
        let drawn = series.filter { $0.value.isFinite }
        if drawn.isEmpty {
            frame.noData(&svg, width: Self.width, height: Self.height, fontSize: 13)
        } else {
            draw(drawn, into: &svg)
        }
        frame.close(&svg)
        return svg.output
    }
}

// MARK: - Drawing

extension Sparkline {
    fileprivate static let width = 120.0
    fileprivate static let height = 28.0
    fileprivate static let inset = 4.0

    fileprivate func draw(_ series: [WeeklyValue], into svg: inout SVGBuilder) {
        let axis = WeekAxis(
            weeks: series.map(\.week), left: Self.inset, right: Self.width - Self.inset)
        let top = maximum.isFinite && maximum > 0 ? maximum : 100
        let y = ChartScale(
            domainStart: 0, domainEnd: top, rangeStart: Self.height - Self.inset, rangeEnd: Self.inset)
        svg.line(
            x1: Self.inset, y1: y(top / 2), x2: Self.width - Self.inset, y2: y(top / 2),
            className: "chart-grid", presentation: ChartStyle.grid)
        if series.count > 1 {
            svg.raw("<polyline class=\"chart-series chart-series-1\" fill=\"none\" stroke=\"")
            svg.raw(ChartStyle.seriesColor(0))
            svg.raw("\" stroke-width=\"1.5\" stroke-linejoin=\"round\" stroke-linecap=\"round\" points=\"")
            svg.points(series.lazy.map { (axis.x($0.week), y($0.value)) })
            svg.raw("\"/>\n")
        }
        if let last = series.last {
            svg.raw("<circle class=\"chart-last\"")
            svg.attribute("cx", axis.x(last.week))
            svg.attribute("cy", y(last.value))
            svg.raw(" r=\"2.5\" fill=\"")
            svg.raw(ChartStyle.seriesColor(0))
            svg.raw("\"/>\n")
        }
    }

    fileprivate static func cell(_ value: Double) -> String {
        value.isFinite ? ChartNumber.format(value, decimals: 1, trimZeros: false) : "n/a"
    }
}
