import Foundation
import Synchronization
import XCTest

@testable import SceneRadar

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `radar serve`'s session driven with a real HTTP client over a small vault: what it serves, live
/// reload on change, the error page for a broken note, and a clean stop.
final class PreviewSessionTests: XCTestCase {
    private var fixture: ServeVault!
    private var events = EventLog()
    private var sessions: [PreviewSession] = []

    override func setUpWithError() throws {
        fixture = try ServeVault()
        events = EventLog()
    }

    override func tearDown() {
        for session in sessions {
            session.stop()
            session.waitUntilStopped()
        }
        XCTAssertTrue(events.buildsAlternate, "builds overlapped: \(events.all)")
        XCTAssertEqual(fixture.leftovers(), [], "the temporary output was left behind")
        sessions = []
        fixture = nil
    }

    private func start(output: String? = nil) throws -> (session: PreviewSession, port: UInt16) {
        let events = self.events
        let session = PreviewSession(configuration: fixture.configuration(output: output)) {
            events.record($0)
        }
        sessions.append(session)
        let port = try session.start()
        return (session, port)
    }

    private func get(_ port: UInt16, _ path: String, file: StaticString = #filePath, line: UInt = #line)
        throws
        -> RawHTTPClient.Response
    {
        try XCTUnwrap(RawHTTPClient.get(port: port, path), "no response for \(path)", file: file, line: line)
    }

    // MARK: - Serving

    func testStart_buildsIntoATemporaryFolderBesideNothingOfTheVault() throws {
        let (session, port) = try start()
        XCTAssertGreaterThan(port, 0)
        XCTAssertEqual(session.port, port)
        let output = try XCTUnwrap(session.output)
        XCTAssertTrue(output.hasPrefix(fixture.base + "/radar-serve-\(getpid())-"), output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/index.html"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.vault.path("_site")))
        XCTAssertEqual(events.all, ["building", "built"])
    }

    func testServe_pagesAndAssets_haveTheirContentTypes() throws {
        let (session, port) = try start()
        let output = try XCTUnwrap(session.output)
        let expected = [
            "/": "text/html; charset=utf-8",
            "/scenes/tiny-scene/": "text/html; charset=utf-8",
            "/scenes/tiny-scene/2026-W02/": "text/html; charset=utf-8",
            "/assets/radar.css": "text/css; charset=utf-8",
            "/quadrant.svg": "image/svg+xml; charset=utf-8",
            "/scenes/tiny-scene/signals.svg": "image/svg+xml; charset=utf-8",
            "/feed.xml": "application/atom+xml; charset=utf-8",
            "/sitemap.xml": "application/xml; charset=utf-8",
            "/radar.json": "application/json; charset=utf-8",
            "/__radar/reload.js": "text/javascript; charset=utf-8",
        ]
        for (path, type) in expected.sorted(by: { $0.key < $1.key }) {
            let response = try get(port, path)
            XCTAssertEqual(response.status, 200, path)
            XCTAssertEqual(response.header("Content-Type"), type, path)
        }
        let css = try get(port, "/assets/radar.css")
        XCTAssertEqual(css.text, try String(contentsOfFile: output + "/assets/radar.css", encoding: .utf8))
        XCTAssertTrue(try get(port, "/scenes/tiny-scene/").text.contains("Tiny Scene"))
        let missing = try get(port, "/no/such/page/")
        XCTAssertEqual(missing.status, 404)
        XCTAssertEqual(missing.header("Content-Type"), "text/html; charset=utf-8")
    }

    /// The preview leaves radar.yml's base URL out: the 404 page's stylesheet and links start
    /// with `/`, on the preview's own server, not on the published site.
    func testServe_linksStayOnThePreview_notOnTheConfiguredBaseURL() throws {
        try fixture.vault.write("radar.yml", "title: Tiny Radar\nbase-url: https://radar.example.org/\n")
        let (_, port) = try start()
        for path in ["/no/such/page/", "/", "/scenes/tiny-scene/"] {
            let page = try get(port, path).text
            XCTAssertFalse(page.contains("radar.example.org"), path)
        }
        XCTAssertTrue(try get(port, "/no/such/page/").text.contains("href=\"/assets/"))
    }

    func testServe_head_sendsTheHeadersOfGetWithoutABody() throws {
        let (_, port) = try start()
        let client = try RawHTTPClient(port: port)
        for path in ["/", "/assets/radar.css"] {
            client.send("HEAD \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let head = try XCTUnwrap(client.readResponse(bodyless: true), path)
            // On the same connection: a body after the HEAD response would garble this one.
            client.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let full = try XCTUnwrap(client.readResponse(), path)
            XCTAssertEqual(head.status, 200, path)
            XCTAssertEqual(full.status, 200, path)
            XCTAssertEqual(head.header("Content-Type"), full.header("Content-Type"), path)
            XCTAssertEqual(head.header("Content-Length"), String(full.body.count), path)
        }
    }

    func testServe_html_carriesTheReloadScriptAndWidenedPolicy_theFileOnDiskDoesNot() throws {
        let (session, port) = try start()
        let output = try XCTUnwrap(session.output)
        let served = try get(port, "/scenes/tiny-scene/").text
        let disk = try String(contentsOfFile: output + "/scenes/tiny-scene/index.html", encoding: .utf8)
        XCTAssertTrue(served.contains(LiveReload.scriptTag + "</body>"))
        XCTAssertTrue(
            served.contains(
                "form-action &#39;none&#39;; script-src &#39;self&#39;; connect-src &#39;self&#39;\""))
        XCTAssertFalse(disk.contains("__radar"))
        XCTAssertFalse(disk.contains("script-src"))
        XCTAssertTrue(disk.contains("default-src &#39;none&#39;"))
    }

    // MARK: - Traversal

    func testServe_traversal_neverRevealsAFileOutsideTheSite() throws {
        let (session, port) = try start()
        let output = try XCTUnwrap(session.output)
        XCTAssertEqual(
            try String(contentsOfFile: output + "/../secret.txt", encoding: .utf8), fixture.secretContent,
            "the secret must be reachable by path for these checks to mean anything")
        try FileManager.default.createSymbolicLink(
            atPath: output + "/leak.txt", withDestinationPath: fixture.base + "/secret.txt")
        try FileManager.default.createSymbolicLink(
            atPath: output + "/relative.txt", withDestinationPath: "../secret.txt")
        try FileManager.default.createSymbolicLink(atPath: output + "/up", withDestinationPath: fixture.base)
        defer {
            for link in ["leak.txt", "relative.txt", "up"] { unlink(output + "/" + link) }
        }
        let targets = [
            "/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2fsecret.txt",
            "/assets/%2e%2e/%2e%2e/secret.txt", "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt",
            "/..%2fsecret.txt", "/.%2e/secret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt",
            "\(fixture.base)/secret.txt", "/\(fixture.base)/secret.txt", "../secret.txt",
            "/leak.txt", "/relative.txt", "/up/secret.txt", "/up/", "/%00../secret.txt",
        ]
        for target in targets {
            let raw = "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
            let response = try XCTUnwrap(RawHTTPClient.exchange(port: port, raw), target)
            XCTAssertTrue([400, 404].contains(response.status), "\(target) → \(response.status)")
            XCTAssertFalse(response.text.contains(fixture.secretContent), "\(target) leaked the secret")
        }
    }

    // MARK: - Concurrency

    func testServe_twentyConcurrentClients_areAllServed() throws {
        let (session, port) = try start()
        let css = try String(
            contentsOfFile: try XCTUnwrap(session.output) + "/assets/radar.css", encoding: .utf8)
        // All twenty are connected before any sends, so the server holds them open at once.
        let clients = try (0..<20).map { _ in try RawHTTPClient(port: port) }
        let results = Mutex<[Int: (status: Int, matches: Bool)]>([:])
        let done = DispatchGroup()
        for (index, client) in clients.enumerated() {
            nonisolated(unsafe) let client = client
            done.enter()
            Thread.detachNewThread {
                let path = index.isMultiple(of: 2) ? "/assets/radar.css" : "/scenes/tiny-scene/"
                client.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                let response = client.readResponse()
                let matches =
                    index.isMultiple(of: 2)
                    ? response?.text == css : response?.text.contains("Tiny Scene") == true
                results.withLock { $0[index] = (response?.status ?? 0, matches) }
                done.leave()
            }
        }
        XCTAssertEqual(done.wait(timeout: .now() + 60), .success)
        let all = results.withLock { $0 }
        XCTAssertEqual(all.count, 20)
        for (index, result) in all.sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(result.status, 200, "client \(index)")
            XCTAssertTrue(result.matches, "client \(index) got the wrong body")
        }
    }

    // MARK: - Rebuilding

    func testChange_sendsReloadWithinOneSecond_andTheNewPageIsServed() throws {
        let (_, port) = try start()
        let stream = try RawHTTPClient.openEventStream(port: port)
        let changed = Date()
        try fixture.vault.write("scenes/tiny-scene/log/2026-W02.md", ServeVault.log + "Zanzibar tapes.\n")
        XCTAssertTrue(stream.waitFor("event: reload\n"))
        XCTAssertLessThan(Date().timeIntervalSince(changed), 1.0)
        XCTAssertTrue(try get(port, "/scenes/tiny-scene/2026-W02/").text.contains("Zanzibar tapes."))
        XCTAssertEqual(events.all, ["building", "built", "building", "built"])
    }

    /// A change that changes no file of the site (a README beside the notes, a lint setting)
    /// rebuilds, but open pages are not reloaded: the build a new stream is told of is still the
    /// first. The next change that does is.
    func testChange_thatChangesNoPage_reloadsNothing() throws {
        let (_, port) = try start()
        let stream = try RawHTTPClient.openEventStream(port: port)
        try fixture.vault.write("README.md", "# My notes\n")
        try fixture.vault.write("radar.yml", "title: Tiny Radar\nlint:\n  strict: true\n")
        XCTAssertTrue(waitUntil(timeout: 10) { self.events.all.count >= 4 }, "\(events.all)")
        usleep(600_000)
        XCTAssertEqual(events.all.last, "built", "\(events.all)")
        let later = try RawHTTPClient.openEventStream(port: port)
        XCTAssertTrue(later.waitFor("event: build\ndata: \(getpid())-0\n"), "a reload was counted")
        try fixture.vault.write("scenes/tiny-scene/log/2026-W02.md", ServeVault.log + "Zanzibar tapes.\n")
        XCTAssertTrue(stream.waitFor("event: reload\n"))
        let last = try RawHTTPClient.openEventStream(port: port)
        XCTAssertTrue(last.waitFor("event: build\ndata: \(getpid())-1\n"))
    }

    /// The built site removed while serving (a cleaner of temporary folders) is built again,
    /// and open pages reload.
    func testSiteRemoved_isBuiltAgain() throws {
        let (session, port) = try start()
        let output = try XCTUnwrap(session.output)
        let stream = try RawHTTPClient.openEventStream(port: port)
        try FileManager.default.removeItem(atPath: output)
        XCTAssertTrue(stream.waitFor("event: reload\n"))
        XCTAssertEqual(try get(port, "/").status, 200)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/index.html"))
        XCTAssertEqual(events.all, ["building", "built", "building", "built"])
        // Made again as it was first made: readable by this user only.
        var status = stat()
        XCTAssertEqual(stat(output, &status), 0)
        XCTAssertEqual(status.st_mode & 0o777, 0o700)
    }

    func testBrokenNote_showsTheErrorPage_andTheFixedNoteThePageAgain() throws {
        let (_, port) = try start()
        let stream = try RawHTTPClient.openEventStream(port: port)
        try fixture.vault.write("scenes/tiny-scene/scene.md", ServeVault.brokenScene)
        XCTAssertTrue(stream.waitFor("event: reload\n"))
        for path in ["/", "/scenes/tiny-scene/", "/people/ada-lovelace/", "/missing/"] {
            let response = try get(port, path)
            XCTAssertEqual(response.status, 500, path)
            XCTAssertEqual(response.header("Content-Type"), "text/html; charset=utf-8", path)
            XCTAssertTrue(response.text.contains("<h1>1 error</h1>"), path)
            XCTAssertTrue(
                response.text.contains(fixture.vault.path("scenes/tiny-scene/scene.md") + ":2:7: "), path)
            XCTAssertTrue(response.text.contains("[<span class=\"code\">syntax</span>]"), path)
            XCTAssertTrue(response.text.contains("name: &lt;b&gt;Tiny&lt;/b&gt;: oops"), path)
            XCTAssertTrue(response.text.contains(LiveReload.scriptTag), path)
            XCTAssertTrue(
                response.text.contains("script-src &#39;self&#39;; connect-src &#39;self&#39;"), path)
        }
        XCTAssertEqual(try get(port, "/assets/radar.css").status, 200)
        let style = try get(port, ErrorPage.stylesheetPath)
        XCTAssertEqual(style.status, 200)
        XCTAssertEqual(style.header("Content-Type"), "text/css; charset=utf-8")

        try fixture.vault.write("scenes/tiny-scene/scene.md", ServeVault.scene)
        XCTAssertTrue(stream.waitFor("event: reload\n"))
        let page = try get(port, "/scenes/tiny-scene/")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("Tiny Scene"))
        XCTAssertEqual(events.all, ["building", "built", "building", "built-broken", "building", "built"])
    }

    /// A note that builds but breaks a rule whose problems are errors (an invite link) shows the
    /// error page too, as `radar build` exits 1 for it.
    func testRuleError_showsTheErrorPage() throws {
        let (_, port) = try start()
        let stream = try RawHTTPClient.openEventStream(port: port)
        try fixture.vault.write(
            "scenes/tiny-scene/log/2026-W02.md", ServeVault.log + "Chat: https://discord.gg/tiny\n")
        XCTAssertTrue(stream.waitFor("event: reload\n"))
        let response = try get(port, "/scenes/tiny-scene/")
        XCTAssertEqual(response.status, 500)
        XCTAssertTrue(response.text.contains("<h1>1 error</h1>"))
        XCTAssertTrue(response.text.contains("[<span class=\"code\">privacy.invite-link</span>]"))
        XCTAssertTrue(response.text.contains("must not be published as it is"))
        XCTAssertEqual(events.all, ["building", "built", "building", "built-broken"])
    }

    func testVaultRemoved_showsTheFailure_andRecoversWhenItIsBack() throws {
        let (_, port) = try start()
        let stream = try RawHTTPClient.openEventStream(port: port)
        let away = fixture.base + "/vault-away"
        try FileManager.default.moveItem(atPath: fixture.vault.root, toPath: away)
        defer {
            if FileManager.default.fileExists(atPath: away) {
                try? FileManager.default.moveItem(atPath: away, toPath: fixture.vault.root)
            }
        }
        XCTAssertTrue(stream.waitFor("event: reload\n"))
        let broken = try get(port, "/")
        XCTAssertEqual(broken.status, 500)
        XCTAssertTrue(broken.text.contains("The site cannot be built"))
        XCTAssertTrue(broken.text.contains("cannot read the vault"))

        try FileManager.default.moveItem(atPath: away, toPath: fixture.vault.root)
        XCTAssertTrue(stream.waitFor("event: reload\n"))
        XCTAssertEqual(try get(port, "/").status, 200)
    }

    func testBrokenFromTheStart_servesTheErrorPageFirst() throws {
        try fixture.vault.write("scenes/tiny-scene/scene.md", ServeVault.brokenScene)
        let (_, port) = try start()
        let response = try get(port, "/")
        XCTAssertEqual(response.status, 500)
        XCTAssertTrue(response.text.contains("[<span class=\"code\">syntax</span>]"))
        XCTAssertEqual(events.all, ["building", "built-broken"])
    }

    func testStaticAndThemeFolders_areWatchedToo() throws {
        let (_, port) = try start()
        let stream = try RawHTTPClient.openEventStream(port: port)
        try fixture.vault.write("static/hello.txt", "hello\n")
        XCTAssertTrue(stream.waitFor("event: reload\n"))
        let hello = try get(port, "/hello.txt")
        XCTAssertEqual(hello.status, 200)
        XCTAssertEqual(hello.header("Content-Type"), "text/plain; charset=utf-8")
        XCTAssertEqual(hello.text, "hello\n")
        try fixture.vault.write("theme/assets/radar.css", "body { color: teal }\n")
        XCTAssertTrue(stream.waitFor("event: reload\n"))
        XCTAssertEqual(try get(port, "/assets/radar.css").text, "body { color: teal }\n")
    }

    func testOutputInsideTheVault_andDotFolders_triggerNoRebuild() throws {
        let output = fixture.vault.path("public")
        let (_, port) = try start(output: output)
        try fixture.vault.write("_site/stale.html", "<p>old build</p>")
        try fixture.vault.write(".obsidian/workspace.json", "{}")
        try fixture.vault.write(".radar-cache/entry", "x")
        // Well over the watch interval and debounce: a rebuild would have started by now, and a
        // build that noticed its own output would keep rebuilding.
        usleep(600_000)
        XCTAssertEqual(events.all, ["building", "built"])
        XCTAssertEqual(try get(port, "/").status, 200)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/index.html"))
    }

    func testManyQuickChanges_buildOneAtATime_andEndWithTheLastVersion() throws {
        let (_, port) = try start()
        for round in 1...8 {
            try fixture.vault.write("scenes/tiny-scene/log/2026-W02.md", ServeVault.log + "Round \(round).\n")
            usleep(useconds_t(20_000 + (round % 3) * 30_000))
        }
        XCTAssertTrue(
            waitUntil(timeout: 20) {
                (try? self.get(port, "/scenes/tiny-scene/2026-W02/").text.contains("Round 8.")) == true
            })
        XCTAssertTrue(events.buildsAlternate, "\(events.all)")
    }

    // MARK: - Options and failures

    func testOutputOption_buildsThere_andKeepsIt() throws {
        let kept = fixture.base + "/kept-site"
        let (session, port) = try start(output: kept)
        XCTAssertEqual(session.output, kept)
        XCTAssertEqual(try get(port, "/").status, 200)
        session.stop()
        XCTAssertTrue(FileManager.default.fileExists(atPath: kept + "/index.html"))
        try FileManager.default.removeItem(atPath: kept)
    }

    func testStart_portInUse_failsWithAClearMessage_beforeBuilding() throws {
        let taken = try Socket.makeListener(port: 0)
        defer { close(taken.fd) }
        var configuration = fixture.configuration()
        configuration.port = taken.port
        let events = self.events
        let session = PreviewSession(configuration: configuration) { events.record($0) }
        XCTAssertThrowsError(try session.start()) { error in
            XCTAssertEqual("\(error)", "port \(taken.port) is already in use; try --port \(taken.port + 1)")
        }
        XCTAssertEqual(events.all, [])
        session.waitUntilStopped()
    }

    func testStart_missingVault_failsWithTheBuildersMessage() throws {
        var configuration = fixture.configuration()
        configuration.vault = fixture.base + "/no-such-vault"
        let session = PreviewSession(configuration: configuration)
        XCTAssertThrowsError(try session.start()) { error in
            guard case PreviewSession.StartError.build(let failure) = error else {
                return XCTFail("expected a build failure, got \(error)")
            }
            XCTAssertEqual(failure.message, "cannot read the vault '\(configuration.vault)': no such folder")
        }
        session.waitUntilStopped()
        XCTAssertThrowsError(try session.start())
    }

    func testStop_duringTheFirstBuild_makesStartThrowStopped_andCleansUp() throws {
        let holder = Mutex<PreviewSession?>(nil)
        let session = PreviewSession(configuration: fixture.configuration()) { event in
            if case .building = event { holder.withLock { $0 }?.stop() }
        }
        holder.withLock { $0 = session }
        defer { holder.withLock { $0 = nil } }
        XCTAssertThrowsError(try session.start()) { error in
            guard case PreviewSession.StartError.stopped = error else { return XCTFail("got \(error)") }
        }
        session.waitUntilStopped()
        XCTAssertEqual(session.port, 0)
    }

    func testStop_closesEverything_removesTheOutput_andLeavesNoDescriptors() throws {
        func openDescriptors() -> Int {
            (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0
        }
        func exercise() throws {
            let (session, port) = try start()
            let stream = try RawHTTPClient.openEventStream(port: port)
            XCTAssertEqual(try get(port, "/").status, 200)
            let output = try XCTUnwrap(session.output)
            session.stop()
            session.stop()
            session.waitUntilStopped()
            XCTAssertTrue(stream.isClosedByServer())
            XCTAssertThrowsError(try RawHTTPClient(port: port))
            XCTAssertFalse(FileManager.default.fileExists(atPath: output))
        }
        try exercise()  // the first run may open lazily created runtime descriptors
        let before = openDescriptors()
        try exercise()
        XCTAssertEqual(openDescriptors(), before)
    }
}
