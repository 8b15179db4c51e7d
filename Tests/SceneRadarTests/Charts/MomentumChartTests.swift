import XCTest

@testable import SceneRadar

final class MomentumChartTests: XCTestCase {
    private let w = { ChartWeek(year: $0, week: $1) }

    func testRender_smallInput_matchesGolden() {
        let chart = MomentumChart(
            id: "m1", title: "Momentum of Leeds", weeks: [w(2025, 52), w(2026, 1), w(2026, 2)],
            series: [
                .init(name: "Releases", values: [1, 2, 4]), .init(name: "Room size", values: [0, 0, 0]),
            ]
        ).render()
        XCTAssertEqual(
            chart.svg,
            #"""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 272" class="chart chart-momentum" role="img" aria-labelledby="m1-title m1-desc" font-family="system-ui, sans-serif" font-size="12" fill="currentColor">
            <title id="m1-title">Momentum of Leeds</title>
            <desc id="m1-desc">Weekly releases and room size over 3 weeks (2025-W52 to 2026-W02), each with its least-squares trend relative to its mean: releases trend +0.64 per week; room size mean 0: left out of momentum.</desc>
            <g class="chart-legend">
            <line x1="48" y1="14" x2="72" y2="14" class="chart-legend-line" stroke="currentColor" stroke-width="2"/>
            <circle cx="60" cy="14" r="3"/>
            <text x="78" y="18">weekly value</text>
            <line x1="178" y1="14" x2="202" y2="14" class="chart-legend-line" stroke="currentColor" stroke-width="2" stroke-dasharray="5 3"/>
            <text x="208" y="18">least-squares trend</text>
            </g>
            <text x="48" y="48" class="chart-label" font-weight="600">Releases</text>
            <text x="456" y="48" class="chart-caption" text-anchor="end" fill-opacity="0.75">trend +0.64 per week</text>
            <line x1="48" y1="118" x2="456" y2="118" class="chart-axis" stroke="currentColor" stroke-opacity="0.55"/>
            <text x="42" y="122" class="chart-tick" text-anchor="end" fill-opacity="0.75" font-size="11">0</text>
            <line x1="48" y1="88" x2="456" y2="88" class="chart-grid" stroke="currentColor" stroke-opacity="0.15"/>
            <text x="42" y="92" class="chart-tick" text-anchor="end" fill-opacity="0.75" font-size="11">2</text>
            <line x1="48" y1="58" x2="456" y2="58" class="chart-grid" stroke="currentColor" stroke-opacity="0.15"/>
            <text x="42" y="62" class="chart-tick" text-anchor="end" fill-opacity="0.75" font-size="11">4</text>
            <polyline class="chart-series chart-series-1" fill="none" stroke="#3182ce" stroke-width="2" stroke-linejoin="round" points="58,103 252,88 446,58"/>
            <circle class="chart-marker chart-series-1" fill="#3182ce" cx="58" cy="103" r="3.5"><title>2025-W52: 1</title></circle>
            <circle class="chart-marker chart-series-1" fill="#3182ce" cx="252" cy="88" r="3.5"><title>2026-W01: 2</title></circle>
            <circle class="chart-marker chart-series-1" fill="#3182ce" cx="446" cy="58" r="3.5"><title>2026-W02: 4</title></circle>
            <line x1="58" y1="105.5" x2="446" y2="60.5" class="chart-trend chart-series-1" stroke="#3182ce" stroke-width="1.5" stroke-dasharray="5 3"/>
            <text x="48" y="148" class="chart-label" font-weight="600">Room size</text>
            <text x="456" y="148" class="chart-caption" text-anchor="end" fill-opacity="0.75">mean 0: left out of momentum</text>
            <line x1="48" y1="218" x2="456" y2="218" class="chart-axis" stroke="currentColor" stroke-opacity="0.55"/>
            <text x="42" y="222" class="chart-tick" text-anchor="end" fill-opacity="0.75" font-size="11">0</text>
            <line x1="48" y1="158" x2="456" y2="158" class="chart-grid" stroke="currentColor" stroke-opacity="0.15"/>
            <text x="42" y="162" class="chart-tick" text-anchor="end" fill-opacity="0.75" font-size="11">1</text>
            <polyline class="chart-series chart-series-2" fill="none" stroke="#dd6b20" stroke-width="2" stroke-linejoin="round" points="58,218 252,218 446,218"/>
            <rect class="chart-marker chart-series-2" fill="#dd6b20" x="55" y="215" width="6" height="6"><title>2025-W52: 0</title></rect>
            <rect class="chart-marker chart-series-2" fill="#dd6b20" x="249" y="215" width="6" height="6"><title>2026-W01: 0</title></rect>
            <rect class="chart-marker chart-series-2" fill="#dd6b20" x="443" y="215" width="6" height="6"><title>2026-W02: 0</title></rect>
            <line x1="58" y1="218" x2="446" y2="218" class="chart-trend chart-series-2" stroke="#dd6b20" stroke-width="1.5" stroke-dasharray="5 3"/>
            <line x1="58" y1="218" x2="58" y2="222" class="chart-axis" stroke="currentColor" stroke-opacity="0.55"/>
            <text x="58" y="236" class="chart-tick" text-anchor="middle" fill-opacity="0.75" font-size="11">W52</text>
            <text x="58" y="249" class="chart-tick" text-anchor="middle" fill-opacity="0.75" font-size="11">2025</text>
            <line x1="252" y1="218" x2="252" y2="222" class="chart-axis" stroke="currentColor" stroke-opacity="0.55"/>
            <text x="252" y="236" class="chart-tick" text-anchor="middle" fill-opacity="0.75" font-size="11">W01</text>
            <text x="252" y="249" class="chart-tick" text-anchor="middle" fill-opacity="0.75" font-size="11">2026</text>
            <line x1="446" y1="218" x2="446" y2="222" class="chart-axis" stroke="currentColor" stroke-opacity="0.55"/>
            <text x="446" y="236" class="chart-tick" text-anchor="middle" fill-opacity="0.75" font-size="11">W02</text>
            <text x="456" y="266" class="chart-axis-title" text-anchor="end">ISO week</text>
            </svg>

            """#)
        SVGAssertions.assertValid(chart.svg)
        XCTAssertEqual(
            chart.table,
            ChartTable(
                caption: "Momentum of Leeds", columns: ["Week", "Releases", "Room size"],
                rows: [
                    ["2025-W52", "1", "0"], ["2026-W01", "2", "0"], ["2026-W02", "4", "0"],
                    ["Trend per week (slope ÷ mean)", "+0.64", "left out (mean 0)"],
                ]))
    }

    func testRender_threeSeries_useThreeMarkerShapesAndALegend() {
        let chart = MomentumChart(
            id: "m", title: "t", weeks: ChartSamples.momentumWeeks, series: ChartSamples.momentumSeries
        ).render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertEqual(SVGAssertions.attributes(of: "rect", in: chart.svg).count, 10)
        XCTAssertEqual(SVGAssertions.attributes(of: "path", in: chart.svg).count, 10)
        XCTAssertEqual(SVGAssertions.attributes(of: "circle", in: chart.svg).count, 11)
        let texts = SVGAssertions.texts(of: "text", in: chart.svg)
        XCTAssertTrue(texts.contains("weekly value"))
        XCTAssertTrue(texts.contains("least-squares trend"))
        let trends = SVGAssertions.attributes(of: "line", in: chart.svg).filter {
            $0["class"]?.hasPrefix("chart-trend") == true
        }
        XCTAssertEqual(trends.count, 3)
        XCTAssertTrue(trends.allSatisfy { $0["stroke-dasharray"] == "5 3" })
    }

    func testTrend_matchesTheScoringDefinition() {
        // Releases 1, 0, 2, 1, 3, 2, 4, 3, 5, 4: slope 37.5 / 82.5 = 0.4545…, mean 2.5 → +0.18 per week.
        let chart = MomentumChart(
            id: "m", title: "t", weeks: ChartSamples.momentumWeeks, series: [ChartSamples.momentumSeries[0]]
        ).render()
        XCTAssertEqual(chart.table.rows.last, ["Trend per week (slope ÷ mean)", "+0.18"])
    }

    func testRender_unsortedWeeks_areDrawnInOrderWithTheirValues() {
        let sorted = MomentumChart(
            id: "m", title: "t", weeks: [w(2025, 1), w(2025, 2), w(2025, 3)],
            series: [.init(name: "A", values: [1, 2, 3])]
        ).render()
        let shuffled = MomentumChart(
            id: "m", title: "t", weeks: [w(2025, 3), w(2025, 1), w(2025, 2)],
            series: [.init(name: "A", values: [3, 1, 2])]
        ).render()
        XCTAssertEqual(sorted, shuffled)
    }

    func testRender_shortSeries_missingWeeksAreNA() {
        let chart = MomentumChart(
            id: "m", title: "t", weeks: [w(2025, 1), w(2025, 2), w(2025, 3)],
            series: [.init(name: "A", values: [2]), .init(name: "B", values: [1, .nan, 3, 9])]
        ).render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertEqual(
            chart.table.rows,
            [
                ["2025-W01", "2", "1"], ["2025-W02", "n/a", "n/a"], ["2025-W03", "n/a", "3"],
                ["Trend per week (slope ÷ mean)", "0", "+0.5"],
            ])
    }

    func testRender_emptyInputs_sayNoDataYet() {
        for chart in [
            MomentumChart(id: "m", title: "t", weeks: [], series: [.init(name: "A", values: [])]),
            MomentumChart(id: "m", title: "t", weeks: [w(2025, 1)], series: []),
        ] {
            let rendered = chart.render()
            SVGAssertions.assertValid(rendered.svg)
            XCTAssertEqual(SVGAssertions.texts(of: "text", in: rendered.svg), ["no data yet"])
        }
    }

    func testRender_oneWeek_hasNoTrendLine() {
        let chart = MomentumChart(
            id: "m", title: "t", weeks: [w(2025, 1)], series: [.init(name: "A", values: [3])]
        ).render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertFalse(chart.svg.contains("chart-trend"))
        XCTAssertEqual(chart.table.rows.last, ["Trend per week (slope ÷ mean)", "0"])
    }

    /// A count never goes below 0: a trend that would is cut where it meets the axis, and the
    /// scale does not grow a negative tick (whose label would sit on the 0's).
    func testRender_negativeTrend_isCutAtTheAxis() throws {
        let chart = MomentumChart(
            id: "m", title: "t", weeks: (1...4).map { w(2025, $0) },
            series: [.init(name: "A", values: [6, 0, 0, 0])]
        ).render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertFalse(SVGAssertions.texts(of: "text", in: chart.svg).contains { $0.hasPrefix("-") })
        let lines = SVGAssertions.attributes(of: "line", in: chart.svg)
        let axis = try XCTUnwrap(lines.first { $0["class"] == "chart-axis" })
        let trend = try XCTUnwrap(lines.first { $0["class"]?.hasPrefix("chart-trend") == true })
        // Slope −1.8, intercept 4.2: the line meets 0 at 4.2 / 1.8 = 2.33 weeks, before the end.
        XCTAssertEqual(trend["y2"], axis["y1"])
        let x = { (line: [String: String], key: String) in Double(line[key] ?? "") ?? .nan }
        let weekWidth = (x(axis, "x2") - x(axis, "x1")) / 3
        XCTAssertLessThan(x(trend, "x2"), x(axis, "x2") - weekWidth / 2)
        XCTAssertEqual(chart.table.rows.last, ["Trend per week (slope ÷ mean)", "-1.2"])
    }

    func testClip_keepsThePartOfTheTrendInsideTheRange() throws {
        let falling = try XCTUnwrap(ChartTrend(xs: [0, 1, 2, 3], ys: [6, 0, 0, 0]))
        let (start, end) = try XCTUnwrap(MomentumChart.clip(falling, span: 3, to: 0...10))
        XCTAssertEqual(start, 0)
        XCTAssertEqual(end, 4.2 / 1.8, accuracy: 1e-9)
        let flat = try XCTUnwrap(ChartTrend(xs: [0, 1], ys: [2, 2]))
        XCTAssertNil(MomentumChart.clip(flat, span: 1, to: 3...4))
        XCTAssertEqual(MomentumChart.clip(flat, span: 1, to: 0...4)?.1, 1)
    }

    func testRender_hostileSeriesNames_areEscaped() {
        let chart = MomentumChart(
            id: "m", title: "<t>", weeks: [w(2025, 1)], series: [.init(name: "a]]>b--c\"", values: [1])]
        ).render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertTrue(chart.svg.contains(">a]]&gt;b--c&quot;</text>"))
        XCTAssertEqual(SVGAssertions.texts(of: "title", in: chart.svg).first, "<t>")
    }
}
