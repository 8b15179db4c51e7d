import XCTest

@testable import SceneRadar

final class SignalRadarChartTests: XCTestCase {
    func testRender_smallInput_matchesGolden() {
        let chart = SignalRadarChart(
            id: "r1", title: "Signals of Leeds",
            signals: [
                .init(name: "platforms", strength: 1), .init(name: "vocabulary", strength: 0.5),
                .init(name: "events", strength: 0),
            ]
        ).render()
        XCTAssertEqual(
            chart.svg,
            #"""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 420 292" class="chart chart-radar" role="img" aria-labelledby="r1-title r1-desc" font-family="system-ui, sans-serif" font-size="12" fill="currentColor">
            <title id="r1-title">Signals of Leeds</title>
            <desc id="r1-desc">Strength of each of 3 signals, from 0 to 1: platforms 1, vocabulary 0.5, events 0.</desc>
            <polygon class="chart-grid" fill="none" stroke="currentColor" stroke-opacity="0.15" points="210,123 231.65,160.5 188.35,160.5"/>
            <polygon class="chart-grid" fill="none" stroke="currentColor" stroke-opacity="0.15" points="210,98 253.3,173 166.7,173"/>
            <polygon class="chart-grid" fill="none" stroke="currentColor" stroke-opacity="0.15" points="210,73 274.95,185.5 145.05,185.5"/>
            <polygon class="chart-grid" fill="none" stroke="currentColor" stroke-opacity="0.15" points="210,48 296.6,198 123.4,198"/>
            <line x1="210" y1="148" x2="210" y2="48" class="chart-axis" stroke="currentColor" stroke-opacity="0.3"/>
            <line x1="210" y1="148" x2="296.6" y2="198" class="chart-axis" stroke="currentColor" stroke-opacity="0.3"/>
            <line x1="210" y1="148" x2="123.4" y2="198" class="chart-axis" stroke="currentColor" stroke-opacity="0.3"/>
            <polygon class="chart-area" fill="#3182ce" fill-opacity="0.25" stroke="#3182ce" stroke-width="2" stroke-linejoin="round" points="210,48 253.3,173 210,148"/>
            <circle class="chart-marker chart-series-1" cx="210" cy="48" r="3.5" fill="#3182ce"><title>platforms: 1</title></circle>
            <circle class="chart-marker chart-series-1" cx="253.3" cy="173" r="3.5" fill="#3182ce"><title>vocabulary: 0.5</title></circle>
            <circle class="chart-marker chart-series-1" cx="210" cy="148" r="3.5" fill="#3182ce"><title>events: 0</title></circle>
            <text x="201.12" y="146.88" class="chart-tick chart-label" text-anchor="middle" fill-opacity="0.75" font-size="11">0.25</text>
            <text x="192.25" y="141.75" class="chart-tick chart-label" text-anchor="middle" fill-opacity="0.75" font-size="11">0.5</text>
            <text x="183.37" y="136.63" class="chart-tick chart-label" text-anchor="middle" fill-opacity="0.75" font-size="11">0.75</text>
            <text x="174.49" y="131.5" class="chart-tick chart-label" text-anchor="middle" fill-opacity="0.75" font-size="11">1</text>
            <text x="210" y="22" class="chart-label" text-anchor="middle">platforms</text>
            <text x="210" y="35" class="chart-value" text-anchor="middle" font-size="11" font-weight="600">1</text>
            <text x="306.99" y="202" class="chart-label">vocabulary</text>
            <text x="306.99" y="215" class="chart-value" font-size="11" font-weight="600">0.5</text>
            <text x="113.01" y="214" class="chart-label" text-anchor="end">events</text>
            <text x="113.01" y="227" class="chart-value" text-anchor="end" font-size="11" font-weight="600">0</text>
            </svg>

            """#)
        SVGAssertions.assertValid(chart.svg)
        XCTAssertEqual(
            chart.table,
            ChartTable(
                caption: "Signals of Leeds", columns: ["Signal", "Strength"],
                rows: [["platforms", "1"], ["vocabulary", "0.5"], ["events", "0"]]))
    }

    func testRender_sevenSignals_drawsFourHeptagonsAndSevenSpokes() {
        let chart = SignalRadarChart(id: "r", title: "t", signals: ChartSamples.signals).render()
        SVGAssertions.assertValid(chart.svg)
        let polygons = SVGAssertions.attributes(of: "polygon", in: chart.svg)
        XCTAssertEqual(polygons.filter { $0["class"] == "chart-grid" }.count, 4)
        for polygon in polygons {
            XCTAssertEqual(polygon["points"]?.split(separator: " ").count, 7)
        }
        XCTAssertEqual(SVGAssertions.attributes(of: "line", in: chart.svg).count, 7)
        let values = SVGAssertions.attributes(of: "text", in: chart.svg).filter {
            $0["class"] == "chart-value"
        }
        XCTAssertEqual(values.count, 7)
        XCTAssertTrue(SVGAssertions.texts(of: "desc", in: chart.svg)[0].contains("how-its-made 0.25"))
    }

    func testRender_outOfRangeAndNaN_areClampedAndShownAsNA() {
        let chart = SignalRadarChart(
            id: "r", title: "t",
            signals: [
                .init(name: "a", strength: 2), .init(name: "b", strength: -1),
                .init(name: "c", strength: .nan),
            ]
        ).render()
        SVGAssertions.assertValid(chart.svg)
        let area = SVGAssertions.attributes(of: "polygon", in: chart.svg).first {
            $0["class"] == "chart-area"
        }
        XCTAssertEqual(area?["points"], "210,48 210,148 210,148")
        XCTAssertEqual(chart.table.rows, [["a", "2"], ["b", "-1"], ["c", "n/a"]])
    }

    func testRender_empty_saysNoDataYet() {
        let chart = SignalRadarChart(id: "r", title: "t", signals: []).render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertEqual(SVGAssertions.texts(of: "text", in: chart.svg), ["no data yet"])
    }

    func testRender_oneSignal_works() {
        let chart = SignalRadarChart(id: "r", title: "t", signals: [.init(name: "only", strength: 0.5)])
            .render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertTrue(SVGAssertions.texts(of: "text", in: chart.svg).contains("only"))
    }

    func testRender_hostileSignalNames_areEscapedAndLongOnesShortened() {
        let chart = SignalRadarChart(
            id: "r", title: "t",
            signals: [
                .init(name: "<b>&\"'", strength: 0.5),
                .init(name: String(repeating: "long", count: 20), strength: 1),
                .init(name: "\u{202E}rtl", strength: 0),
            ]
        ).render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertTrue(chart.svg.contains(">&lt;b&gt;&amp;&quot;&#39;</text>"))
        XCTAssertTrue(SVGAssertions.texts(of: "text", in: chart.svg).contains { $0.hasSuffix("…") })
        XCTAssertTrue(chart.svg.contains("&#x202E;rtl&#x202C;</text>"))
        XCTAssertEqual(chart.table.rows[1][0], String(repeating: "long", count: 20))
    }
}
