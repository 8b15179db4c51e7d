// MARK: - Layout

extension MomentumChart {
    static let width = 480.0
    static let left = 48.0
    static let right = 456.0
    static let panelTop = 36.0
    static let panelHeight = 100.0
    static let plotOffset = 22.0
    static let plotHeight = 60.0

    static func height(panels: Int) -> Double {
        panelTop + Double(panels) * panelHeight + 36
    }
}

// MARK: - Drawing

extension MomentumChart {
    func draw(_ panels: [Panel], into svg: inout SVGBuilder) {
        let order = sortedWeeks
        let axis = WeekAxis(weeks: order.map(\.element), left: Self.left + 10, right: Self.right - 10)
        drawLegend(into: &svg)
        for (index, panel) in panels.enumerated() {
            drawPanel(panel, index: index, weeks: order.map(\.element), axis: axis, into: &svg)
        }
        let axisY =
            Self.panelTop + Double(panels.count - 1) * Self.panelHeight + Self.plotOffset + Self.plotHeight
        axis.draw(&svg, y: axisY + 18, maxCount: 8)
        svg.textElement(
            "ISO week", x: Self.right, y: Self.height(panels: panels.count) - 6,
            className: "chart-axis-title", anchor: "end")
    }

    func drawLegend(into svg: inout SVGBuilder) {
        svg.raw("<g class=\"chart-legend\">\n")
        svg.line(
            x1: Self.left, y1: 14, x2: Self.left + 24, y2: 14, className: "chart-legend-line",
            presentation: " stroke=\"currentColor\" stroke-width=\"2\"")
        svg.raw("<circle cx=\"")
        svg.number(Self.left + 12)
        svg.raw("\" cy=\"14\" r=\"3\"/>\n")
        svg.textElement("weekly value", x: Self.left + 30, y: 18)
        svg.line(
            x1: Self.left + 130, y1: 14, x2: Self.left + 154, y2: 14, className: "chart-legend-line",
            presentation: " stroke=\"currentColor\" stroke-width=\"2\" stroke-dasharray=\"5 3\"")
        svg.textElement("least-squares trend", x: Self.left + 160, y: 18)
        svg.raw("</g>\n")
    }

