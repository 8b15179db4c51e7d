import XCTest

@testable import SceneRadar

final class DecimalTextTests: XCTestCase {
    func testFixed_scoresPrintWithOneDecimal() {
        XCTAssertEqual(DecimalText.fixed(57.1, places: 1), "57.1")
        XCTAssertEqual(DecimalText.fixed(0, places: 1), "0.0")
        XCTAssertEqual(DecimalText.fixed(100, places: 1), "100.0")
        XCTAssertEqual(DecimalText.fixed(6.25, places: 1), "6.3")
        XCTAssertEqual(DecimalText.fixed(1234567.8, places: 1), "1234567.8")
    }

    func testFixed_negativeAndNegativeZero() {
        XCTAssertEqual(DecimalText.fixed(-0.4, places: 2), "-0.40")
        XCTAssertEqual(DecimalText.fixed(-0.001, places: 2), "0.00")
        XCTAssertEqual(DecimalText.fixed(-0.005, places: 2), "-0.01")
        XCTAssertEqual(DecimalText.fixed(2.5, places: 0), "3")
        XCTAssertEqual(DecimalText.fixed(0.05, places: 3), "0.050")
    }

    func testSigned_trends() {
        XCTAssertEqual(DecimalText.signed(0.5333, places: 2), "+0.53")
        XCTAssertEqual(DecimalText.signed(-0.4, places: 2), "-0.40")
        XCTAssertEqual(DecimalText.signed(0.0001, places: 2), "0.00")
    }

    func testFixed_nonFinite() {
        XCTAssertEqual(DecimalText.fixed(.nan, places: 1), "nan")
        XCTAssertEqual(DecimalText.fixed(-.infinity, places: 1), "-inf")
    }
}
