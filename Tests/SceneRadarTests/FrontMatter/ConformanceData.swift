import Foundation
import XCTest

/// Finds the shared conformance suites: `$RADAR_CONFORMANCE`, else `../shared/conformance`
/// beside the package root; tests skip with a note when neither exists.
enum ConformanceData {
    /// The conformance folder, or an `XCTSkip` naming where it was looked for.
    static func folder(_ filePath: StaticString = #filePath) throws -> URL {
        let root = URL(fileURLWithPath: "\(filePath)").deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var candidates = [root.deletingLastPathComponent().appendingPathComponent("shared/conformance")]
        if let path = ProcessInfo.processInfo.environment["RADAR_CONFORMANCE"], !path.isEmpty {
            candidates.insert(URL(fileURLWithPath: path, isDirectory: true), at: 0)
        }
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
                isDirectory.boolValue
            {
                return candidate
            }
        }
        let tried = candidates.map(\.path).joined(separator: ", ")
        let note = "conformance data not found (tried \(tried)); set RADAR_CONFORMANCE to its folder"
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
