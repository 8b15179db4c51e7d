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

    func testHasSuffix_comparesBytes() {
        let html = Array(".html".utf8)
        XCTAssertTrue(ByteSearch.hasSuffix("scenes/x/index.html", html))
        XCTAssertTrue(ByteSearch.hasSuffix(".html", html))
        XCTAssertFalse(ByteSearch.hasSuffix("html", html))
        XCTAssertFalse(ByteSearch.hasSuffix("index.HTML", html))
        XCTAssertFalse(ByteSearch.hasSuffix("index.html.svg", html))
        XCTAssertTrue(ByteSearch.hasSuffix("anything", []))
        // By bytes, not by Unicode rules: a combining accent after the suffix is another byte.
        XCTAssertFalse(ByteSearch.hasSuffix("x.htmle\u{301}", Array(".htmle".utf8)))
        XCTAssertTrue(ByteSearch.hasSuffix("café", Array("é".utf8)))
    }

    func testContains_findsExactBytes() {
        XCTAssertTrue(ByteSearch.contains("credits and people", "people"))
        XCTAssertFalse(ByteSearch.contains("credits", "Credits"))
    }
}
