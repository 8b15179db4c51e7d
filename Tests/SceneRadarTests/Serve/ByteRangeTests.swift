import XCTest

@testable import SceneRadar

final class ByteRangeTests: XCTestCase {
    func testInit_forms() {
        XCTAssertEqual(ByteRange(header: "bytes=0-9", size: 100), .satisfiable(0..<10))
        XCTAssertEqual(ByteRange(header: "bytes=90-", size: 100), .satisfiable(90..<100))
        XCTAssertEqual(ByteRange(header: "bytes=90-500", size: 100), .satisfiable(90..<100))
        XCTAssertEqual(ByteRange(header: "bytes=-10", size: 100), .satisfiable(90..<100))
        XCTAssertEqual(ByteRange(header: "bytes=-500", size: 100), .satisfiable(0..<100))
    }

    func testInit_unsatisfiable() {
        XCTAssertEqual(ByteRange(header: "bytes=100-", size: 100), .unsatisfiable)
        XCTAssertEqual(ByteRange(header: "bytes=-0", size: 100), .unsatisfiable)
        XCTAssertEqual(ByteRange(header: "bytes=0-", size: 0), .unsatisfiable)
    }

    func testInit_ignoredForms_sendWholeFile() {
        XCTAssertNil(ByteRange(header: "bytes=0-1,5-6", size: 100))
        XCTAssertNil(ByteRange(header: "items=0-1", size: 100))
        XCTAssertNil(ByteRange(header: "bytes=5-1", size: 100))
        XCTAssertNil(ByteRange(header: "bytes=a-b", size: 100))
        XCTAssertNil(ByteRange(header: "bytes=-", size: 100))
        XCTAssertNil(ByteRange(header: "bytes=99999999999999999999-", size: 100))
    }
}
