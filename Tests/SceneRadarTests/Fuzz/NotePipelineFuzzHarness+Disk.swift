// Shared by the libFuzzer pipeline target (fuzz/NotePipelineFuzz.swift) and the tests.
import Foundation

@testable import SceneRadar

extension NotePipelineFuzzHarness {
    /// The whole way on disk: the vault written to a temporary folder, loaded and linted as
    /// `radar lint` does, compiled by `SiteBuilder`, the site read back and checked.
    static func checkOnDisk(role: Role, note: [UInt8]) -> [String] {
        var failures: [String] = []
        let base = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let files: [String: [UInt8]]
        do {
            files = try writeVault(vaultFiles(role: role, note: note), root: vaultRoot, to: base + "/vault")
        } catch {
            return ["cannot write the vault: \(error)"]
        }
        let vault: Vault
        do {
            vault = try VaultLoader().load(root: base + "/vault")
        } catch {
            return ["the vault could not be loaded: \(error.reason)"]
        }
        checkDiagnostics(LintCommand.diagnostics(of: vault), files: files, &failures)
        let (diagnostics, site) = buildSite(vault: base + "/vault", output: base + "/site", &failures)
        checkDiagnostics(diagnostics, files: files, &failures)
        checkOutput(site, &failures)
        return failures
    }
}
