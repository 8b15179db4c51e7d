import Foundation

/// The `radar` executable as a subprocess, with a time budget: a run that passes it is killed
/// and reported, never waited on forever.
enum RadarProcess {
    /// `RADAR_BINARY` when set (`make hardening` passes the release build), else the `radar`
    /// built beside this test bundle; `nil` when neither exists.
    static var binary: String? {
        if let path = ProcessInfo.processInfo.environment["RADAR_BINARY"], !path.isEmpty {
            return FileManager.default.isExecutableFile(atPath: path) ? path : nil
        }
        let bundle = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        let folder = URL(fileURLWithPath: bundle ?? CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()].map({
            $0.appendingPathComponent("radar").path
        })
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return nil
    }

    struct Outcome {
        var status: Int32
        var output: String
        var timedOut: Bool
    }

    /// Runs `executable arguments` in `directory` with exactly `environment`.
    static func run(
        _ executable: String, _ arguments: [String], directory: String, environment: [String: String],
        timeout: Double = 120
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        let reader = DispatchQueue(label: "radar-output")
        nonisolated(unsafe) var data = Data()
        let read = DispatchSemaphore(value: 0)
        reader.async {
            data = pipe.fileHandleForReading.readDataToEndOfFile()
            read.signal()
        }
        let timedOut = finished.wait(timeout: .now() + timeout) == .timedOut
        if timedOut {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        read.wait()
        return Outcome(
            status: process.terminationStatus, output: String(decoding: data, as: UTF8.self),
            timedOut: timedOut)
    }
}
