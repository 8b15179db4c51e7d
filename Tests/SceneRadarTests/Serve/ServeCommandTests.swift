import Foundation
import Synchronization
import XCTest

@testable import SceneRadar

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `radar serve` as a command: what it prints, how it stops, and what it leaves behind.
final class ServeCommandTests: XCTestCase {
    private var fixture: ServeVault!

    override func setUpWithError() throws {
        fixture = try ServeVault()
    }

    override func tearDown() {
        XCTAssertEqual(fixture.leftovers(), [])
        fixture = nil
    }

    /// The temporary folders this process's serve sessions have in the system temporary folder.
    private func ownTemporaryFolders() -> [String] {
        let temporary = FileManager.default.temporaryDirectory.path
        return ((try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []).filter {
            $0.hasPrefix("radar-serve-\(getpid())-")
        }
    }

    /// Runs `radar serve` on its own thread; returns its console, its session once it serves, and
    /// its exit status once it has returned. Stopping goes through the session: signals are tested
    /// on the real executable below, where they are process-wide as in use.
    private func runInBackground(quiet: Bool = false) -> (
        console: CapturingConsole, session: () -> PreviewSession?, status: () -> Int32?
    ) {
        let console = CapturingConsole()
        var command = ServeCommand(context: CommandContext(console: console, environment: ["NO_COLOR": "1"]))
        command.stopSignals = []
        command.watchInterval = .milliseconds(50)
        command.debounce = .milliseconds(30)
        let session = Mutex<PreviewSession?>(nil)
        command.onServing = { serving in session.withLock { $0 = serving } }
        let vault = fixture.vault.root
        let result = Mutex<Int32?>(nil)
        let runner = command
        Thread.detachNewThread {
            let status = runner.run(vault: vault, port: 0, output: nil, quiet: quiet)
            result.withLock { $0 = status }
        }
        return (console, { session.withLock { $0 } }, { result.withLock { $0 } })
    }

    /// Stops a background run and waits for its status.
    private func stop(
        _ run: (console: CapturingConsole, session: () -> PreviewSession?, status: () -> Int32?)
    )
        -> Int32?
    {
        run.session()?.stop()
        _ = waitUntil(timeout: 30) { run.status() != nil }
        return run.status()
    }

    private func servingPort(_ console: CapturingConsole) -> UInt16? {
        let line = console.stdout
        guard let range = line.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) else {
            return nil
        }
        return UInt16(line[range].dropFirst("http://127.0.0.1:".count).dropLast())
    }

    private func command(_ console: CapturingConsole) -> ServeCommand {
        var command = ServeCommand(context: CommandContext(console: console, environment: ["NO_COLOR": "1"]))
        command.stopSignals = []
        return command
    }

    // MARK: - In process

    /// While a `radar build` of the same vault holds it, the preview says so and waits, then
    /// serves what it builds.
    func testRun_whileAnotherBuildHoldsTheVault_saysItWaits_thenServes() throws {
        var holder = FolderLock(path: fixture.vault.root, waiting: { XCTFail("the vault is free") })
        let run = runInBackground()
        let console = run.console
        XCTAssertTrue(
            waitUntil(timeout: 30) { console.stderr.contains("radar: waiting for another radar build") },
            console.stderr)
        XCTAssertNil(run.session())
        holder = nil
        XCTAssertNil(holder)
        XCTAssertTrue(waitUntil(timeout: 30) { run.session() != nil }, console.stderr)
        XCTAssertTrue(
            console.stderr.hasPrefix(
                "radar: waiting for another radar build, which holds this vault's build cache\n"),
            console.stderr)
        XCTAssertEqual(stop(run), ExitStatus.success)
    }

    func testRun_servesUntilStopped_printsWhatHappens_andRemovesItsFolder() throws {
        let before = ownTemporaryFolders()
        let run = runInBackground()
        let console = run.console
        XCTAssertTrue(waitUntil(timeout: 30) { run.session() != nil }, console.stderr)
        let port = try XCTUnwrap(servingPort(console))
        XCTAssertEqual(
            console.stdout, "Serving \(fixture.vault.root) at http://127.0.0.1:\(port)/ — Ctrl-C to stop\n")
        XCTAssertEqual(ownTemporaryFolders().count, before.count + 1)
        XCTAssertEqual(RawHTTPClient.get(port: port, "/")?.status, 200)

        let stream = try RawHTTPClient.openEventStream(port: port)
        try fixture.vault.write("scenes/tiny-scene/scene.md", ServeVault.brokenScene)
        XCTAssertTrue(stream.waitFor("event: reload\n"))
        let file = fixture.vault.path("scenes/tiny-scene/scene.md")
        XCTAssertTrue(console.stderr.contains("\(file):2:7: error[syntax]: "), console.stderr)
        XCTAssertTrue(console.stderr.contains(" 2 | name: <b>Tiny</b>: oops\n"), console.stderr)
        XCTAssertTrue(console.stderr.contains("radar: rebuilt "), console.stderr)
        XCTAssertTrue(
            console.stderr.contains(
                "s (scenes/tiny-scene/scene.md changed), with errors: the browser shows them until they are fixed\n"
            ),
            console.stderr)
        try fixture.vault.write("scenes/tiny-scene/scene.md", ServeVault.scene)
        XCTAssertTrue(stream.waitFor("event: reload\n"))

        XCTAssertEqual(stop(run), ExitStatus.success)
        XCTAssertTrue(console.stderr.hasPrefix("radar: built 7 pages in "), console.stderr)
        XCTAssertTrue(console.stderr.hasSuffix("radar: stopped\n"), console.stderr)
        XCTAssertEqual(ownTemporaryFolders(), before)
        XCTAssertThrowsError(try RawHTTPClient(port: port))
        XCTAssertTrue(stream.isClosedByServer())
    }

