import Foundation
import XCTest

@testable import SceneRadar

/// Paths of the package's test fixtures and of the shared conformance data.
enum Fixtures {
    /// The package root (three levels above this file).
    static let packageRoot: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
    }()

    /// The `radar` executable built beside the test bundle, or the debug build's.
    static func radarExecutable() -> String? {
        let beside = Bundle(for: FixturesAnchor.self).bundleURL.deletingLastPathComponent()
            .appendingPathComponent("radar").path
        let candidates = [beside, packageRoot + "/.build/debug/radar"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// `Tests/Fixtures/<name>`.
    static func path(_ name: String) -> String {
        packageRoot + "/Tests/Fixtures/" + name
    }

    /// The paths, relative to `root` and sorted, of every file under it (hidden ones too), not
    /// of its folders.
    static func files(in root: String) -> [String] {
        var files: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            else { continue }
            files.append(path)
        }
        return files.sorted()
    }

    /// The shared conformance folder, or `nil` (the caller skips with a note).
    static var conformance: String? {
        let candidates = [
            ProcessInfo.processInfo.environment["RADAR_CONFORMANCE"], packageRoot + "/../shared/conformance",
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Compares `actual` with the golden file `name` (under Tests/Fixtures), byte for byte;
    /// `RADAR_UPDATE_GOLDEN=1` rewrites the file instead.
    static func assertGolden(
        _ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let path = self.path(name)
        if ProcessInfo.processInfo.environment["RADAR_UPDATE_GOLDEN"] == "1" {
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let index =
                zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actualLines.count, expectedLines.count)
            let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            XCTFail(
                "\(name) differs at line \(index + 1):\n  got:  \(got)\n  want: \(want)", file: file,
                line: line)
        }
    }

    /// Runs radar's command line in-process and captures what it prints.
    static func run(_ arguments: [String], environment: [String: String] = [:]) -> (
        status: Int32, out: String, err: String
    ) {
        let console = CapturingConsole()
        let status = RadarCLI(context: CommandContext(console: console, environment: environment)).run(
            arguments)
        return (status, console.stdout, console.stderr)
    }

    /// Runs an external tool, returning its exit status and output; `nil` when it is not installed.
    static func tool(_ name: String, _ arguments: [String], input: String? = nil) -> (
        status: Int32, output: String
    )? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        let candidates = path.split(separator: ":").map { $0 + "/" + name }
        guard let executable = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else {
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let inputPipe = Pipe()
        if input != nil { process.standardInput = inputPipe }
        do { try process.run() } catch { return nil }
        if let input {
            inputPipe.fileHandleForWriting.write(Data(input.utf8))
            try? inputPipe.fileHandleForWriting.close()
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// A class of the test bundle, for finding the bundle.
private final class FixturesAnchor {}
