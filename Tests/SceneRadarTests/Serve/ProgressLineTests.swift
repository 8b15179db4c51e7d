import Synchronization
import XCTest

@testable import SceneRadar

/// A console that says its standard error is a terminal, to see what a user would see.
final class TerminalConsole: Console {
    let capture = CapturingConsole()
    func out(_ text: String) { capture.out(text) }
    func err(_ text: String) { capture.err(text) }
    var outIsTerminal: Bool { true }
    var errIsTerminal: Bool { true }
}

final class ProgressLineTests: XCTestCase {
    /// A clock the test moves by hand.
    private final class ManualClock: Sendable {
        let now = Mutex(Duration.zero)
    }

    private let clock = ManualClock()

    private func manualProgress(_ console: any Console, enabled: Bool = true) -> ProgressLine {
        let clock = self.clock
        return ProgressLine(
            console: console, isEnabled: enabled, threshold: .seconds(1), refresh: nil,
            now: { clock.now.withLock { $0 } })
    }

    private func advance(to seconds: Double) {
        clock.now.withLock { $0 = .milliseconds(Int(seconds * 1000)) }
    }

    func testLine_underThreshold_isNil_thenShowsTenths() {
        XCTAssertNil(ProgressLine.line("building", elapsed: .milliseconds(999)))
        XCTAssertEqual(ProgressLine.line("building", elapsed: .milliseconds(1000)), "building… 1.0 s")
        XCTAssertEqual(ProgressLine.line("linting", elapsed: .milliseconds(12_345)), "linting… 12.3 s")
    }

    func testSlowStep_drawsWithCarriageReturn_andErasesWhenDone() {
        let console = CapturingConsole()
        let progress = manualProgress(console)
        progress.begin("building")
        advance(to: 0.5)
        progress.tick()
        XCTAssertEqual(console.stderr, "")
        advance(to: 1.2)
        progress.tick()
        advance(to: 2.06)
        progress.tick()
        progress.end()
        XCTAssertEqual(
            console.stderr,
            "\rbuilding… 1.2 s\rbuilding… 2.1 s\r" + String(repeating: " ", count: "building… 2.1 s".count)
                + "\r")
        progress.end()
        XCTAssertEqual(console.stderr.filter { $0 == "\r" }.count, 4)
    }

    func testFastStep_printsNothing() {
        let console = CapturingConsole()
        let progress = manualProgress(console)
        progress.begin("building")
        advance(to: 0.9)
        progress.tick()
        progress.end()
        XCTAssertEqual(console.stderr, "")
    }

    func testDisabled_printsNothingEvenWhenSlow() {
        let console = CapturingConsole()
        let progress = manualProgress(console, enabled: false)
        progress.begin("building")
        advance(to: 5)
        progress.tick()
        progress.end()
        XCTAssertEqual(console.stderr, "")
    }

    func testContext_enabledOnlyOnATerminalWithoutQuiet() {
        let terminal = CommandContext(console: TerminalConsole(), environment: [:])
        let pipe = CommandContext(console: CapturingConsole(), environment: [:])
        XCTAssertTrue(ProgressLine(context: terminal, quiet: false).isEnabled)
        XCTAssertFalse(ProgressLine(context: terminal, quiet: true).isEnabled)
        XCTAssertFalse(ProgressLine(context: pipe, quiet: false).isEnabled)
    }

    func testTimer_redrawsBySelf_andMeasureEndsTheLine() {
        let console = CapturingConsole()
        let progress = ProgressLine(
            console: console, isEnabled: true, threshold: .zero, refresh: .milliseconds(10))
        let value = progress.measure("working") { () -> Int in
            XCTAssertTrue(waitUntil { console.stderr.contains("\rworking… ") })
            return 42
        }
        XCTAssertEqual(value, 42)
        XCTAssertTrue(console.stderr.hasSuffix(" \r"))
        let settled = console.stderr
        usleep(50_000)
        XCTAssertEqual(console.stderr, settled, "the line kept drawing after the step ended")
    }

    func testBuildCommand_fastBuildOnATerminal_showsNoProgressLine() throws {
        let vault = try TemporaryVault(ServeVault.files)
        let output = vault.path("out")
        let console = TerminalConsole()
        let status = BuildCommand(context: CommandContext(console: console, environment: ["NO_COLOR": "1"]))
            .run(
                vault: vault.root, output: output, baseURL: nil, quiet: false)
        XCTAssertEqual(status, ExitStatus.success)
        XCTAssertFalse(console.capture.stderr.contains("\r"))
        // The summary ends the output (a note on the missing base-url may come before it).
        let last = console.capture.stderr.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(last.hasPrefix("radar: built "), console.capture.stderr)
    }

    func testLint_quiet_dropsTheSummaryLine() throws {
        let vault = try TemporaryVault(ServeVault.files)
        let loud = Fixtures.run(["lint", vault.root])
        let quiet = Fixtures.run(["lint", vault.root, "--quiet"])
        XCTAssertTrue(loud.out.contains("radar: 0 errors, 1 warning"))
        XCTAssertEqual(quiet.status, loud.status)
        XCTAssertFalse(quiet.out.contains("radar: "))
        XCTAssertTrue(quiet.out.contains("warning[log.markers-missing]"))
    }

    /// `radar build --quiet` prints the errors and warnings only: no notes (such as the missing
    /// base-url's), no count of diagnostics and no summary of the build.
    func testBuild_quiet_printsOnlyErrorsAndWarnings() throws {
        var files = ServeVault.files
        files["people/broken.md"] = "---\nname: [x]\n---\n"
        let vault = try TemporaryVault(files)
        let output = vault.path("site")
        let loud = Fixtures.run(["build", vault.root, "-o", output])
        XCTAssertTrue(loud.err.contains("radar: note: "), loud.err)
        XCTAssertTrue(loud.err.contains("radar: built "), loud.err)
        let quiet = Fixtures.run(["build", vault.root, "-o", output, "--quiet"])
        XCTAssertEqual(quiet.status, ExitStatus.failure)
        XCTAssertEqual(quiet.status, loud.status)
        XCTAssertTrue(quiet.err.contains("people/broken.md:2:7: error[type]"), quiet.err)
        XCTAssertFalse(quiet.err.contains("radar: "), quiet.err)
        XCTAssertEqual(quiet.out, "")
    }
}