    func testRun_quiet_printsOnlyTheAddress() throws {
        let run = runInBackground(quiet: true)
        XCTAssertTrue(waitUntil(timeout: 30) { run.session() != nil })
        XCTAssertTrue(run.console.stdout.hasSuffix("Ctrl-C to stop\n"))
        XCTAssertEqual(stop(run), ExitStatus.success)
        XCTAssertEqual(run.console.stderr, "")
    }

    func testRun_portInUse_printsTheClearMessage_andExitsTwo() throws {
        let taken = try Socket.makeListener(port: 0)
        defer { close(taken.fd) }
        let before = ownTemporaryFolders()
        let result = Fixtures.run(["serve", fixture.vault.root, "--port", String(taken.port)])
        XCTAssertEqual(result.status, ExitStatus.usage)
        XCTAssertEqual(result.out, "")
        XCTAssertEqual(
            result.err, "radar: port \(taken.port) is already in use; try --port \(taken.port + 1)\n")
        XCTAssertEqual(ownTemporaryFolders(), before)
    }

    func testRun_missingVault_saysSo_andExitsTwo() throws {
        let console = CapturingConsole()
        let missing = fixture.base + "/no-such-vault"
        let status = command(console).run(vault: missing, port: 0, output: nil, quiet: false)
        XCTAssertEqual(status, ExitStatus.usage)
        XCTAssertEqual(console.stderr, "radar: cannot read the vault '\(missing)': no such folder\n")
        XCTAssertEqual(console.stdout, "")
    }

    // MARK: - The executable, stopped with a real Ctrl-C

    func testExecutable_sigint_stopsCleanly_exitsZero_andRemovesItsFolder() throws {
        try assertStopsCleanly(on: SIGINT)
    }

    /// The terminal closed: the same clean stop, and no copy of the site left behind.
    func testExecutable_sighup_stopsCleanly_exitsZero_andRemovesItsFolder() throws {
        try assertStopsCleanly(on: SIGHUP)
    }

    private func assertStopsCleanly(on signal: Int32) throws {
        let binary = try XCTUnwrap(
            Fixtures.radarExecutable(), "build the radar executable first (swift build)")
        let port = try Self.freePort()
        let out = fixture.base + "/stdout.txt"
        let err = fixture.base + "/stderr.txt"
        XCTAssertTrue(FileManager.default.createFile(atPath: out, contents: nil))
        XCTAssertTrue(FileManager.default.createFile(atPath: err, contents: nil))
        let temporary = fixture.base + "/tmp"
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        defer {
            for path in [out, err, temporary] { try? FileManager.default.removeItem(atPath: path) }
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", fixture.vault.root, "--port", String(port)]
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporary
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        try process.run()
        defer {
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
            }
        }
        let printed = { (try? String(contentsOfFile: out, encoding: .utf8)) ?? "" }
        XCTAssertTrue(waitUntil(timeout: 60) { printed().contains("Ctrl-C to stop") }, printed())
        XCTAssertEqual(
            printed(), "Serving \(fixture.vault.root) at http://127.0.0.1:\(port)/ — Ctrl-C to stop\n")
        let folders = try FileManager.default.contentsOfDirectory(atPath: temporary)
        XCTAssertEqual(folders.count, 1)
        XCTAssertTrue(
            folders.first?.hasPrefix("radar-serve-\(process.processIdentifier)-") == true, "\(folders)")
        XCTAssertEqual(RawHTTPClient.get(port: port, "/")?.status, 200)
        let stream = try RawHTTPClient.openEventStream(port: port)
        // Restarted with the allocator's settings, it keeps its name, for pgrep and top.
        let name = try String(contentsOfFile: "/proc/\(process.processIdentifier)/comm", encoding: .utf8)
        XCTAssertEqual(name, "radar\n")

        kill(process.processIdentifier, signal)
        XCTAssertTrue(waitUntil(timeout: 30) { !process.isRunning })
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: temporary), [])
        XCTAssertTrue(stream.isClosedByServer())
        let errors = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
        XCTAssertTrue(errors.hasSuffix("radar: stopped\n"), errors)
    }

    /// A port that was free a moment ago.
    private static func freePort() throws -> UInt16 {
        let listener = try Socket.makeListener(port: 0)
        close(listener.fd)
        return listener.port
    }
}
