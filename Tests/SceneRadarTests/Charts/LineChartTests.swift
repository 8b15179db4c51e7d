import XCTest

@testable import SceneRadar

final class LineChartTests: XCTestCase {
    private let w = { ChartWeek(year: $0, week: $1) }

    func testRender_smallInput_matchesGolden() {
        let chart = LineChart(
            id: "l1", title: "Score history of Leeds",
            points: [.init(week: w(2025, 52), value: 40), .init(week: w(2026, 1), value: 55.5)]
        ).render()
        XCTAssertEqual(
            chart.svg,
            #"""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 240" class="chart chart-line" role="img" aria-labelledby="l1-title l1-desc" font-family="system-ui, sans-serif" font-size="12" fill="currentColor">
            <title id="l1-title">Score history of Leeds</title>
            <desc id="l1-desc">Score by ISO week: 2 weeks, 2025-W52 to 2026-W01; latest score 55.5 (2026-W01), lowest 40, highest 55.5.</desc>
            <line x1="40" y1="188" x2="456" y2="188" class="chart-axis" stroke="currentColor" stroke-opacity="0.55"/>
            <text x="34" y="192" class="chart-tick" text-anchor="end" fill-opacity="0.75" font-size="11">0</text>
            <line x1="40" y1="148" x2="456" y2="148" class="chart-grid" stroke="currentColor" stroke-opacity="0.15"/>
            <text x="34" y="152" class="chart-tick" text-anchor="end" fill-opacity="0.75" font-size="11">25</text>
            <line x1="40" y1="108" x2="456" y2="108" class="chart-grid" stroke="currentColor" stroke-opacity="0.15"/>
            <text x="34" y="112" class="chart-tick" text-anchor="end" fill-opacity="0.75" font-size="11">50</text>
            <line x1="40" y1="68" x2="456" y2="68" class="chart-grid" stroke="currentColor" stroke-opacity="0.15"/>
            <text x="34" y="72" class="chart-tick" text-anchor="end" fill-opacity="0.75" font-size="11">75</text>
            <line x1="40" y1="28" x2="456" y2="28" class="chart-grid" stroke="currentColor" stroke-opacity="0.15"/>
            <text x="34" y="32" class="chart-tick" text-anchor="end" fill-opacity="0.75" font-size="11">100</text>
            <text x="6" y="14" class="chart-axis-title">Score</text>
            <line x1="52" y1="188" x2="52" y2="192" class="chart-axis" stroke="currentColor" stroke-opacity="0.55"/>
            <text x="52" y="206" class="chart-tick" text-anchor="middle" fill-opacity="0.75" font-size="11">W52</text>
            <text x="52" y="219" class="chart-tick" text-anchor="middle" fill-opacity="0.75" font-size="11">2025</text>
            <line x1="444" y1="188" x2="444" y2="192" class="chart-axis" stroke="currentColor" stroke-opacity="0.55"/>
            <text x="444" y="206" class="chart-tick" text-anchor="middle" fill-opacity="0.75" font-size="11">W01</text>
            <text x="444" y="219" class="chart-tick" text-anchor="middle" fill-opacity="0.75" font-size="11">2026</text>
            <text x="456" y="234" class="chart-axis-title" text-anchor="end">ISO week</text>
            <polyline class="chart-series chart-series-1" fill="none" stroke="#3182ce" stroke-width="2" stroke-linejoin="round" points="52,124 444,99.2"/>
            <circle class="chart-marker chart-series-1" cx="52" cy="124" r="3" fill="#3182ce"><title>2025-W52: 40</title></circle>
            <circle class="chart-last" cx="444" cy="99.2" r="4.5" fill="#3182ce"><title>2026-W01: 55.5</title></circle>
            <text x="444" y="90.2" class="chart-value" text-anchor="end" font-weight="600">55.5</text>
            </svg>

            """#)
        SVGAssertions.assertValid(chart.svg)
        XCTAssertEqual(chart.table.columns, ["Week", "Score"])
        XCTAssertEqual(chart.table.rows, [["2025-W52", "40.0"], ["2026-W01", "55.5"]])
    }

    func testRender_empty_isACompactNoDataYet() {
        let chart = LineChart(id: "l", title: "Nothing", points: []).render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertEqual(
            chart.svg,
            """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 64" class="chart chart-line" role="img" \
            aria-labelledby="l-title l-desc" font-family="system-ui, sans-serif" font-size="12" fill="currentColor">
            <title id="l-title">Nothing</title>
            <desc id="l-desc">Score by ISO week: no data yet.</desc>
            <text x="240" y="37.6" class="chart-empty" text-anchor="middle" font-size="16" fill-opacity="0.75">\
            no data yet</text>
            </svg>

            """)
    }

    func testRender_onePoint_isCentredAndLabelled() {
        let chart = LineChart(id: "l", title: "One", points: [.init(week: w(2025, 40), value: 22)]).render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertFalse(chart.svg.contains("<polyline"))
        XCTAssertEqual(SVGAssertions.attributes(of: "circle", in: chart.svg).first?["cx"], "248")
        XCTAssertTrue(SVGAssertions.texts(of: "text", in: chart.svg).contains("22"))
    }

    func testRender_flatAndOutOfRangeValues_stayInsideThePlot() {
        let points = [
            WeeklyValue(week: w(2025, 1), value: 50), .init(week: w(2025, 2), value: 50),
            .init(week: w(2025, 3), value: 140), .init(week: w(2025, 4), value: -3),
        ]
        let chart = LineChart(id: "l", title: "Odd", points: points).render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertEqual(
            SVGAssertions.attributes(of: "polyline", in: chart.svg).first?["points"],
            "52,108 182.67,108 313.33,28 444,188")
    }

    func testTicks_thinOutAndShowTheYearWhereItChanges() {
        let start = w(2025, 30).ordinal
        let points = (0..<40).map { WeeklyValue(week: ChartWeek(ordinal: start + $0), value: Double($0)) }
        let texts = SVGAssertions.texts(
            of: "text", in: LineChart(id: "l", title: "t", points: points).render().svg)
        let weekLabels = texts.filter { $0.hasPrefix("W") }
        XCTAssertEqual(weekLabels, ["W30", "W38", "W46", "W02", "W10"])
        XCTAssertEqual(texts.filter { $0 == "2025" || $0 == "2026" }, ["2025", "2026"])
    }

    func testRender_gapInWeeks_isProportionalToTime() {
        let chart = LineChart(
            id: "l", title: "Gap",
            points: [
                .init(week: w(2025, 1), value: 10), .init(week: w(2025, 2), value: 10),
                .init(week: w(2025, 5), value: 10),
            ]
        ).render()
        XCTAssertEqual(
            SVGAssertions.attributes(of: "polyline", in: chart.svg).first?["points"], "52,172 150,172 444,172"
        )
    }

    func testRender_customValueName_isEscapedInAxisAndTable() {
        let chart = LineChart(id: "l", title: "t", valueName: "Room <size>", points: [], maximum: 400)
            .render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertEqual(chart.table.columns, ["Week", "Room <size>"])
        XCTAssertTrue(chart.svg.contains("Room &lt;size&gt; by ISO week"))
    }
}
