import XCTest

@testable import SceneRadar

final class ContentTypeTests: XCTestCase {
    func testForFile_mapsKnownExtensions() {
        let expected = [
            "index.html": "text/html; charset=utf-8",
            "a/site.CSS": "text/css; charset=utf-8",
            "app.js": "text/javascript; charset=utf-8",
            "chart.svg": "image/svg+xml; charset=utf-8",
            "sitemap.xml": "application/xml; charset=utf-8",
            "/x/feed.xml": "application/atom+xml; charset=utf-8",
            "radar.json": "application/json; charset=utf-8",
            "notes.txt": "text/plain; charset=utf-8",
            "a.png": "image/png", "a.jpg": "image/jpeg", "a.jpeg": "image/jpeg", "a.gif": "image/gif",
            "a.webp": "image/webp", "a.avif": "image/avif", "favicon.ico": "image/x-icon",
            "f.woff": "font/woff", "f.woff2": "font/woff2", "d.pdf": "application/pdf",
            "s.mp3": "audio/mpeg", "s.ogg": "audio/ogg", "s.wav": "audio/wav",
            "v.mp4": "video/mp4", "v.webm": "video/webm",
        ]
        for (name, type) in expected.sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(ContentType.forFile(name), type, name)
        }
    }

    func testForFile_unknownOrMissingExtension_isOctetStream() {
        XCTAssertEqual(ContentType.forFile("data.bin"), "application/octet-stream")
        XCTAssertEqual(ContentType.forFile("README"), "application/octet-stream")
        XCTAssertEqual(ContentType.forFile(".htaccess"), "application/octet-stream")
    }
}
