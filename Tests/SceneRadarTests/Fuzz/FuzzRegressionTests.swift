import Foundation
import XCTest

@testable import SceneRadar

/// Replays every input that once made a fuzz target fail (Tests/Fixtures/fuzz-regressions/<target>/)
/// through the target's own harness, so `make test` keeps each fixed bug fixed; and the fuzzers'
/// seeds (the Mustache spec's templates, the example vault's notes), so the harnesses themselves
/// are known to pass on valid input.
final class FuzzRegressionTests: XCTestCase {
    private static func regressions(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
        let folder = Fixtures.path("fuzz-regressions/" + target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return try names.sorted().filter { !$0.hasPrefix(".") }.map { name in
            (name, Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))))
        }
    }

    // MARK: - Regressions

    func testYAMLRegressions_holdEveryProperty() throws {
        for input in try Self.regressions("yaml") {
            XCTAssertEqual(YAMLFuzzHarness.check(input.bytes), [], input.name)
        }
    }

    func testMustacheRegressions_holdEveryProperty() throws {
        for input in try Self.regressions("mustache") {
            XCTAssertEqual(MustacheFuzzHarness.check(input.bytes), [], input.name)
        }
    }

    func testPipelineRegressions_inMemory_holdEveryProperty() throws {
        for input in try Self.regressions("pipeline") {
            XCTAssertEqual(NotePipelineFuzzHarness.check(input.bytes, mode: .memory), [], input.name)
        }
    }

    func testPipelineRegressions_onDisk_holdEveryProperty() throws {
        for input in try Self.regressions("pipeline") {
            XCTAssertEqual(NotePipelineFuzzHarness.check(input.bytes, mode: .disk), [], input.name)
        }
    }

    /// Notes with errors of the rules (credits, invite links), one per role and a silencing
    /// radar.yml: the pipeline's properties hold, the fifth (the build reports lint's errors)
    /// among them.
    func testRuleErrors_inEveryRole_holdEveryProperty() {
        let notes: [(NotePipelineFuzzHarness.Role, String)] = [
            (.scene, "---\nname: Fuzz\nspotted: 2026-01-05\n---\nChat at https://discord.gg/fuzz\n"),
            (
                .log,
                "---\nweek: 2026-W11\ntracks:\n  - title: T\n    url: https://example.org/t\n"
                    + "  - title: R\n    kind: remix\n    url: https://example.org/r\n"
                    + "    support: [https://t.me/+abc]\n---\nhttps://chat.whatsapp.com/x\n"
            ),
            (.person, "---\nname: Fuzz\nlinks: [https://discord.com/invite/abc]\n---\n"),
            (.config, "title: T\nlint:\n  ignore: [privacy.invite-link, credit.producer-missing]\n"),
        ]
        for (role, note) in notes {
            let bytes = [UInt8(role.rawValue)] + Array(note.utf8)
            XCTAssertEqual(NotePipelineFuzzHarness.check(bytes, mode: .memory), [], "\(role)")
            XCTAssertEqual(NotePipelineFuzzHarness.check(bytes, mode: .disk), [], "\(role)")
        }
    }

    // MARK: - Seeds

    func testYAMLSubsetInputs_holdEveryProperty() throws {
        guard let conformance = Fixtures.conformance else {
            throw XCTSkip("conformance data not found; set RADAR_CONFORMANCE")
        }
        var count = 0
        for kind in ["valid", "fail"] {
            let folder = conformance + "/yaml-subset/" + kind
            for file in try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            where file.hasSuffix(".yaml") {
                let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file)))
                XCTAssertEqual(YAMLFuzzHarness.check(bytes), [], "\(kind)/\(file)")
                count += 1
            }
        }
        XCTAssertGreaterThan(count, 200)
    }

    func testMustacheSpecTemplates_holdEveryProperty() throws {
        guard let conformance = Fixtures.conformance else {
            throw XCTSkip("conformance data not found; set RADAR_CONFORMANCE")
        }
        let folder = conformance + "/mustache-spec"
        var count = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        where file.hasSuffix(".json") {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))
            let suite = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            for test in try XCTUnwrap(suite["tests"] as? [[String: Any]]) {
                var input = Array((test["template"] as? String ?? "").utf8)
                for (name, text) in (test["partials"] as? [String: String] ?? [:]).sorted(by: {
                    $0.key < $1.key
                }) {
                    input += [0] + Array(name.utf8) + [0x0A] + Array(text.utf8)
                }
                XCTAssertEqual(MustacheFuzzHarness.check(input), [], "\(file): \(test["name"] ?? "")")
                count += 1
            }
        }
        XCTAssertGreaterThan(count, 100)
    }

    func testExampleVaultNotes_inEveryRole_holdEveryProperty() throws {
        let vault = Fixtures.packageRoot + "/example-vault"
        let notes = [
            "0" + "scenes/creekside-steppers/scene.md", "1" + "scenes/creekside-steppers/log/2026-W47.md",
            "2" + "people/bayo-sixteen.md", "3" + "radar.yml",
        ]
        for entry in notes {
            var bytes = Array(entry.prefix(1).utf8)
            bytes += Array(try Data(contentsOf: URL(fileURLWithPath: vault + "/" + entry.dropFirst())))
            XCTAssertEqual(NotePipelineFuzzHarness.check(bytes, mode: .memory), [], entry)
            XCTAssertEqual(NotePipelineFuzzHarness.check(bytes, mode: .disk), [], entry)
        }
    }

    func testFixedVault_lintsWithoutErrors() throws {
        let files = NotePipelineFuzzHarness.vaultFiles(role: .config, note: Array("title: T\n".utf8))
        let vault = try VaultLoader(fileSystem: FuzzMemoryFileSystem(files: files)).load(root: "/vault")
        let errors = LintCommand.diagnostics(of: vault).filter { $0.severity == .error }
        XCTAssertEqual(errors, [])
        XCTAssertNotNil(vault.scenes.first?.scene)
        XCTAssertEqual(vault.scenes.first?.logs.count, 1)
    }
}
