import XCTest

@testable import SceneRadar

final class LiveReloadTests: XCTestCase {
    private func inject(_ html: String) -> String {
        String(decoding: LiveReload.inject(into: Array(html.utf8)), as: UTF8.self)
    }

    func testInject_beforeLastClosingBody_caseInsensitive() {
        XCTAssertEqual(
            inject("<body><code>&lt;/body></code></BODY>\n</html>"),
            "<body><code>&lt;/body></code>\(LiveReload.script)</BODY>\n</html>")
        XCTAssertEqual(inject("<p></body >"), "<p>\(LiveReload.script)</body >")
    }

    func testInject_withoutClosingBody_appends() {
        XCTAssertEqual(inject("<p>hi"), "<p>hi\(LiveReload.script)")
        XCTAssertEqual(inject("<p></bodyguard>"), "<p></bodyguard>\(LiveReload.script)")
        XCTAssertEqual(inject(""), LiveReload.script)
    }

    func testInject_keepsInvalidUTF8Bytes() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("</body>".utf8)
        XCTAssertEqual(Array(LiveReload.inject(into: bytes).prefix(2)), [0xFF, 0xFE])
    }

    func testScript_listensToTheEventsEndpoint() {
        XCTAssertTrue(LiveReload.script.contains("new EventSource('/__radar/events')"))
        XCTAssertTrue(LiveReload.script.contains("location.reload()"))
        XCTAssertTrue(LiveReload.reloadEvent.hasPrefix("event: reload\n"))
        XCTAssertTrue(LiveReload.reloadEvent.hasSuffix("\n\n"))
    }
}
