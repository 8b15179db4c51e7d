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

    func testAsFolder_endsInOneSlash() {
        XCTAssertEqual("out".asFolder, "out/")
        XCTAssertEqual("out//".asFolder, "out/")
        XCTAssertEqual("/tmp/a/".asFolder, "/tmp/a/")
        XCTAssertEqual("/".asFolder, "/")
        XCTAssertEqual("//".asFolder, "/")
    }
}
