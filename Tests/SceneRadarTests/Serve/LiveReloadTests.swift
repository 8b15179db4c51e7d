import XCTest

@testable import SceneRadar

final class LiveReloadTests: XCTestCase {
    private func inject(_ html: String) -> String {
        String(decoding: LiveReload.inject(into: Array(html.utf8)), as: UTF8.self)
    }

    func testInject_beforeLastClosingBody_caseInsensitive() {
        XCTAssertEqual(
            inject("<body><code>&lt;/body></code></BODY>\n</html>"),
            "<body><code>&lt;/body></code>\(LiveReload.scriptTag)</BODY>\n</html>")
        XCTAssertEqual(inject("<p></body >"), "<p>\(LiveReload.scriptTag)</body >")
    }

    func testInject_withoutClosingBody_appends() {
        XCTAssertEqual(inject("<p>hi"), "<p>hi\(LiveReload.scriptTag)")
        XCTAssertEqual(inject("<p></bodyguard>"), "<p></bodyguard>\(LiveReload.scriptTag)")
        XCTAssertEqual(inject(""), LiveReload.scriptTag)
    }

    func testInject_keepsInvalidUTF8Bytes() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("</body>".utf8)
        XCTAssertEqual(Array(LiveReload.inject(into: bytes).prefix(2)), [0xFF, 0xFE])
    }

    func testInject_widensThePagePolicy() {
        XCTAssertEqual(
            inject(
                "<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"></head><body></body>"
            ),
            "<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; "
                + "script-src &#39;self&#39;; connect-src &#39;self&#39;\"></head><body>\(LiveReload.scriptTag)</body>"
        )
    }

    func testScript_isAFileThatListensToTheEventsEndpoint() {
        XCTAssertEqual(
            LiveReload.scriptTag, "<script src=\"/__radar/reload.js\" data-radar-live-reload></script>")
        XCTAssertTrue(LiveReload.scriptSource.contains("new EventSource('/__radar/events')"))
        XCTAssertTrue(LiveReload.scriptSource.contains("location.reload()"))
        XCTAssertTrue(LiveReload.reloadEvent.hasPrefix("event: reload\n"))
        XCTAssertTrue(LiveReload.reloadEvent.hasSuffix("\n\n"))
        XCTAssertEqual(LiveReload.buildEvent("7-2"), "event: build\ndata: 7-2\n\n")
        // A hidden tab lets its stream go and listens again when shown.
        XCTAssertTrue(LiveReload.scriptSource.contains("visibilitychange"))
        XCTAssertTrue(LiveReload.scriptSource.contains("addEventListener('build'"))
    }
}
