import XCTest

@testable import SceneRadar

final class SparklineTests: XCTestCase {
    private let w = { ChartWeek(year: $0, week: $1) }

    func testRender_smallInput_matchesGolden() {
        let chart = Sparkline(
            id: "s1", title: "Score history of Leeds",
            points: [
                .init(week: w(2025, 51), value: 40), .init(week: w(2025, 52), value: 55.5),
                .init(week: w(2026, 2), value: 61.25),
            ]
        ).render()
        XCTAssertEqual(
            chart.svg,
            #"""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 28" width="7.5em" height="1.75em" class="chart chart-sparkline" role="img" aria-labelledby="s1-title s1-desc" font-family="system-ui, sans-serif" font-size="12" fill="currentColor">
            <title id="s1-title">Score history of Leeds</title>
            <desc id="s1-desc">Score history: 3 logged weeks, 2025-W51 to 2026-W02; latest score 61.3 (2026-W02), lowest 40, highest 61.3.</desc>
            <line x1="4" y1="14" x2="116" y2="14" class="chart-grid" stroke="currentColor" stroke-opacity="0.15"/>
            <polyline class="chart-series chart-series-1" fill="none" stroke="#3182ce" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round" points="4,16 41.33,12.9 116,11.75"/>
            <circle class="chart-last" cx="116" cy="11.75" r="2.5" fill="#3182ce"/>
            </svg>

            """#)
        SVGAssertions.assertValid(chart.svg)
        XCTAssertEqual(
            chart.table,
            ChartTable(
                caption: "Score history of Leeds", columns: ["Week", "Score"],
                rows: [["2025-W51", "40.0"], ["2025-W52", "55.5"], ["2026-W02", "61.3"]]))
    }

    func testRender_empty_saysNoDataYet() {
        let chart = Sparkline(id: "s", title: "Nothing", points: []).render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertEqual(SVGAssertions.texts(of: "text", in: chart.svg), ["no data yet"])
        XCTAssertEqual(SVGAssertions.texts(of: "desc", in: chart.svg), ["Score history: no data yet."])
        XCTAssertEqual(chart.table.rows, [])
    }

    func testRender_onePoint_marksItWithoutALine() {
        let chart = Sparkline(id: "s", title: "One", points: [.init(week: w(2025, 3), value: 50)]).render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertFalse(chart.svg.contains("<polyline"))
        XCTAssertEqual(SVGAssertions.attributes(of: "circle", in: chart.svg).first?["cx"], "60")
        XCTAssertEqual(SVGAssertions.attributes(of: "circle", in: chart.svg).first?["cy"], "14")
    }

    func testRender_flatValues_drawAHorizontalLine() {
        let points = (1...4).map { WeeklyValue(week: w(2025, $0), value: 30) }
        let chart = Sparkline(id: "s", title: "Flat", points: points).render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertEqual(
            SVGAssertions.attributes(of: "polyline", in: chart.svg).first?["points"],
            "4,18 41.33,18 78.67,18 116,18")
    }

    func testRender_nonFiniteValues_areSkippedAndShownAsNA() {
        let chart = Sparkline(
            id: "s", title: "Gaps",
            points: [
                .init(week: w(2025, 1), value: .nan), .init(week: w(2025, 2), value: 10),
                .init(week: w(2025, 3), value: .infinity), .init(week: w(2025, 4), value: 20),
            ]
        ).render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertEqual(
            SVGAssertions.attributes(of: "polyline", in: chart.svg).first?["points"], "4,22 116,20")
        XCTAssertEqual(chart.table.rows.map(\.last), ["n/a", "10.0", "n/a", "20.0"])
        XCTAssertFalse(chart.svg.contains("nan"))
    }

    func testRenderSVG_isTheRenderedChartsSVG() {
        let points = (1...10).map { WeeklyValue(week: w(2025, 11 - $0), value: Double($0 * 7 % 10) * 9.5) }
        for standalone in [false, true] {
            for chart in [
                Sparkline(id: "s", title: "t <&>", points: points),
                Sparkline(id: "e", title: "empty", points: []),
            ] {
                XCTAssertEqual(
                    chart.renderSVG(standalone: standalone), chart.render(standalone: standalone).svg)
            }
        }
    }

    func testRender_isDeterministic() {
        let points = (1...10).map { WeeklyValue(week: w(2025, 11 - $0), value: Double($0 * 7 % 10) * 9.5) }
        let first = Sparkline(id: "s", title: "t", points: points).render()
        let second = Sparkline(id: "s", title: "t", points: points.reversed()).render()
        XCTAssertEqual(first, second)
    }
}
