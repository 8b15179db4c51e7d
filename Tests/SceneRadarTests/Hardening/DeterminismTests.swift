import Foundation
import XCTest

/// The example vault built by the `radar` executable under different time zones, locales,
/// working directories, vault and output spellings, CPU sets and allocator settings gives
/// byte-identical sites.
final class DeterminismTests: XCTestCase {
    private struct Variant {
        var name: String
        var arguments: (_ vault: String, _ output: String) -> [String]
        var directory: (_ work: String) -> String
        var environment: [String: String] = [:]
        var prefix: [String] = []
    }

    private let vault = Fixtures.packageRoot + "/example-vault"

    func testBuild_isByteIdentical_acrossTimeZonesLocalesAndPaths() throws {
        guard let radar = RadarProcess.binary else {
            throw XCTSkip("no radar executable beside the tests and RADAR_BINARY unset")
        }
        let work = try TemporaryVault()
        try FileManager.default.createSymbolicLink(
            atPath: work.path("vault-link"), withDestinationPath: vault)
        let locales = makeLocales(in: work.path("locales"))
        let absolute: (String) -> String = { work.path($0) }
        var variants: [Variant] = [
            Variant(name: "baseline", arguments: { ["build", $0, "-o", absolute($1)] }, directory: { $0 }),
            Variant(
                name: "TZ=Pacific/Kiritimati", arguments: { ["build", $0, "-o", absolute($1)] },
                directory: { $0 },
                environment: ["TZ": "Pacific/Kiritimati"]),
            Variant(
                name: "TZ=America/St_Johns", arguments: { ["build", $0, "-o", absolute($1)] },
                directory: { $0 },
                environment: ["TZ": "America/St_Johns"]),
            Variant(
                name: "LANG=C LC_ALL=C", arguments: { ["build", $0, "-o", absolute($1)] }, directory: { $0 },
                environment: ["LANG": "C", "LC_ALL": "C"]),
            Variant(
                name: "relative vault from the package root",
                arguments: { ["build", "example-vault", "-o", absolute($1)] },
                directory: { _ in Fixtures.packageRoot }),
            Variant(
                name: "vault '.' from inside it", arguments: { ["build", ".", "-o", absolute($1)] },
                directory: { _ in Fixtures.packageRoot + "/example-vault" }),
            Variant(name: "relative output", arguments: { ["build", $0, "-o", $1] }, directory: { $0 }),
            Variant(
                name: "vault through a symlink",
                arguments: { ["build", absolute("vault-link") + "/", "-o", absolute($1)] },
                directory: { $0 }),
            // The caller's allocator settings: radar does not start itself again with its own.
            Variant(
                name: "GLIBC_TUNABLES=glibc.malloc.tcache_count=7",
                arguments: { ["build", $0, "-o", absolute($1)] }, directory: { $0 },
                environment: ["GLIBC_TUNABLES": "glibc.malloc.tcache_count=7"]),
        ]
        for (locale, path) in locales {
            variants.append(
                Variant(
                    name: "LANG=LC_ALL=\(locale)", arguments: { ["build", $0, "-o", absolute($1)] },
                    directory: { $0 },
                    environment: ["LOCPATH": path, "LANG": locale, "LC_ALL": locale]))
        }
        if let taskset = executable("taskset") {
            variants.append(
                Variant(
                    name: "one CPU (taskset -c 0)", arguments: { ["build", $0, "-o", absolute($1)] },
                    directory: { $0 },
                    prefix: [taskset, "-c", "0"]))
        }
        var reference: TreeSnapshot?
        for (index, variant) in variants.enumerated() {
            let output = "out-\(index)"
            var environment = ["PATH": "/usr/bin:/bin", "HOME": work.root, "TZ": "UTC", "LANG": "C.UTF-8"]
            environment.merge(variant.environment) { $1 }
            let command = variant.prefix + [radar] + variant.arguments(vault, output)
            let result = try RadarProcess.run(
                command[0], Array(command.dropFirst()), directory: variant.directory(work.root),
                environment: environment)
            XCTAssertFalse(result.timedOut, variant.name)
            XCTAssertEqual(result.status, 0, "\(variant.name): \(result.output)")
            let site = TreeSnapshot(work.path(output))
            XCTAssertGreaterThan(site.entries.count, 80, variant.name)
            if let reference {
                XCTAssertEqual(
                    site.differences(from: reference), [], "\(variant.name) differs from the baseline")
            } else {
                reference = site
            }
        }
        print(
            "DeterminismTests: \(variants.count) builds compared: "
                + variants.map(\.name).joined(separator: "; "))
    }

    private func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { $0 + "/" + name }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// tr_TR.UTF-8 (dotless i) and de_DE.UTF-8 (decimal comma), compiled into `folder` with
    /// localedef when the locale sources are installed; the others are skipped with a note.
    private func makeLocales(in folder: String) -> [(String, String)] {
        var made: [(String, String)] = []
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (source, name) in [("tr_TR", "tr_TR.UTF-8"), ("de_DE", "de_DE.UTF-8")] {
            guard
                let result = Fixtures.tool("localedef", ["-i", source, "-f", "UTF-8", folder + "/" + name]),
                result.status == 0
                    || FileManager.default.fileExists(atPath: folder + "/" + name + "/LC_CTYPE")
            else {
                print(
                    "DeterminismTests: cannot compile the \(name) locale (localedef or locale sources missing); skipped"
                )
                continue
            }
            made.append((name, folder))
        }
        return made
    }
}
