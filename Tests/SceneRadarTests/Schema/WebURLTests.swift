import XCTest

@testable import SceneRadar

final class WebURLTests: XCTestCase {
    private func host(_ text: String) -> String? {
        WebURL.parse(text, at: SourceLocation(file: "f"))?.host
    }

    func testParse_hosts() {
        XCTAssertEqual(host("https://amaka.bandcamp.com/track/x"), "amaka.bandcamp.com")
        XCTAssertEqual(host("HTTP://WWW.YouTube.com/watch?v=1"), "youtube.com")
        XCTAssertEqual(host("https://user:pw@example.org:8443/path"), "example.org")
        XCTAssertEqual(host("https://[2001:db8::1]:8080/x"), "[2001:db8::1]")
        XCTAssertEqual(host("https://example.org?x=1"), "example.org")
        XCTAssertEqual(host("https://example.org#top"), "example.org")
        XCTAssertEqual(host("https://www.org/"), "www.org")
    }

    func testParse_rejects() {
        for text in [
            "javascript:alert(1)", "data:text/html,x", "ftp://example.org", "https://", "https:///x",
            "https://exa mple.org", "https://example.org/<script>", "https://.example.org",
            "https://example.org./",
            "https://a..b/", "//example.org", "https://example.org/\"x\"",
        ] {
            XCTAssertNil(host(text), text)
        }
    }

    func testIsHost_matchesSubdomains() throws {
        let url = try XCTUnwrap(WebURL.parse("https://amaka.bandcamp.com/", at: SourceLocation(file: "f")))
        XCTAssertTrue(url.isHost("bandcamp.com"))
        XCTAssertFalse(url.isHost("camp.com"))
    }
}
