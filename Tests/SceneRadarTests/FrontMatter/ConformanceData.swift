import Foundation
import XCTest

/// Finds the shared conformance suites: `$RADAR_CONFORMANCE`, else `../shared/conformance`
/// beside the package root; tests skip with a note when neither exists.
enum ConformanceData {
    /// The conformance folder, or an `XCTSkip` naming where it was looked for.
    static func folder(_ filePath: StaticString = #filePath) throws -> URL {
        if let path = ProcessInfo.processInfo.environment["RADAR_CONFORMANCE"], !path.isEmpty {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        let root = URL(fileURLWithPath: "\(filePath)").deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidate = root.deletingLastPathComponent().appendingPathComponent("shared/conformance")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        {
            return candidate
        }
        let note = "conformance data not found (set RADAR_CONFORMANCE, or place it at \(candidate.path))"
        print("note: \(note)")
        throw XCTSkip(note)
    }

    /// The names (without extension) of the files in `folder` ending in `.ext`, sorted.
    static func names(in folder: URL, ext: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix("." + ext) }
            .map { String($0.dropLast(ext.count + 1)) }
            .sorted()
    }

    /// The UTF-8 text of a file.
    static func text(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }
}
