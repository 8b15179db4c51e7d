/// A weekly line chart, used for a scene's score history: x = ISO weeks (proportional to time,
/// labelled `W44` with the year where it starts or changes), y = 0...``maximum`` with gridlines at
/// quarters; every point is marked (with a tooltip) and the latest one is labelled with its value.
public struct LineChart: Sendable, Hashable {
    /// The id prefix for this chart's ids; unique on the page.
    public var id: String
    /// The accessible title, e.g. "Score history of Amapiano Leeds".
    public var title: String
    /// What the values are, for the y axis, the table header and the description (e.g. "Score").
    public var valueName: String
    /// The weekly values (any order; one per week; non-finite values are skipped in the drawing).
    public var points: [WeeklyValue]
    /// The top of the y axis (100 for scores); values are clamped into 0...maximum when drawn.
    public var maximum: Double

    /// Creates a line chart.
    public init(
        id: String, title: String, valueName: String = "Score", points: [WeeklyValue],
        maximum: Double = 100
    ) {
        self.id = id
        self.title = title
        self.valueName = valueName
        self.points = points
        self.maximum = maximum
    }

    /// Renders the chart and its table (columns Week and ``valueName``).
    ///
    /// - Parameter standalone: true for a `.svg` file, which then carries its own `<style>`.
    public func render(standalone: Bool = false) -> RenderedChart {
        let series = WeeklyValue.byWeek(points)
        let name = ChartText.clean(valueName)
        let frame = ChartFrame(id: id)
        var svg = SVGBuilder(capacity: 4096)
        let drawn = series.filter { $0.value.isFinite }
        let height = drawn.isEmpty ? ChartFrame.emptyHeight : Self.height
        frame.open(
            &svg, kind: "line", width: Self.width, height: height, title: title,
            description: name + " by ISO week: "
                + WeeklyValue.summary(series, unit: ChartText.isolated(name.lowercased())),
            standalone: standalone)
        if drawn.isEmpty {
            frame.noData(&svg, width: Self.width, height: height)
        } else {
            draw(drawn, name: name, into: &svg)
        }
        frame.close(&svg)
        let table = ChartTable(
            caption: ChartText.clean(title), columns: ["Week", name],
            rows: series.map { [$0.week.label, Self.cell($0.value)] })
        return RenderedChart(svg: svg.output, table: table)
    }
}

// MARK: - Drawing

extension LineChart {
    fileprivate static let width = 480.0
    fileprivate static let height = 240.0
    fileprivate static let left = 40.0
    fileprivate static let right = 456.0
    fileprivate static let top = 28.0
    fileprivate static let bottom = 188.0

    fileprivate var top: Double {
        maximum.isFinite && maximum > 0 ? maximum : 100
    }

    fileprivate func draw(_ series: [WeeklyValue], name: String, into svg: inout SVGBuilder) {
        let axis = WeekAxis(weeks: series.map(\.week), left: Self.left + 12, right: Self.right - 12)
        let y = ChartScale(domainStart: 0, domainEnd: top, rangeStart: Self.bottom, rangeEnd: Self.top)
        drawFrame(axis: axis, y: y, name: name, into: &svg)
        if series.count > 1 {
            svg.raw("<polyline class=\"chart-series chart-series-1\" fill=\"none\" stroke=\"")
            svg.raw(ChartStyle.seriesColor(0))
            svg.raw("\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"")
            svg.points(series.lazy.map { (axis.x($0.week), y($0.value)) })
            svg.raw("\"/>\n")
        }
        for (index, point) in series.enumerated() {
            let isLast = index == series.count - 1
            svg.raw(isLast ? "<circle class=\"chart-last\"" : "<circle class=\"chart-marker chart-series-1\"")
            svg.attribute("cx", axis.x(point.week))
            svg.attribute("cy", y(point.value))
            svg.raw(isLast ? " r=\"4.5\"" : " r=\"3\"")
            svg.raw(" fill=\"")
            svg.raw(ChartStyle.seriesColor(0))
            svg.raw("\"><title>")
            svg.text(point.week.label + ": " + ChartNumber.format(point.value, decimals: 1))
            svg.raw("</title></circle>\n")
        }
        if let last = series.last {
            drawLastValue(last, x: axis.x(last.week), y: y(last.value), into: &svg)
        }
    }

    fileprivate func drawFrame(axis: WeekAxis, y: ChartScale, name: String, into svg: inout SVGBuilder) {
        for quarter in 0...4 {
            let value = top * Double(quarter) / 4
            svg.line(
                x1: Self.left, y1: y(value), x2: Self.right, y2: y(value),
                className: quarter == 0 ? "chart-axis" : "chart-grid",
                presentation: quarter == 0 ? ChartStyle.axis : ChartStyle.grid)
            svg.textElement(
                ChartNumber.format(value, decimals: 1), x: Self.left - 6, y: y(value) + 4,
                className: "chart-tick", anchor: "end", extra: ChartStyle.muted + " font-size=\"11\"")
        }
        svg.textElement(name, x: 6, y: 14, className: "chart-axis-title")
        axis.draw(&svg, y: Self.bottom + 18, maxCount: 8)
        svg.textElement(
            "ISO week", x: Self.right, y: Self.height - 6, className: "chart-axis-title", anchor: "end")
    }

    fileprivate func drawLastValue(_ point: WeeklyValue, x: Double, y: Double, into svg: inout SVGBuilder) {
        let anchor = x > Self.right - 30 ? "end" : (x < Self.left + 30 ? "start" : "middle")
        let labelY = y < Self.top + 16 ? y + 18 : y - 9
        svg.textElement(
            ChartNumber.format(point.value, decimals: 1), x: x, y: labelY, className: "chart-value",
            anchor: anchor, extra: " font-weight=\"600\"")
    }

    fileprivate static func cell(_ value: Double) -> String {
        value.isFinite ? ChartNumber.format(value, decimals: 1, trimZeros: false) : "n/a"
    }
}
