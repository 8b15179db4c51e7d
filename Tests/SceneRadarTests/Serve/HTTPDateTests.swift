import XCTest

@testable import SceneRadar

final class HTTPDateTests: XCTestCase {
    func testString_isIMFFixdate() {
        XCTAssertEqual(HTTPDate.string(secondsSince1970: 784_111_777), "Sun, 06 Nov 1994 08:49:37 GMT")
        XCTAssertEqual(HTTPDate.string(secondsSince1970: 0), "Thu, 01 Jan 1970 00:00:00 GMT")
    }
}
