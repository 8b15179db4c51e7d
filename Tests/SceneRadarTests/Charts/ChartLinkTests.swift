import XCTest

@testable import SceneRadar

final class ChartLinkTests: XCTestCase {
    func testSafe_acceptsRelativeAndHTTPLinks() {
        for href in [
            "scenes/amapiano-leeds/", "../scenes/x/", "/scenes/x/", "x.html#top", "?q=1", "#frag",
            "https://example.org/a?b=c&d=e", "HTTP://EXAMPLE.ORG", "//example.org/x", "scenes/a:b/",
            "scènes/é/",
        ] {
            XCTAssertEqual(ChartLink.safe(href), href, href)
        }
    }

    func testSafe_rejectsOtherSchemes() {
        for href in [
            "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>", "vbscript:x",
            "file:///etc/passwd", "mailto:a@b.c", "javascript://%0aalert(1)",
        ] {
            XCTAssertNil(ChartLink.safe(href), href)
        }
    }

    func testSafe_rejectsWhiteSpaceAndControlsBrowsersStrip() {
        for href in [
            " javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:x", "\u{0}javascript:x",
            "javascript\u{200B}:x", "scenes/a b/", "\u{FEFF}javascript:x", "a\u{202E}b",
        ] {
            XCTAssertNil(ChartLink.safe(href), href.debugDescription)
        }
    }

    func testSafe_emptyOrNil_isNil() {
        XCTAssertNil(ChartLink.safe(nil))
        XCTAssertNil(ChartLink.safe(""))
    }
}
