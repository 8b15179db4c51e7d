// Shared by the libFuzzer pipeline target (fuzz/NotePipelineFuzz.swift) and the tests.
import Foundation

@testable import SceneRadar

extension NotePipelineFuzzHarness {
    /// The whole build on disk: the vault written to a temporary folder, loaded and linted as
    /// `radar lint` does, compiled by `SiteBuilder`, the site read back and checked; the pages the
    /// in-memory rendering makes must be the very files the build wrote.
    static func checkOnDisk(role: Role, note: [UInt8]) -> [String] {
        var failures: [String] = []
        let base = FileManager.default.temporaryDirectory.path + "/radar-fuzz-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: base) }
        let root = base + "/vault"
        let files = vaultFiles(role: role, note: note, root: root)
        do {
            for (path, bytes) in files {
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(bytes).write(to: URL(fileURLWithPath: path))
            }
        } catch {
            return ["cannot write the vault: \(error)"]
        }
        let vault: Vault
        do {
            vault = try VaultLoader().load(root: root)
        } catch {
            return ["the vault could not be loaded: \(error.reason)"]
        }
        checkDiagnostics(LintCommand.diagnostics(of: vault), files: files, &failures)
        let report: SiteBuilder.Report
        do {
            report = try SiteBuilder().build(SiteBuilder.Options(vault: root, output: base + "/site"))
        } catch {
            return failures + ["the build failed: \(error)"]
        }
        checkDiagnostics(report.diagnostics, files: files, &failures)
        for diagnostic in report.diagnostics where diagnostic.code == .template {
            failures.append("the theme failed to render: \(diagnostic)")
        }
        let site = readSite(base + "/site")
        checkOutput(site, &failures)
        if let theme = defaultTheme {
            let rendered = SiteRendering.render(vault: vault, theme: theme)
            for (path, text) in rendered.files where site[path] != text {
                failures.append("\(path): the in-memory rendering differs from the built file")
            }
        }
        return failures
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
