import XCTest

@testable import SceneRadar

final class MustacheKeyTests: XCTestCase {
    func testEquality_shortKeysCompareByFingerprint() {
        XCTAssertTrue(MustacheKey("url") == MustacheKey("url"))
        XCTAssertFalse(MustacheKey("url") == MustacheKey("uri"))
        XCTAssertFalse(MustacheKey("a") == MustacheKey("a\u{0}"))
        XCTAssertFalse(MustacheKey("") == MustacheKey("\u{0}"))
        XCTAssertTrue(MustacheKey("abcdefghijklmno").print.isExact)
        XCTAssertFalse(MustacheKey("abcdefghijklmnop").print.isExact)
    }

    func testEquality_longKeysWithTheSameFingerprint_compareTheirText() {
        let first = MustacheKey("track_credit_role_1")
        let second = MustacheKey("track_credit_role_2")
        XCTAssertTrue(first.print == second.print)
        XCTAssertFalse(first == second)
        XCTAssertTrue(first == MustacheKey("track_credit_role_1"))
    }

    func testEquality_keysLongerThan255Bytes() {
        let long = String(repeating: "k", count: 300)
        XCTAssertTrue(MustacheKey(long) == MustacheKey(long))
        XCTAssertFalse(MustacheKey(long) == MustacheKey(long + "k"))
    }

    func testObject_lookupAndReplacementUseTheKeys() {
        var object: MustacheObject = ["name": "Kofi", "track_credit_role_1": 1]
        object["track_credit_role_2"] = 2
        object["name"] = "Ama"
        XCTAssertEqual(object["name"], "Ama")
        XCTAssertEqual(object["track_credit_role_1"], 1)
        XCTAssertEqual(object["track_credit_role_2"], 2)
        XCTAssertEqual(object.count, 3)
        object["name"] = nil
        XCTAssertNil(object["name"])
        XCTAssertEqual(object.count, 2)
    }
}
