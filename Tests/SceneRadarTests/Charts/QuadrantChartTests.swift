import XCTest

@testable import SceneRadar

final class QuadrantChartTests: XCTestCase {
    func testRender_smallInput_matchesGolden() {
        let chart = QuadrantChart(
            id: "q1", title: "All scenes",
            scenes: [
                .init(name: "Leeds", score: 72.5, momentum: 0.18, href: "scenes/leeds/"),
                .init(name: "Lisboa", score: 30, momentum: -0.8, href: "javascript:alert(1)"),
            ]
        ).render()
        XCTAssertEqual(
            chart.svg,
            #"""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 460" class="chart chart-quadrant" aria-labelledby="q1-title q1-desc" font-family="system-ui, sans-serif" font-size="12" fill="currentColor">
            <title id="q1-title">All scenes</title>
            <desc id="q1-desc">Scenes by momentum (x, relative trend per week, from -0.5 to +0.5; scenes beyond are drawn at the edge) and score (y, 0 to 100). 2 scenes: 1 breaking out, 1 cooling.</desc>
            <g aria-hidden="true">
            <rect class="chart-band" x="278.4" y="28" width="115.2" height="372" fill="currentColor" fill-opacity="0.05"/>
            <line x1="48" y1="400" x2="624" y2="400" class="chart-grid" stroke="currentColor" stroke-opacity="0.15"/>
            <text x="42" y="404" class="chart-tick" text-anchor="end" font-size="11" fill-opacity="0.75">0</text>
            <line x1="48" y1="28" x2="48" y2="400" class="chart-grid" stroke="currentColor" stroke-opacity="0.15"/>
            <text x="48" y="416" class="chart-tick" text-anchor="middle" font-size="11" fill-opacity="0.75">-0.5</text>
            <line x1="48" y1="307" x2="624" y2="307" class="chart-grid" stroke="currentColor" stroke-opacity="0.15"/>
            <text x="42" y="311" class="chart-tick" text-anchor="end" font-size="11" fill-opacity="0.75">25</text>
            <line x1="192" y1="28" x2="192" y2="400" class="chart-grid" stroke="currentColor" stroke-opacity="0.15"/>
            <text x="192" y="416" class="chart-tick" text-anchor="middle" font-size="11" fill-opacity="0.75">-0.25</text>
            <line x1="48" y1="214" x2="624" y2="214" class="chart-axis" stroke="currentColor" stroke-opacity="0.55"/>
            <text x="42" y="218" class="chart-tick" text-anchor="end" font-size="11" fill-opacity="0.75">50</text>
            <line x1="336" y1="28" x2="336" y2="400" class="chart-axis" stroke="currentColor" stroke-opacity="0.55"/>
            <text x="336" y="416" class="chart-tick" text-anchor="middle" font-size="11" fill-opacity="0.75">0</text>
            <line x1="48" y1="121" x2="624" y2="121" class="chart-grid" stroke="currentColor" stroke-opacity="0.15"/>
            <text x="42" y="125" class="chart-tick" text-anchor="end" font-size="11" fill-opacity="0.75">75</text>
            <line x1="480" y1="28" x2="480" y2="400" class="chart-grid" stroke="currentColor" stroke-opacity="0.15"/>
            <text x="480" y="416" class="chart-tick" text-anchor="middle" font-size="11" fill-opacity="0.75">+0.25</text>
            <line x1="48" y1="28" x2="624" y2="28" class="chart-grid" stroke="currentColor" stroke-opacity="0.15"/>
            <text x="42" y="32" class="chart-tick" text-anchor="end" font-size="11" fill-opacity="0.75">100</text>
            <line x1="624" y1="28" x2="624" y2="400" class="chart-grid" stroke="currentColor" stroke-opacity="0.15"/>
            <text x="624" y="416" class="chart-tick" text-anchor="middle" font-size="11" fill-opacity="0.75">+0.5</text>
            <text x="6" y="16" class="chart-axis-title">Score</text>
            <text x="48" y="444" class="chart-axis-title" font-size="11" fill-opacity="0.75">← fading</text>
            <text x="336" y="444" class="chart-axis-title" text-anchor="middle">Momentum (relative trend per week)</text>
            <text x="624" y="444" class="chart-axis-title" text-anchor="end" font-size="11" fill-opacity="0.75">growing →</text>
            <text x="56" y="44" class="chart-caption" text-anchor="start" font-size="11" font-weight="600" fill-opacity="0.75" letter-spacing="0.04em">Established</text>
            <text x="616" y="44" class="chart-caption" text-anchor="end" font-size="11" font-weight="600" fill-opacity="0.75" letter-spacing="0.04em">Breaking out</text>
            <text x="56" y="392" class="chart-caption" text-anchor="start" font-size="11" font-weight="600" fill-opacity="0.75" letter-spacing="0.04em">Cooling</text>
            <text x="616" y="392" class="chart-caption" text-anchor="end" font-size="11" font-weight="600" fill-opacity="0.75" letter-spacing="0.04em">Emerging</text>
            <text x="336" y="392" class="chart-caption" text-anchor="middle" font-size="11" fill-opacity="0.75">steady</text>
            </g>
            <a href="scenes/leeds/" aria-label="Leeds: score 72.5, momentum +0.18 per week" tabindex="-1"><g class="chart-scene"><title>Leeds: score 72.5, momentum +0.18 per week</title>
            <circle class="chart-point" cx="439.68" cy="130.3" r="5" fill="#3182ce" fill-opacity="0.85"/>
            <text x="447.68" y="133.8" class="chart-label">Leeds</text>
            </g></a>
            <g class="chart-scene"><title>Lisboa: score 30, momentum -0.8 per week (beyond the chart&#39;s edge)</title>
            <path class="chart-point-clamped" d="M47,288.4 L58,282.4 L58,294.4 Z" fill="#3182ce"/>
            <text x="61" y="291.9" class="chart-label">Lisboa</text>
            </g>
            </svg>

            """#)
        SVGAssertions.assertValid(chart.svg)
        XCTAssertEqual(
            chart.table,
            ChartTable(
                caption: "All scenes", columns: ["Scene", "Score", "Momentum", "Quadrant"],
                rows: [["Leeds", "72.5", "+0.18", "Breaking out"], ["Lisboa", "30.0", "-0.8", "Cooling"]],
                rowLinks: ["scenes/leeds/", nil]))
    }

    func testRender_hostileNamesAndLinks_areEscapedAndDropped() {
        let hostile = "<script>alert('x')</script> ]]> -- \"q\" & 'a' \u{202E}evil\u{200B}\u{2066}"
        let chart = QuadrantChart(
            id: "q\"><script>", title: hostile,
            scenes: [
                .init(name: hostile, score: 60, momentum: 0.2, href: "java\nscript:alert(1)"),
                .init(name: "ok", score: 40, momentum: -0.2, href: "scenes/a\"b&c/"),
                .init(name: "js", score: 20, momentum: 0.1, href: " JAVASCRIPT:alert(1)"),
            ]
        ).render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertFalse(chart.svg.contains("<script"))
        XCTAssertFalse(chart.svg.lowercased().contains("javascript"))
        XCTAssertTrue(chart.svg.contains("href=\"scenes/a&quot;b&amp;c/\""))
        XCTAssertTrue(chart.svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; ]]&gt; --"))
        XCTAssertTrue(chart.svg.contains("&#x202E;evil&#x200B;&#x2066;&#x2069;&#x202C;"))
        XCTAssertTrue(chart.svg.contains("aria-labelledby=\"q---script--title q---script--desc\""))
        let cleaned =
            "<script>alert('x')</script> ]]> -- \"q\" & 'a' \u{202E}evil\u{200B}\u{2066}\u{2069}\u{202C}"
        XCTAssertEqual(SVGAssertions.texts(of: "title", in: chart.svg).first, cleaned)
        XCTAssertEqual(chart.table.caption, cleaned)
        XCTAssertEqual(chart.table.rows.first?.first, cleaned)
        XCTAssertEqual(chart.table.rowLinks, [nil, "scenes/a\"b&c/", nil])
    }

    func testRender_empty_saysNoDataYet() {
        let chart = QuadrantChart(id: "q", title: "None", scenes: []).render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertEqual(SVGAssertions.attributes(of: "svg", in: chart.svg).first?["viewBox"], "0 0 640 64")
        XCTAssertEqual(SVGAssertions.texts(of: "text", in: chart.svg), ["no data yet"])
        XCTAssertEqual(chart.table.rows, [])
    }

    func testRender_nanScenes_areTabledButNotDrawn() {
        let chart = QuadrantChart(
            id: "q", title: "t",
            scenes: [
                .init(name: "A", score: .nan, momentum: 0.1), .init(name: "B", score: 50, momentum: .nan),
            ]
        ).render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertEqual(SVGAssertions.texts(of: "text", in: chart.svg), ["no data yet"])
        XCTAssertEqual(chart.table.rows, [["B", "50.0", "n/a", "n/a"], ["A", "n/a", "+0.1", "n/a"]])
        XCTAssertTrue(SVGAssertions.texts(of: "desc", in: chart.svg)[0].hasSuffix("No data yet."))
    }

    func testRender_onePointAndEqualPoints_work() {
        let one = QuadrantChart(id: "q", title: "t", scenes: [.init(name: "Solo", score: 50, momentum: 0)])
            .render()
        SVGAssertions.assertValid(one.svg)
        XCTAssertEqual(one.table.rows, [["Solo", "50.0", "0", "Established"]])
        // Scenes at one spot share one label (six labels there could only pile up); each keeps
        // its point, its tooltip and its table row.
        let same = (1...6).map { QuadrantChart.Scene(name: "Same \($0)", score: 50, momentum: 0) }
        let chart = QuadrantChart(id: "q", title: "t", scenes: same).render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertEqual(
            SVGAssertions.texts(of: "text", in: chart.svg).filter { $0.hasPrefix("Same") }, ["Same 1 +5 more"]
        )
        XCTAssertEqual(chart.svg.components(separatedBy: "class=\"chart-scene\"").count - 1, 6)
        XCTAssertEqual(chart.table.rows.count, 6)
    }

    /// New scenes with no logs all sit at score 0, momentum 0: one label names them there, long
    /// names fitted with the count kept, and the other scenes keep their own labels.
    func testRender_newScenesAtOneSpot_shareALabel() {
        var scenes = (1...14).map {
            QuadrantChart.Scene(
                name: "A rather long new scene name \($0)", score: 0, momentum: 0, isTooEarly: true)
        }
        scenes.append(.init(name: "Leeds", score: 72.5, momentum: 0.18))
        scenes.append(.init(name: "Near", score: 0.1, momentum: 0.004))
        let chart = QuadrantChart(id: "q", title: "t", scenes: scenes).render()
        SVGAssertions.assertValid(chart.svg)
        let labels = SVGAssertions.attributes(of: "text", in: chart.svg).filter {
            $0["class"] == "chart-label"
        }
        XCTAssertEqual(labels.count, 3)
        let texts = SVGAssertions.texts(of: "text", in: chart.svg)
        let shared = texts.filter { $0.hasSuffix(" +13 more") }
        XCTAssertEqual(shared.count, 1)
        XCTAssertLessThanOrEqual(ChartText.estimatedWidth(shared[0], fontSize: 12), 150.5)
        XCTAssertTrue(texts.contains("Leeds") && texts.contains("Near"))
    }

    func testRender_infiniteMomentum_isClampedToTheEdge() {
        let chart = QuadrantChart(
            id: "q", title: "t", scenes: [.init(name: "Far", score: 10, momentum: .infinity)]
        ).render()
        SVGAssertions.assertValid(chart.svg)
        XCTAssertEqual(
            SVGAssertions.attributes(of: "path", in: chart.svg).first?["d"],
            "M625,362.8 L614,356.8 L614,368.8 Z")
        XCTAssertTrue(
            SVGAssertions.texts(of: "title", in: chart.svg)[1].hasSuffix("(beyond the chart's edge)"))
    }

    func testQuadrant_splitsAtScore50AndMomentum0() {
        XCTAssertEqual(QuadrantChart.quadrant(of: .init(name: "", score: 50, momentum: 0.01)), "Breaking out")
        XCTAssertEqual(QuadrantChart.quadrant(of: .init(name: "", score: 50, momentum: 0)), "Established")
        XCTAssertEqual(QuadrantChart.quadrant(of: .init(name: "", score: 49.9, momentum: 0.2)), "Emerging")
        XCTAssertEqual(QuadrantChart.quadrant(of: .init(name: "", score: 0, momentum: -1)), "Cooling")
        // No momentum at all (too early, nothing logged) is not cooling.
        XCTAssertEqual(QuadrantChart.quadrant(of: .init(name: "", score: 12, momentum: 0)), "Steady")
        XCTAssertEqual(QuadrantChart.quadrant(of: .init(name: "", score: 12, momentum: -0.01)), "Cooling")
        // Momentum from too few logs means nothing yet, whatever its value.
        XCTAssertEqual(
            QuadrantChart.quadrant(of: .init(name: "", score: 18.6, momentum: -2, isTooEarly: true)),
            "Too early")
        XCTAssertNil(QuadrantChart.quadrant(of: .init(name: "", score: .nan, momentum: 0)))
    }

    func testRender_orderIsStableForTiesAndInputOrder() {
        let scenes = [
            QuadrantChart.Scene(name: "b", score: 60, momentum: 0.1),
            .init(name: "a", score: 60, momentum: 0.2),
            .init(name: "c", score: 70, momentum: -0.1),
        ]
        let forward = QuadrantChart(id: "q", title: "t", scenes: scenes).render()
        let backward = QuadrantChart(id: "q", title: "t", scenes: scenes.reversed()).render()
        XCTAssertEqual(forward, backward)
        XCTAssertEqual(forward.table.rows.map(\.first), ["c", "a", "b"])
    }

    func testRender_labelsOfASpreadOfScenesDoNotOverlap() {
        let scenes = ChartSamples.scenes
        let chart = QuadrantChart(id: "q", title: "t", scenes: scenes).render()
        SVGAssertions.assertValid(chart.svg)
        let labels = SVGAssertions.attributes(of: "text", in: chart.svg).filter {
            $0["class"] == "chart-label"
        }
        XCTAssertEqual(labels.count, scenes.count)
        // Same-baseline labels must not share a horizontal span (a coarse overlap check).
        var boxes: [(Double, Double, Double)] = []
        let names = SVGAssertions.texts(of: "text", in: chart.svg).filter { text in
            scenes.contains { ChartText.fitted($0.name, maxWidth: 150, fontSize: 12) == text }
        }
        for (attributes, name) in zip(labels, names) {
            let x = Double(attributes["x"] ?? "") ?? 0
            let y = Double(attributes["y"] ?? "") ?? 0
            let width = ChartText.estimatedWidth(name, fontSize: 12)
            let minX =
                attributes["text-anchor"] == "end"
                ? x - width : (attributes["text-anchor"] == "middle" ? x - width / 2 : x)
            for (otherX, otherY, otherWidth) in boxes where abs(otherY - y) < 12 {
                XCTAssertFalse(
                    minX < otherX + otherWidth && otherX < minX + width, "\(name) overlaps a label")
            }
            boxes.append((minX, y, width))
        }
    }

    func testRender_labelsOnlyTheTopScenes_butTablesEveryScene() {
        let scenes = (0..<50).map {
            QuadrantChart.Scene(name: "Scene \($0)", score: Double($0), momentum: 0.01 * Double($0 % 7))
        }
        let chart = QuadrantChart(id: "q", title: "Many", scenes: scenes, maxLabels: 12).render()
        XCTAssertEqual(chart.svg.components(separatedBy: "class=\"chart-label\"").count - 1, 12)
        XCTAssertEqual(chart.svg.components(separatedBy: "class=\"chart-scene\"").count - 1, 50)
        XCTAssertEqual(chart.table.rows.count, 50)
        XCTAssertTrue(chart.svg.contains(">Scene 49</text>"))
        XCTAssertFalse(chart.svg.contains(">Scene 0</text>"))
    }
}
