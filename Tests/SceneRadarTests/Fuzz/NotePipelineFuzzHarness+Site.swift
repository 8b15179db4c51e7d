// Shared by the libFuzzer pipeline target (fuzz/NotePipelineFuzz.swift) and the tests.
import Foundation

@testable import SceneRadar

extension NotePipelineFuzzHarness {
    /// Writes `files` (by path under `root`) into the folder `vault`; returns them by their new path.
    static func writeVault(_ files: [String: [UInt8]], root: String, to vault: String) throws -> [String:
        [UInt8]]
    {
        var written: [String: [UInt8]] = [:]
        for (path, bytes) in files {
            let target = vault + path.dropFirst(root.count)
            try FileManager.default.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: target))
            written[target] = bytes
        }
        return written
    }

    /// The vault at `vault` compiled by `SiteBuilder` into `output` as `radar build` compiles it,
    /// with no cache (every page rendered): the build's diagnostics, its template errors as
    /// failures, and every file of the site but the theme's assets, by path, as text. The pages
    /// are the real pipeline's, never a copy of it.
    static func buildSite(
        vault: String, output: String, _ failures: inout [String]
    ) -> (diagnostics: [Diagnostic], site: [String: String]) {
        let report: SiteBuilder.Report
        do {
            report = try SiteBuilder().build(
                SiteBuilder.Options(vault: vault, output: output, incremental: false))
        } catch {
            failures.append("the build failed: \(error)")
            return ([], [:])
        }
        for diagnostic in report.diagnostics where diagnostic.code == .template {
            failures.append("the theme failed to render: \(diagnostic)")
        }
        return (report.diagnostics, readSite(output))
    }

    /// A fresh temporary folder's path (not created).
    static func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.path + "/radar-fuzz-" + UUID().uuidString
    }

    /// Every file of the built site but the theme's assets, by path, as text.
    private static func readSite(_ folder: String) -> [String: String] {
        var files: [String: String] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return files }
        while let relative = walker.nextObject() as? String {
            guard !relative.hasPrefix("assets/"), !relative.hasPrefix("."),
                let data = FileManager.default.contents(atPath: folder + "/" + relative)
            else { continue }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isFolder),
                isFolder.boolValue
            {
                continue
            }
            files[relative] = String(decoding: data, as: UTF8.self)
        }
        return files
    }
}

/// JSON validity through Foundation's parser (a different implementation from the library's
/// writer, so the two cannot share a mistake).
enum FuzzJSON {
    static func isValid(_ text: String) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil
    }
}
