import Foundation
import XCTest

@testable import SceneRadar

/// A command whose standard output cannot all be written (a full disk, a closed pipe) says so and
/// exits with 2 (SPEC §5), whatever it found: a report cut short never passes for a clean one.
final class OutputFailureTests: XCTestCase {
    private let vault = Fixtures.packageRoot + "/example-vault"

    func testEveryCommandThatPrints_exitsTwo_whenStandardOutputFails() {
        let invocations: [[String]] = [
            ["schema"], ["completion", "bash"], ["score", vault], ["score", vault, "--format", "json"],
            ["lint", vault, "--format", "json"], ["lint", vault, "--format", "sarif"],
            ["dump", "--yaml", vault + "/radar.yml"],
            ["--help"], ["build", "--help"], ["--version"],
        ]
        for arguments in invocations {
            let console = CapturingConsole(failingOutput: true)
            let status = RadarCLI(context: CommandContext(console: console, environment: [:])).run(arguments)
            XCTAssertEqual(status, ExitStatus.usage, "\(arguments)")
            XCTAssertTrue(
                console.stderr.hasSuffix("radar: cannot write to standard output: No space left on device\n"),
                "\(arguments): \(console.stderr)")
        }
    }

    func testOutputThatIsWritten_keepsTheCommandsStatus() {
        let console = CapturingConsole()
        let status = RadarCLI(context: CommandContext(console: console, environment: [:])).run(["schema"])
        XCTAssertEqual(status, ExitStatus.success)
        XCTAssertEqual(console.stderr, "")
        XCTAssertFalse(console.stdout.isEmpty)
    }

    /// The executable's own standard output, on a device that is always full.
    func testExecutable_writingToAFullDevice_exitsTwo() throws {
        let binary = try XCTUnwrap(
            Fixtures.radarExecutable(), "build the radar executable first (swift build)")
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { throw XCTSkip("no /dev/full here") }
        let errors = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["schema"]
        process.standardOutput = full
        process.standardError = errors
        try process.run()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, ExitStatus.usage)
        XCTAssertEqual(said, "radar: cannot write to standard output: No space left on device\n")
    }
}
