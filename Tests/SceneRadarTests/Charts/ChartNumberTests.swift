import XCTest

@testable import SceneRadar

final class ChartNumberTests: XCTestCase {
    func testFormat_trimsTrailingZeros() {
        XCTAssertEqual(ChartNumber.format(12), "12")
        XCTAssertEqual(ChartNumber.format(3.10), "3.1")
        XCTAssertEqual(ChartNumber.format(0.5), "0.5")
        XCTAssertEqual(ChartNumber.format(100), "100")
    }

    func testFormat_roundsHalfAwayFromZeroToTwoDecimals() {
        XCTAssertEqual(ChartNumber.format(12.345), "12.35")
        XCTAssertEqual(ChartNumber.format(0.125), "0.13")
        XCTAssertEqual(ChartNumber.format(-0.125), "-0.13")
        XCTAssertEqual(ChartNumber.format(2.994), "2.99")
        XCTAssertEqual(ChartNumber.format(2.995), "3")
        XCTAssertEqual(ChartNumber.format(0.49999999999999994, decimals: 0), "0")
        XCTAssertEqual(ChartNumber.format(0.5, decimals: 0), "1")
    }

    func testFormat_neverWritesNegativeZero() {
        XCTAssertEqual(ChartNumber.format(-0.0), "0")
        XCTAssertEqual(ChartNumber.format(-0.004), "0")
        XCTAssertEqual(ChartNumber.format(-0.004, decimals: 2, trimZeros: false), "0.00")
        XCTAssertEqual(ChartNumber.formatSigned(-0.001), "0")
    }

    func testFormat_fixedDecimals_keepsZeros() {
        XCTAssertEqual(ChartNumber.format(72, decimals: 1, trimZeros: false), "72.0")
        XCTAssertEqual(ChartNumber.format(0.05, decimals: 2, trimZeros: false), "0.05")
        XCTAssertEqual(ChartNumber.format(7.25, decimals: 1, trimZeros: false), "7.3")
    }

    func testFormat_nonFiniteAndHuge_areClamped() {
        XCTAssertEqual(ChartNumber.format(.nan), "0")
        XCTAssertEqual(ChartNumber.format(.infinity), "1000000000000")
        XCTAssertEqual(ChartNumber.format(-.infinity), "-1000000000000")
        XCTAssertEqual(ChartNumber.format(1e300), "1000000000000")
        XCTAssertEqual(ChartNumber.format(1e-300), "0")
    }

    func testFormat_decimalsOutOfRange_areClamped() {
        XCTAssertEqual(ChartNumber.format(1.234567, decimals: 9), "1.2346")
        XCTAssertEqual(ChartNumber.format(1.6, decimals: -3), "2")
    }

    func testFormatSigned_addsPlusToPositiveValues() {
        XCTAssertEqual(ChartNumber.formatSigned(0.123), "+0.12")
        XCTAssertEqual(ChartNumber.formatSigned(-0.5), "-0.5")
        XCTAssertEqual(ChartNumber.formatSigned(0), "0")
    }

    func testFormat_doesNotDependOnLocaleOrExponents() {
        XCTAssertEqual(ChartNumber.format(1234567.891), "1234567.89")
        XCTAssertEqual(ChartNumber.format(0.0001), "0")
        XCTAssertEqual(ChartNumber.format(0.0001, decimals: 4), "0.0001")
    }
}
