import XCTest

@testable import SceneRadar

final class ChartScaleTests: XCTestCase {
    func testScale_mapsAndClamps() {
        let scale = ChartScale(domainStart: 0, domainEnd: 100, rangeStart: 200, rangeEnd: 0)
        XCTAssertEqual(scale(25), 150)
        XCTAssertEqual(scale(150), 0)
        XCTAssertEqual(scale(-5), 200)
    }

    func testScale_zeroWidthDomain_mapsToTheMiddle() {
        let scale = ChartScale(domainStart: 3, domainEnd: 3, rangeStart: 10, rangeEnd: 20)
        XCTAssertEqual(scale(3), 15)
        XCTAssertEqual(scale(99), 15)
    }

    func testNiceCeiling_roundsUpToReadableBounds() {
        XCTAssertEqual(ChartScale.niceCeiling(0), 1)
        XCTAssertEqual(ChartScale.niceCeiling(-3), 1)
        XCTAssertEqual(ChartScale.niceCeiling(.nan), 1)
        XCTAssertEqual(ChartScale.niceCeiling(1), 1)
        XCTAssertEqual(ChartScale.niceCeiling(3), 4)
        XCTAssertEqual(ChartScale.niceCeiling(4.5), 5)
        XCTAssertEqual(ChartScale.niceCeiling(180), 200)
        XCTAssertEqual(ChartScale.niceCeiling(0.3), 0.4, accuracy: 1e-12)
        XCTAssertEqual(ChartScale.niceCeiling(1e300), 1e300, accuracy: 1e286)
    }

    func testTrend_fitsALeastSquaresLine() {
        let trend = ChartTrend(xs: [0, 1, 2], ys: [1, 2, 4])
        XCTAssertEqual(trend?.slope ?? 0, 1.5, accuracy: 1e-12)
        XCTAssertEqual(trend?.intercept ?? 0, 5.0 / 6.0, accuracy: 1e-12)
        XCTAssertEqual(trend?.relative ?? 0, 1.5 / (7.0 / 3.0), accuracy: 1e-12)
        XCTAssertNil(ChartTrend(xs: [], ys: []))
        XCTAssertEqual(ChartTrend(xs: [4], ys: [2])?.slope, 0)
        XCTAssertNil(ChartTrend(xs: [0, 1], ys: [0, 0])?.relative)
    }
}
