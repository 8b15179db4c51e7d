import XCTest

@testable import SceneRadar

final class ByteSearchTests: XCTestCase {
    func testPrecedes_ordersAsUTF8Bytes() {
        let words = [
            "", "a", "a/b", "a-b", "ab", "b", "scenes/x/index.html", "scenes/x/2026-W01/index.html",
            "é", "e\u{301}", "z", "Z", "ü-long-name-beyond-fifteen-bytes", "ü", "日本", "\u{7F}",
        ]
        for a in words {
            for b in words {
                XCTAssertEqual(
                    ByteSearch.precedes(a, b), a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) < \(b)")
            }
        }
    }

    func testContains_findsExactBytes() {
        XCTAssertTrue(ByteSearch.contains("credits and people", "people"))
        XCTAssertFalse(ByteSearch.contains("credits", "Credits"))
    }
}
