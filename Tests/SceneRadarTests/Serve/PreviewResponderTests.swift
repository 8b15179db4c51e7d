import XCTest

@testable import SceneRadar

final class PreviewResponderTests: XCTestCase {
    private var site: SiteFixture!
    private var responder: PreviewResponder!

    override func setUpWithError() throws {
        site = try SiteFixture()
        let resolver = try XCTUnwrap(SitePathResolver(root: site.root.path))
        responder = PreviewResponder(resolver: resolver, allowedHosts: PreviewResponder.loopbackHosts)
    }

    override func tearDown() {
        site = nil
    }

    private func respond(
        _ method: String, _ target: String, host: String = "localhost", errorPage: String? = nil
    ) -> HTTPResponse? {
        let request = HTTPRequest(
            method: method, target: target, minorVersion: 1, headers: [.init(name: "Host", value: host)])
        guard case .response(let response) = responder.respond(to: request, errorPage: errorPage) else {
            return nil
        }
        return response
    }

    func testHostName_stripsPortAndKeepsIPv6Brackets() {
        XCTAssertEqual(PreviewResponder.hostName("LocalHost:8000"), "localhost")
        XCTAssertEqual(PreviewResponder.hostName("127.0.0.1"), "127.0.0.1")
        XCTAssertEqual(PreviewResponder.hostName("[::1]:8000"), "[::1]")
    }

    func testRespond_eventsPath_switchesToStream() {
        let request = HTTPRequest(
            method: "GET", target: "/__radar/events", minorVersion: 1,
            headers: [.init(name: "Host", value: "localhost")])
        guard case .eventStream = responder.respond(to: request, errorPage: nil) else {
            return XCTFail("expected the event stream")
        }
    }

    func testRespond_absoluteFormAuthority_isCheckedLikeHost() {
        XCTAssertEqual(respond("GET", "http://evil.example/")?.status, .forbidden)
        XCTAssertEqual(respond("GET", "http://localhost:1/radar.json")?.status, .ok)
    }

    func testRespond_errorPage_keepsRedirectsAndAssets() {
        XCTAssertEqual(respond("GET", "/scenes/x", errorPage: "<p>bad</p>")?.status, .movedPermanently)
        XCTAssertEqual(respond("GET", "/assets/site.css", errorPage: "<p>bad</p>")?.status, .ok)
        let page = respond("GET", "/scenes/x/", errorPage: "<p>bad</p>")
        XCTAssertEqual(page?.status, .internalServerError)
        XCTAssertEqual(page?.header("Cache-Control"), "no-store")
    }

    func testRespond_reservedPrefix_isNotServedFromDisk() throws {
        try site.write("__radar/events.html", "x")
        XCTAssertEqual(respond("GET", "/__radar/events.html")?.status, .notFound)
        XCTAssertEqual(respond("GET", "/__radar")?.status, .notFound)
    }

    func testRespond_ownAssets_reloadScriptAndErrorStylesheet() throws {
        let script = try XCTUnwrap(respond("GET", "/__radar/reload.js"))
        XCTAssertEqual(script.status, .ok)
        XCTAssertEqual(script.header("Content-Type"), "text/javascript; charset=utf-8")
        guard case .bytes(let bytes) = script.body else { return XCTFail("expected bytes") }
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), LiveReload.scriptSource)
        XCTAssertEqual(
            respond("HEAD", "/__radar/error.css")?.header("Content-Type"), "text/css; charset=utf-8")
        XCTAssertEqual(respond("GET", "/__radar/error.css", errorPage: "<p>bad</p>")?.status, .ok)
        XCTAssertEqual(respond("GET", "/__radar/reload.js/")?.status, .notFound)
    }
}
