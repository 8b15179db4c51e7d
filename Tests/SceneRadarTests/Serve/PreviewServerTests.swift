import Foundation
import Synchronization
import XCTest

@testable import SceneRadar

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

final class PreviewServerTests: XCTestCase {
    private var site: SiteFixture!
    private var server: PreviewServer!
    private var port: UInt16 = 0

    override func setUpWithError() throws {
        site = try SiteFixture()
        server = try PreviewServer(configuration: .init(root: site.root.path, port: 0))
        port = try server.start()
    }

    override func tearDown() {
        server.stop()
        XCTAssertEqual(server.openConnectionCount, 0)
        XCTAssertEqual(server.eventStreamCount, 0)
        server = nil
        site = nil
    }

    // MARK: - Pages and assets

    func testStart_portZero_reportsEphemeralPort() {
        XCTAssertGreaterThan(port, 0)
        XCTAssertEqual(server.port, port)
    }

    func testGet_page_injectsReloadScriptBeforeBody_fileOnDiskUnchanged() throws {
        let response = try XCTUnwrap(RawHTTPClient.get(port: port, "/"))
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.header("Content-Type"), "text/html; charset=utf-8")
        XCTAssertEqual(response.header("Cache-Control"), "no-store")
        XCTAssertEqual(
            response.text, "<!doctype html><html><body><h1>Radar</h1>\(LiveReload.scriptTag)</body></html>\n")
        XCTAssertEqual(response.header("Content-Length"), String(response.body.count))
        XCTAssertFalse(try site.contents("index.html").contains("EventSource"))
    }

    func testGet_assets_haveTheirContentTypes() throws {
        let expected = [
            "/assets/site.css": "text/css; charset=utf-8",
            "/assets/app.js": "text/javascript; charset=utf-8",
            "/assets/chart.svg": "image/svg+xml; charset=utf-8",
            "/assets/logo.png": "image/png",
            "/assets/font.woff2": "font/woff2",
            "/assets/blob.bin": "application/octet-stream",
            "/feed.xml": "application/atom+xml; charset=utf-8",
            "/sitemap.xml": "application/xml; charset=utf-8",
            "/radar.json": "application/json; charset=utf-8",
            "/media/clip.mp4": "video/mp4",
        ]
        for (path, type) in expected.sorted(by: { $0.key < $1.key }) {
            let response = try XCTUnwrap(RawHTTPClient.get(port: port, path), path)
            XCTAssertEqual(response.status, 200, path)
            XCTAssertEqual(response.header("Content-Type"), type, path)
            XCTAssertEqual(response.text, try site.contents(String(path.dropFirst())), path)
        }
    }

    func testGet_queryString_isIgnored() throws {
        let response = try XCTUnwrap(RawHTTPClient.get(port: port, "/assets/site.css?v=42&x=%zz"))
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.text, "body { color: black }\n")
    }

    func testGet_withURLSession_servesPage() throws {
        let url = try XCTUnwrap(URL(string: "http://127.0.0.1:\(port)/scenes/x/"))
        let done = expectation(description: "response")
        nonisolated(unsafe) var status = 0
        nonisolated(unsafe) var body = ""
        let task = URLSession.shared.dataTask(with: url) { data, response, _ in
            status = (response as? HTTPURLResponse)?.statusCode ?? 0
            body = String(decoding: data ?? Data(), as: UTF8.self)
            done.fulfill()
        }
        task.resume()
        wait(for: [done], timeout: 20)
        XCTAssertEqual(status, 200)
        XCTAssertEqual(body, "<html><BODY><p>Scene X</p>\(LiveReload.scriptTag)</BODY></html>")
    }

    func testHead_sendsSameHeadersWithoutBody() throws {
        let get = try XCTUnwrap(RawHTTPClient.get(port: port, "/scenes/x/"))
        let client = try RawHTTPClient(port: port)
        client.send(
            "HEAD /scenes/x/ HTTP/1.1\r\nHost: localhost\r\n\r\nGET /assets/site.css HTTP/1.1\r\nHost: localhost\r\n\r\n"
        )
        let head = try XCTUnwrap(client.readResponse(bodyless: true))
        XCTAssertEqual(head.status, 200)
        XCTAssertEqual(head.header("Content-Length"), String(get.body.count))
        XCTAssertEqual(head.header("Content-Type"), "text/html; charset=utf-8")
        // No body bytes were sent: the next bytes on the connection are the second response.
        let next = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(next.text, "body { color: black }\n")
    }

    func testPost_returns405WithAllow() throws {
        let response = try XCTUnwrap(
            RawHTTPClient.exchange(
                port: port, "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\nabc"))
        XCTAssertEqual(response.status, 405)
        XCTAssertEqual(response.header("Allow"), "GET, HEAD")
        XCTAssertEqual(response.header("Connection"), "close")
        let delete = try XCTUnwrap(
            RawHTTPClient.exchange(port: port, "DELETE /index.html HTTP/1.1\r\nHost: localhost\r\n\r\n"))
        XCTAssertEqual(delete.status, 405)
    }

    func testDirectoryWithoutSlash_redirects301KeepingQuery() throws {
        let response = try XCTUnwrap(RawHTTPClient.get(port: port, "/scenes/x?tab=logs"))
        XCTAssertEqual(response.status, 301)
        XCTAssertEqual(response.header("Location"), "/scenes/x/?tab=logs")
    }

    func testMissing_serves404PageWithStatus404() throws {
        try site.write("404.html", "<html><body>lost</body></html>")
        let response = try XCTUnwrap(RawHTTPClient.get(port: port, "/scenes/nope/"))
        XCTAssertEqual(response.status, 404)
        XCTAssertEqual(response.text, "<html><body>lost\(LiveReload.scriptTag)</body></html>")
    }

    func testMissing_without404Page_servesPlainFallback() throws {
        let response = try XCTUnwrap(RawHTTPClient.get(port: port, "/nope.css"))
        XCTAssertEqual(response.status, 404)
        XCTAssertTrue(response.text.contains("404 Not Found"))
    }

    func testDirectoryWithoutIndex_isNotListed() throws {
        let response = try XCTUnwrap(RawHTTPClient.get(port: port, "/assets/"))
        XCTAssertEqual(response.status, 404)
        XCTAssertFalse(response.text.contains("site.css"))
    }

    func testRange_servesPartialContent() throws {
        let response = try XCTUnwrap(
            RawHTTPClient.get(port: port, "/media/clip.mp4", headers: "Range: bytes=10-14\r\n"))
        XCTAssertEqual(response.status, 206)
        XCTAssertEqual(response.header("Content-Range"), "bytes 10-14/100")
        XCTAssertEqual(response.text, "01234")
        let beyond = try XCTUnwrap(
            RawHTTPClient.get(port: port, "/media/clip.mp4", headers: "Range: bytes=500-\r\n"))
        XCTAssertEqual(beyond.status, 416)
        XCTAssertEqual(beyond.header("Content-Range"), "bytes */100")
    }

    func testForeignHost_isRefused() throws {
        let response = try XCTUnwrap(
            RawHTTPClient.exchange(port: port, "GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n"))
        XCTAssertEqual(response.status, 403)
        let localhost = try XCTUnwrap(
            RawHTTPClient.exchange(port: port, "GET / HTTP/1.1\r\nHost: LOCALHOST:\(port)\r\n\r\n"))
        XCTAssertEqual(localhost.status, 200)
    }

    // MARK: - Connections

    func testKeepAlive_servesSeveralRequestsOnOneConnection() throws {
        let client = try RawHTTPClient(port: port)
        for path in ["/assets/site.css", "/radar.json", "/assets/app.js"] {
            client.send("GET \(path) HTTP/1.1\r\nHost: localhost\r\n\r\n")
            let response = try XCTUnwrap(client.readResponse())
            XCTAssertEqual(response.status, 200)
            XCTAssertEqual(response.header("Connection"), "keep-alive")
        }
        client.send("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        XCTAssertEqual(client.readResponse()?.header("Connection"), "close")
        XCTAssertTrue(client.isClosedByServer())
    }

    func testHTTP10_closesUnlessKeepAliveAsked() throws {
        let client = try RawHTTPClient(port: port)
        client.send("GET /radar.json HTTP/1.0\r\n\r\n")
        XCTAssertEqual(client.readResponse()?.header("Connection"), "close")
        XCTAssertTrue(client.isClosedByServer())
    }

    func testPipelinedRequests_areAnsweredInOrder() throws {
        let client = try RawHTTPClient(port: port)
        client.send(
            "GET /radar.json HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /feed.xml HTTP/1.1\r\nHost: localhost\r\n\r\n")
        XCTAssertEqual(client.readResponse()?.text, "{}")
        XCTAssertEqual(client.readResponse()?.text, "<feed/>")
    }

    func testOversizedHeader_gets431() throws {
        let filler = String(repeating: "a", count: 20_000)
        let response = try XCTUnwrap(
            RawHTTPClient.exchange(
                port: port, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Filler: \(filler)\r\n\r\n"))
        XCTAssertEqual(response.status, 431)
    }

    func testMalformedRequests_get400() throws {
        let requests = [
            "GET / HTTP/1.1\r\n\r\n",  // no Host
            "GET  / HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "GET / HTTP/1.1\r\nHost : localhost\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: localhost\r\nX: a\r\n folded\r\n\r\n",
            "GET /%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "GET /index.html%00 HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
        ]
        for raw in requests {
            XCTAssertEqual(RawHTTPClient.exchange(port: port, raw)?.status, 400, raw.debugDescription)
        }
        XCTAssertEqual(
            RawHTTPClient.exchange(port: port, "GET / HTTP/2.0\r\nHost: localhost\r\n\r\n")?.status, 505)
    }

    func testTwentyFiveConcurrentClients_areAllServed() throws {
        let clients = 25
        let port = self.port
        let results = Mutex([Int](repeating: 0, count: clients))
        DispatchQueue.concurrentPerform(iterations: clients) { index in
            guard let client = try? RawHTTPClient(port: port) else { return }
            var served = 0
            for _ in 0..<4 {
                client.send("GET /scenes/x/ HTTP/1.1\r\nHost: localhost\r\n\r\n")
                if client.readResponse()?.status == 200 { served += 1 }
            }
            results.withLock { $0[index] = served }
        }
        XCTAssertEqual(results.withLock { $0 }, [Int](repeating: 4, count: clients))
    }

    func testIdleConnections_doNotBlockOthers() throws {
        // Twenty clients connect and say nothing; a twenty-first is still served at once.
        let idle = try (0..<20).map { _ in try RawHTTPClient(port: port) }
        let partial = try RawHTTPClient(port: port)
        partial.send("GET / HTTP/1.1\r\nHost: loc")
        let response = try XCTUnwrap(RawHTTPClient.get(port: port, "/radar.json"))
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(idle.count, 20)
    }
}
