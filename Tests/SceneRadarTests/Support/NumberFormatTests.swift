import XCTest

@testable import SceneRadar

final class NumberFormatTests: XCTestCase {
    func testFixed_roundsHalfAwayFromZero_dropsTrailingZeros() {
        XCTAssertEqual(NumberFormat.fixed(0.125, maxDecimals: 2), "0.13")
        XCTAssertEqual(NumberFormat.fixed(-0.125, maxDecimals: 2), "-0.13")
        XCTAssertEqual(NumberFormat.fixed(2.5, maxDecimals: 0), "3")
        XCTAssertEqual(NumberFormat.fixed(1.10, maxDecimals: 4), "1.1")
        XCTAssertEqual(NumberFormat.fixed(0.30000000000000004, maxDecimals: 4), "0.3")
        XCTAssertEqual(NumberFormat.fixed(0.05, maxDecimals: 4), "0.05")
    }

    func testFixed_neverNegativeZero_nonFiniteIsZero() {
        XCTAssertEqual(NumberFormat.fixed(-0.00004, maxDecimals: 4), "0")
        XCTAssertEqual(NumberFormat.fixed(-0.0, maxDecimals: 2), "0")
        for value in [Double.nan, .infinity, -.infinity] {
            XCTAssertEqual(NumberFormat.fixed(value, maxDecimals: 2), "0")
        }
    }

    /// Values too large for their decimals print whole, and never trap, however large.
    func testFixed_hugeValues() {
        XCTAssertEqual(NumberFormat.fixed(1e16, maxDecimals: 2), "10000000000000000")
        XCTAssertEqual(NumberFormat.fixed(-12_345_678_901_234_568, maxDecimals: 1), "-12345678901234568")
        XCTAssertEqual(NumberFormat.fixed(1e20, maxDecimals: 2), "1e+20")
        XCTAssertEqual(
            NumberFormat.fixed(-Double.greatestFiniteMagnitude, maxDecimals: 4), "-1.7976931348623157e+308")
    }

    func testWithDecimalDigits() {
        for value: Int64 in [0, 7, -7, 1_234_567_890, .max, .min] {
            XCTAssertEqual(
                NumberFormat.withDecimalDigits(of: value) { String(decoding: $0, as: UTF8.self) },
                String(value))
        }
    }

    func testCounted_pluralUnlessOne() {
        XCTAssertEqual(NumberFormat.counted(1, "chart"), "1 chart")
        XCTAssertEqual(NumberFormat.counted(0, "chart"), "0 charts")
        XCTAssertEqual(NumberFormat.counted(3, "press piece"), "3 press pieces")
        XCTAssertEqual(
            NumberFormat.counted(1, "community entry", plural: "community entries"), "1 community entry")
        XCTAssertEqual(
            NumberFormat.counted(2, "community entry", plural: "community entries"), "2 community entries")
    }
}
