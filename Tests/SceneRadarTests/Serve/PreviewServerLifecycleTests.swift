import Foundation
import Synchronization
import XCTest

@testable import SceneRadar

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Binding, timeouts, live reload, the error page and stopping.
final class PreviewServerLifecycleTests: XCTestCase {
    private var site: SiteFixture!
    private var servers: [PreviewServer] = []
    private var watchers: [FileWatcher] = []

    override func setUpWithError() throws {
        site = try SiteFixture()
    }

    override func tearDown() {
        for watcher in watchers { watcher.stop() }
        for server in servers {
            server.stop()
            XCTAssertEqual(server.openConnectionCount, 0)
            XCTAssertEqual(server.eventStreamCount, 0)
        }
        servers = []
        watchers = []
        site = nil
    }

    private func startServer(_ configure: (inout PreviewServer.Configuration) -> Void = { _ in }) throws -> (
        PreviewServer, UInt16
    ) {
        var configuration = PreviewServer.Configuration(root: site.root.path, port: 0)
        configure(&configuration)
        let server = try PreviewServer(configuration: configuration)
        servers.append(server)
        return (server, try server.start())
    }

    /// Opens a live-reload stream and waits until the server has registered it.
    private func openStream(port: UInt16) throws -> RawHTTPClient {
        let client = try RawHTTPClient(port: port)
        client.send("GET /__radar/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
        XCTAssertTrue(client.waitFor("text/event-stream"))
        XCTAssertTrue(client.waitFor(": connected\n\n"))
        return client
    }

    // MARK: - Binding

    func testStart_portInUse_givesClearError() throws {
        let (_, port) = try startServer()
        let second = try PreviewServer(configuration: .init(root: site.root.path, port: port))
        XCTAssertThrowsError(try second.start()) { error in
            XCTAssertEqual(error as? PreviewServerError, .portInUse(port))
            XCTAssertEqual("\(error)", "port \(port) is already in use; try --port \(port + 1)")
        }
    }

    func testInit_missingRoot_isRefused() {
        XCTAssertThrowsError(try PreviewServer(configuration: .init(root: site.base.path + "/nope"))) {
            error in
            XCTAssertEqual(error as? PreviewServerError, .rootNotFound(site.base.path + "/nope"))
        }
    }

    func testStart_twice_isRefused() throws {
        let (server, _) = try startServer()
        XCTAssertThrowsError(try server.start()) {
            XCTAssertEqual($0 as? PreviewServerError, .alreadyStarted)
        }
    }

    // MARK: - Timeouts

    func testSlowClient_timesOutWith408_andDoesNotBlockOthers() throws {
        let (_, port) = try startServer { $0.headerTimeout = .milliseconds(500) }
        let slow = try RawHTTPClient(port: port)
        slow.send("GET / HTTP/1.1\r\nHost: loc")
        XCTAssertEqual(RawHTTPClient.get(port: port, "/radar.json")?.status, 200)
        XCTAssertEqual(slow.readResponse()?.status, 408)
        XCTAssertTrue(slow.isClosedByServer())
    }

    func testIdleKeepAliveConnection_isClosedAfterIdleTimeout() throws {
        let (server, port) = try startServer { $0.idleTimeout = .milliseconds(300) }
        let client = try RawHTTPClient(port: port)
        client.send("GET /radar.json HTTP/1.1\r\nHost: localhost\r\n\r\n")
        XCTAssertEqual(client.readResponse()?.status, 200)
        XCTAssertTrue(client.isClosedByServer())
        XCTAssertTrue(waitUntil { server.openConnectionCount == 0 })
    }

    func testConnectionLimit_answers503() throws {
        let (server, port) = try startServer { $0.maximumConnections = 2 }
        let first = try RawHTTPClient(port: port)
        let second = try RawHTTPClient(port: port)
        XCTAssertTrue(waitUntil { server.openConnectionCount == 2 })
        let third = try RawHTTPClient(port: port)
        XCTAssertEqual(third.readResponse()?.status, 503)
        XCTAssertTrue(third.isClosedByServer())
        _ = (first, second)
    }

    // MARK: - Live reload

    func testBroadcastReload_reachesEveryStream() throws {
        let (server, port) = try startServer()
        let streams = try (0..<3).map { _ in try openStream(port: port) }
        XCTAssertEqual(server.broadcastReload(), 3)
        for stream in streams {
            XCTAssertTrue(stream.waitFor("event: reload\ndata: reload\n\n"))
        }
    }

    func testEventStream_closedByClient_isUnregistered() throws {
        let (server, port) = try startServer()
        var stream: RawHTTPClient? = try openStream(port: port)
        XCTAssertEqual(server.eventStreamCount, 1)
        stream = nil
        XCTAssertNil(stream)
        XCTAssertTrue(waitUntil { server.eventStreamCount == 0 && server.openConnectionCount == 0 })
    }

    func testEventStream_headIsRefused() throws {
        let (_, port) = try startServer()
        let response = RawHTTPClient.exchange(
            port: port, "HEAD /__radar/events HTTP/1.1\r\nHost: localhost\r\n\r\n", bodyless: true)
        XCTAssertEqual(response?.status, 405)
        XCTAssertEqual(RawHTTPClient.get(port: port, "/__radar/other")?.status, 404)
    }

    func testFileChange_reachesStreamAsReloadWithinOneSecond() throws {
        let (server, port) = try startServer()
        let vault = site.base.appendingPathComponent("vault")
        try FileManager.default.createDirectory(at: vault, withIntermediateDirectories: true)
        let watcher = FileWatcher(
            configuration: .init(
                roots: [vault.path], interval: .milliseconds(100), debounce: .milliseconds(50))
        ) { _ in server.broadcastReload() }
        watchers.append(watcher)
        watcher.start()
        let stream = try openStream(port: port)
        let changed = Date()
        try Data("# note".utf8).write(to: vault.appendingPathComponent("note.md"))
        XCTAssertTrue(stream.waitFor("event: reload\n"))
        XCTAssertLessThan(Date().timeIntervalSince(changed), 1.0)
    }

    // MARK: - Error page

    func testErrorPage_replacesHTMLUntilCleared() throws {
        let (server, port) = try startServer()
        server.showErrorPage(html: "<html><body><pre>scene.md:3:1: error</pre></body></html>")
        for path in ["/", "/scenes/x/", "/missing/"] {
            let response = try XCTUnwrap(RawHTTPClient.get(port: port, path))
            XCTAssertEqual(response.status, 500, path)
            XCTAssertEqual(
                response.text,
                "<html><body><pre>scene.md:3:1: error</pre>\(LiveReload.scriptTag)</body></html>",
                path)
        }
        XCTAssertEqual(RawHTTPClient.get(port: port, "/assets/site.css")?.status, 200)
        server.showErrorPage(html: nil)
        let page = try XCTUnwrap(RawHTTPClient.get(port: port, "/"))
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("<h1>Radar</h1>"))
    }

