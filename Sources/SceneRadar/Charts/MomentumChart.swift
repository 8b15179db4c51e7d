/// The momentum chart of a scene page: the weekly series behind momentum (releases, room size,
/// cross-collabs) as small multiples sharing one week axis, each panel with its own y scale, its
/// least-squares trend line (dashed) and the trend relative to the series' mean — the number the
/// momentum value averages (a series with mean 0 is left out, as in scoring).
///
/// Panels differ in colour and in marker shape (circle, square, diamond), so they read without
/// colour; a legend explains solid (weekly value) versus dashed (trend).
public struct MomentumChart: Sendable, Hashable {
    /// One weekly series.
    public struct Series: Sendable, Hashable {
        /// The series' name, e.g. "Releases".
        public var name: String
        /// One value per week, aligned with ``MomentumChart/weeks`` (missing or non-finite values
        /// are skipped in the drawing and the trend).
        public var values: [Double]

        /// Creates a series.
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// The id prefix for this chart's ids; unique on the page.
    public var id: String
    /// The accessible title, e.g. "Momentum of Amapiano Leeds".
    public var title: String
    /// The weeks, one per value (normally consecutive; a week without a log has value 0).
    public var weeks: [ChartWeek]
    /// The series, one panel each, top to bottom.
    public var series: [Series]

    /// Creates a momentum chart.
    public init(id: String, title: String, weeks: [ChartWeek], series: [Series]) {
        self.id = id
        self.title = title
        self.weeks = weeks
        self.series = series
    }

    /// Renders the chart and its table: a Week column and one column per series, one row per week,
    /// and a last row with each series' relative trend per week.
    ///
    /// - Parameter standalone: true for a `.svg` file, which then carries its own `<style>`.
    public func render(standalone: Bool = false) -> RenderedChart {
        let panels = self.panels
        let isEmpty = panels.isEmpty || weeks.isEmpty
        let height = isEmpty ? ChartFrame.emptyHeight : Self.height(panels: panels.count)
        let frame = ChartFrame(id: id)
        var svg = SVGBuilder(capacity: 6144)
        frame.open(
            &svg, kind: "momentum", width: Self.width, height: height, title: title,
            description: description(panels), standalone: standalone)
        if isEmpty {
            frame.noData(&svg, width: Self.width, height: height)
        } else {
            draw(panels, into: &svg)
        }
        frame.close(&svg)
        return RenderedChart(svg: svg.output, table: table(panels))
    }
}

// MARK: - Data

extension MomentumChart {
    /// A series prepared for drawing: values re-ordered to follow ``sortedWeeks``, and its trend.
    struct Panel {
        let name: String
        let values: [Double]
        /// Week offsets from the first week (x of the least-squares fit).
        let trend: ChartTrend?
    }

    /// Week indices sorted by week (stable), so unsorted input draws left to right.
    var sortedWeeks: [(offset: Int, element: ChartWeek)] {
        weeks.enumerated().sorted { ($0.element, $0.offset) < ($1.element, $1.offset) }
    }

    var panels: [Panel] {
        let order = sortedWeeks
        let first = order.first?.element.ordinal ?? 0
        return series.map { series in
            let values = order.map { $0.offset < series.values.count ? series.values[$0.offset] : .nan }
            var xs: [Double] = []
            var ys: [Double] = []
            for (index, value) in values.enumerated() where value.isFinite {
                xs.append(Double(order[index].element.ordinal - first))
                ys.append(value)
            }
            return Panel(
                name: ChartText.clean(series.name), values: values, trend: ChartTrend(xs: xs, ys: ys))
        }
    }

    /// The panel caption: "trend +0.12 per week", or why there is no trend.
    static func trendCaption(_ trend: ChartTrend?) -> String {
        guard let trend else { return "no data" }
        guard let relative = trend.relative else { return "mean 0: left out of momentum" }
        return "trend " + ChartNumber.formatSigned(relative) + " per week"
    }

    /// The table cell: "+0.12", or why there is no trend.
    static func trendCell(_ trend: ChartTrend?) -> String {
        guard let trend else { return "n/a" }
        guard let relative = trend.relative else { return "left out (mean 0)" }
        return ChartNumber.formatSigned(relative)
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    func description(_ panels: [Panel]) -> String {
        let order = sortedWeeks
        guard let first = order.first?.element, let last = order.last?.element, !panels.isEmpty else {
            return "Weekly series behind momentum: no data yet."
        }
        var text = "Weekly " + Self.list(panels.map { ChartText.isolated($0.name.lowercased()) })
        text += " over " + String(order.count) + (order.count == 1 ? " week" : " weeks")
        text += " (" + (first == last ? first.label : first.label + " to " + last.label) + "), "
        text += "each with its least-squares trend relative to its mean: "
        text += panels.map { ChartText.isolated($0.name.lowercased()) + " " + Self.trendCaption($0.trend) }
            .joined(separator: "; ")
        return text + "."
    }

    func table(_ panels: [Panel]) -> ChartTable {
        let order = sortedWeeks
        var rows: [[String]] = []
        for (row, week) in order.enumerated() {
            rows.append(
                [week.element.label]
                    + panels.map { $0.values[row].isFinite ? ChartNumber.format($0.values[row]) : "n/a" })
        }
        if !order.isEmpty {
            rows.append(["Trend per week (slope ÷ mean)"] + panels.map { Self.trendCell($0.trend) })
        }
        return ChartTable(
            caption: ChartText.clean(title), columns: ["Week"] + panels.map(\.name), rows: rows)
    }
}