    func drawPanel(
        _ panel: Panel, index: Int, weeks: [ChartWeek], axis: WeekAxis, into svg: inout SVGBuilder
    ) {
        let top = Self.panelTop + Double(index) * Self.panelHeight
        let plotTop = top + Self.plotOffset
        let plotBottom = plotTop + Self.plotHeight
        let span = Double((weeks.last?.ordinal ?? 0) - (weeks.first?.ordinal ?? 0))
        let trendEnds = panel.trend.map { [$0.value(at: 0), $0.value(at: span)] } ?? []
        let finite = panel.values.filter(\.isFinite)
        let high = ChartScale.niceCeiling((finite + trendEnds).max() ?? 0)
        // The axis starts at 0 unless a value is negative: a trend that dips below 0 is cut at
        // the axis, never drawn as a negative count or room size.
        let lowest = finite.min() ?? 0
        let low = lowest < 0 ? -ChartScale.niceCeiling(-lowest) : 0
        let y = ChartScale(domainStart: low, domainEnd: high, rangeStart: plotBottom, rangeEnd: plotTop)
        let color = ChartStyle.seriesColor(index)
        let seriesClass = ChartStyle.seriesClass(index)

        svg.textElement(
            panel.name, x: Self.left, y: top + 12, className: "chart-label", extra: " font-weight=\"600\"")
        svg.textElement(
            Self.trendCaption(panel.trend), x: Self.right, y: top + 12, className: "chart-caption",
            anchor: "end", extra: ChartStyle.muted)
        // Counts get no half-way gridline that would read "2.5 releases".
        let countsOnly = panel.values.allSatisfy { !$0.isFinite || $0 == $0.rounded(.towardZero) }
        let showHalf = !countsOnly || (high / 2).rounded(.towardZero) == high / 2
        for value in low < 0 ? [low, 0, high] : (showHalf ? [0, high / 2, high] : [0, high]) {
            svg.line(
                x1: Self.left, y1: y(value), x2: Self.right, y2: y(value),
                className: value == 0 ? "chart-axis" : "chart-grid",
                presentation: value == 0 ? ChartStyle.axis : ChartStyle.grid)
            // A label too close to the 0 line's would be drawn over it.
            if value != 0, abs(y(value) - y(0)) < Self.minimumTickGap { continue }
            svg.textElement(
                ChartNumber.format(value), x: Self.left - 6, y: y(value) + 4, className: "chart-tick",
                anchor: "end", extra: ChartStyle.muted + " font-size=\"11\"")
        }
        drawValues(
            panel, index: index, weeks: weeks, axis: axis, y: y, color: color, seriesClass: seriesClass,
            into: &svg)
        if let trend = panel.trend, span > 0, let (start, end) = Self.clip(trend, span: span, to: low...high)
        {
            let first = Double(weeks.first?.ordinal ?? 0)
            svg.line(
                x1: axis.x(ordinal: first + start), y1: y(trend.value(at: start)),
                x2: axis.x(ordinal: first + end), y2: y(trend.value(at: end)),
                className: "chart-trend " + seriesClass,
                presentation: " stroke=\"" + color + "\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"")
        }
    }

    /// The least vertical distance, in pixels, between a tick label and the 0 line's.
    static let minimumTickGap = 12.0

    /// The part of `trend` over weeks `0...span` whose values lie in `range`, as its first and
    /// last week offsets; `nil` when none does.
    static func clip(_ trend: ChartTrend, span: Double, to range: ClosedRange<Double>) -> (Double, Double)? {
        guard trend.slope != 0 else { return range.contains(trend.intercept) ? (0, span) : nil }
        // The line is inside the range between the weeks where it meets its two bounds.
        let meetsLower = (range.lowerBound - trend.intercept) / trend.slope
        let meetsUpper = (range.upperBound - trend.intercept) / trend.slope
        let start = max(0, min(meetsLower, meetsUpper))
        let end = min(span, max(meetsLower, meetsUpper))
        return start <= end ? (start, end) : nil
    }

    func drawValues(
        _ panel: Panel, index: Int, weeks: [ChartWeek], axis: WeekAxis, y: ChartScale, color: String,
        seriesClass: String,
        into svg: inout SVGBuilder
    ) {
        let points = zip(weeks, panel.values).filter { $0.1.isFinite }
        if points.count > 1 {
            svg.raw("<polyline class=\"chart-series " + seriesClass + "\" fill=\"none\" stroke=\"" + color)
            svg.raw("\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"")
            svg.points(points.lazy.map { (axis.x($0.0), y($0.1)) })
            svg.raw("\"/>\n")
        }
        for (week, value) in points {
            drawMarker(
                shape: index % 3, x: axis.x(week), y: y(value), color: color, seriesClass: seriesClass,
                tooltip: (week.label, value), into: &svg)
        }
    }

    /// A circle, square or diamond (by series), so panels differ without colour, titled
    /// `label: value`. Written piece by piece: a build draws tens of thousands of markers.
    func drawMarker(
        shape: Int, x: Double, y: Double, color: String, seriesClass: String,
        tooltip: (label: String, value: Double), into svg: inout SVGBuilder
    ) {
        let element = shape == 1 ? "rect" : shape == 2 ? "path" : "circle"
        svg.raw("<")
        svg.raw(element)
        svg.raw(" class=\"chart-marker ")
        svg.raw(seriesClass)
        svg.raw("\" fill=\"")
        svg.raw(color)
        svg.raw("\"")
        switch shape {
        case 1:
            svg.attribute("x", x - 3)
            svg.attribute("y", y - 3)
            svg.raw(" width=\"6\" height=\"6\">")
        case 2:
            svg.raw(" d=\"M")
            svg.number(x)
            svg.raw(",")
            svg.number(y - 4.5)
            svg.raw(" l4.5,4.5 l-4.5,4.5 l-4.5,-4.5 Z\">")
        default:
            svg.attribute("cx", x)
            svg.attribute("cy", y)
            svg.raw(" r=\"3.5\">")
        }
        svg.raw("<title>")
        svg.text(tooltip.label)
        svg.raw(": ")
        svg.number(tooltip.value)
        svg.raw("</title></")
        svg.raw(element)
        svg.raw(">\n")
    }
}