    // MARK: - Stopping

    func testStop_closesListenerStreamsAndIdleConnections() throws {
        let (server, port) = try startServer()
        let stream = try openStream(port: port)
        let idle = try RawHTTPClient(port: port)
        XCTAssertTrue(waitUntil { server.openConnectionCount == 2 })
        server.stop()
        XCTAssertEqual(server.openConnectionCount, 0)
        XCTAssertTrue(stream.isClosedByServer())
        XCTAssertTrue(idle.isClosedByServer())
        XCTAssertThrowsError(try RawHTTPClient(port: port))
        server.stop()  // a second stop is harmless
        server.waitUntilStopped()
    }

    func testStop_leavesNoDescriptorsOrThreads() throws {
        func openDescriptors() -> Int {
            (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0
        }
        func exercise() throws {
            let (server, port) = try startServer()
            let stream = try openStream(port: port)
            let idle = try RawHTTPClient(port: port)
            for path in ["/", "/assets/site.css", "/nope", "/scenes/x"] {
                XCTAssertNotNil(RawHTTPClient.get(port: port, path))
            }
            XCTAssertTrue(waitUntil { server.openConnectionCount == 2 })
            server.stop()
            XCTAssertEqual(server.threads.wait(timeout: .now()), .success)
            _ = (stream, idle)
        }
        try exercise()  // the first run may open lazily created runtime descriptors
        let before = openDescriptors()
        try exercise()
        XCTAssertEqual(openDescriptors(), before)
    }

    func testStopOnSignals_stopsTheServer() throws {
        let (server, port) = try startServer()
        let signals = server.stopOnSignals([SIGUSR2])
        defer { signals.cancel() }
        let stopped = Mutex(false)
        Thread.detachNewThread {
            server.waitUntilStopped()
            stopped.withLock { $0 = true }
        }
        kill(getpid(), SIGUSR2)
        XCTAssertTrue(waitUntil { stopped.withLock { $0 } })
        XCTAssertThrowsError(try RawHTTPClient(port: port))
    }
}
