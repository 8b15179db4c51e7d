import XCTest

@testable import SceneRadar

final class ChartFrameTests: XCTestCase {
    func testInit_makesTheIdAValidXMLName() {
        XCTAssertEqual(ChartFrame(id: "quadrant").prefix, "quadrant")
        XCTAssertEqual(ChartFrame(id: "scene.amapiano_leeds-1").prefix, "scene.amapiano_leeds-1")
        XCTAssertEqual(ChartFrame(id: "1st chart").prefix, "c-1st-chart")
        XCTAssertEqual(ChartFrame(id: "-x").prefix, "c--x")
        XCTAssertEqual(ChartFrame(id: "été").prefix, "c--t-")
        XCTAssertEqual(ChartFrame(id: "").prefix, "chart")
    }

    func testOpen_standalone_embedsTheStyleSheet() {
        var svg = SVGBuilder()
        ChartFrame(id: "x").open(
            &svg, kind: "line", width: 10, height: 5, title: "T", description: "D", standalone: true)
        // Its own text and background colours, light and dark: a browser shows an SVG file on
        // white, where light text for a dark viewer would not show.
        XCTAssertTrue(svg.output.contains("<style>svg{color:#1d1b18;background:#ffffff}"))
        XCTAssertTrue(svg.output.contains("{svg{color:#eeeae2;background:#1d1b17}}"))
        XCTAssertTrue(svg.output.contains("--chart-series-1"))
        XCTAssertFalse(svg.output.contains("<![CDATA["))
        XCTAssertFalse(ChartStyle.css.contains("<") || ChartStyle.css.contains("&"))
    }

    func testRender_everyChartStandalone_isWellFormed() {
        for render in ChartSamples.renderers {
            SVGAssertions.assertValid(render(true).svg)
            SVGAssertions.assertValid(render(false).svg)
        }
    }

    func testStandalone_ofAnInlineChart_isWhatAStandaloneRenderDraws() {
        for render in ChartSamples.renderers {
            let file = render(true)
            XCTAssertEqual(render(false).standalone(), file)
            XCTAssertEqual(file.standalone(), file, "a file's chart is left as it is")
        }
        let tricky = LineChart(id: "t", title: "</desc>\n<style>", points: ChartSamples.history).render()
        XCTAssertEqual(
            tricky.standalone(),
            LineChart(id: "t", title: "</desc>\n<style>", points: ChartSamples.history).render(
                standalone: true))
    }

    func testRender_idsDifferBetweenCharts() {
        let first = Sparkline(id: "row-1", title: "a", points: []).render().svg
        let second = Sparkline(id: "row-2", title: "a", points: []).render().svg
        XCTAssertTrue(first.contains("id=\"row-1-title\""))
        XCTAssertTrue(second.contains("id=\"row-2-desc\""))
    }
}
