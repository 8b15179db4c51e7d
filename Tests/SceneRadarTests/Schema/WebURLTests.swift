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

    func testParse_userinfoEndsAtTheLastAtBeforeThePath() {
        XCTAssertEqual(host("https://a@b@example.org/x@y.org"), "example.org")
        XCTAssertEqual(host("https://example.org/path@other.org"), "example.org")
        XCTAssertEqual(host("https://example.org?q=a@b.org"), "example.org")
        XCTAssertEqual(host("https://ex\u{E9}mple.org/\u{7E}"), "ex\u{E9}mple.org")
    }

    func testParse_rejectsEachExcludedByteAnywhere() {
        for byte in Array(0x00...0x20) + [0x22, 0x3C, 0x3E, 0x5C, 0x60, 0x7F] {
            let character = String(UnicodeScalar(UInt8(byte)))
            XCTAssertNil(host("https://example.org/a" + character + "b"), "byte \(byte)")
            XCTAssertNil(host("https://exam" + character + "ple.org/"), "byte \(byte)")
        }
        for byte in [
            0x21, 0x23, 0x25, 0x2F, 0x3A, 0x3D, 0x3F, 0x40, 0x5B, 0x5D, 0x5F, 0x7B, 0x7C, 0x7D, 0x7E,
        ] {
            let character = String(UnicodeScalar(UInt8(byte)))
            XCTAssertEqual(host("https://example.org/a" + character + "b"), "example.org", "byte \(byte)")
        }
    }

    func testIsHost_matchesSubdomains() throws {
        let url = try XCTUnwrap(WebURL.parse("https://amaka.bandcamp.com/", at: SourceLocation(file: "f")))
        XCTAssertTrue(url.isHost("bandcamp.com"))
        XCTAssertTrue(url.isHost("com"))
        XCTAssertTrue(url.isHost("amaka.bandcamp.com"))
        XCTAssertFalse(url.isHost("camp.com"))
        XCTAssertFalse(url.isHost("xamaka.bandcamp.com"))
        XCTAssertFalse(url.isHost("bandcamp.co"))
        XCTAssertFalse(url.isHost(".bandcamp.com"))
        let bare = try XCTUnwrap(WebURL.parse("https://www.BandCamp.com/x", at: SourceLocation(file: "f")))
        XCTAssertTrue(bare.isHost("bandcamp.com"))
        XCTAssertFalse(bare.isHost("www.bandcamp.com"))
        let accented = try XCTUnwrap(
            WebURL.parse("https://café.bandcamp.com/", at: SourceLocation(file: "f")))
        XCTAssertTrue(accented.isHost("bandcamp.com"))
        XCTAssertFalse(accented.isHost("é.bandcamp.com"))
    }
}
