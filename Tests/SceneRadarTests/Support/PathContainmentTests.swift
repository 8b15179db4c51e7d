import XCTest

@testable import SceneRadar

final class PathContainmentTests: XCTestCase {
    func testIsInside_strictlyBelow_byWholeNames() {
        XCTAssertTrue("/a/b".isInside("/a"))
        XCTAssertTrue("/a/b/c".isInside("/a"))
        XCTAssertTrue("/a".isInside("/"))
        XCTAssertFalse("/ab".isInside("/a"))
        XCTAssertFalse("/a".isInside("/a"))
        XCTAssertFalse("/".isInside("/"))
        XCTAssertFalse("/a".isInside("/a/b"))
    }
}
