import Foundation
import XCTest

@testable import SceneRadar

/// Every diagnostic code is triggered by `Tests/Fixtures/lint-rules` and asserted with its exact
/// line and column through the golden text output.
final class LintFixtureTests: XCTestCase {
    private let vault = Fixtures.path("lint-rules")

    private func lint(_ format: String, strict: Bool = false) -> (status: Int32, out: String) {
        let result = Fixtures.run(["lint", vault, "--format", format] + (strict ? ["--strict"] : []))
        return (result.status, result.out.replacingOccurrences(of: vault, with: "lint-rules"))
    }

    func testText_matchesGoldenOutput() throws {
        let result = lint("text")
        XCTAssertEqual(result.status, 1)
        try Fixtures.assertGolden(result.out, "lint-rules.expected.txt")
    }

    func testFixture_triggersEveryDiagnosticCode() throws {
        let result = lint("json")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let diagnostics = try XCTUnwrap(json["diagnostics"] as? [[String: Any]])
        let codes = Set(diagnostics.compactMap { $0["code"] as? String })
        let missing = DiagnosticCode.allCases.map(\.rawValue).filter { !codes.contains($0) }
        XCTAssertEqual(missing, [], "codes no fixture triggers")
    }

    func testJSON_listsTheSameDiagnosticsAsText() throws {
        let text = lint("text").out
        let json = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(lint("json").out.utf8)) as? [String: Any])
        let diagnostics = try XCTUnwrap(json["diagnostics"] as? [[String: Any]])
        let headers = text.split(separator: "\n").filter { $0.hasPrefix("lint-rules/") }
        XCTAssertEqual(diagnostics.count, headers.count)
        for (diagnostic, header) in zip(diagnostics, headers) {
            let file = diagnostic["file"] as? String ?? ""
            let line = diagnostic["line"] as? Int
            let place = line.map { "\(file):\($0):\(diagnostic["column"] as? Int ?? 0):" } ?? "\(file):"
            XCTAssertTrue(header.hasPrefix(place), "\(header) vs \(place)")
            XCTAssertTrue(header.contains("[\(diagnostic["code"] as? String ?? "")]"))
        }
    }

    func testSARIF_isValidWithOneResultPerDiagnostic() throws {
        let sarif = lint("sarif")
        XCTAssertEqual(sarif.status, 1)
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sarif.out.utf8)) as? [String: Any])
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        let json = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(lint("json").out.utf8)) as? [String: Any])
        XCTAssertEqual(results.count, (json["diagnostics"] as? [Any])?.count)
        XCTAssertEqual(run["columnKind"] as? String, "unicodeCodePoints")
        let rules = try XCTUnwrap(
            ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.count, DiagnosticCode.allCases.count)
        XCTAssertTrue(rules.allSatisfy { $0["shortDescription"] != nil && $0["help"] != nil })
        try validateAgainstSARIFSchema(sarif.out)
    }

    private func validateAgainstSARIFSchema(_ document: String) throws {
        guard let conformance = Fixtures.conformance else {
            throw XCTSkip("conformance folder absent: SARIF schema check skipped")
        }
        let schema = conformance + "/sarif/sarif-schema-2.1.0.json"
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft7Validator(schema).validate(json.load(sys.stdin))
            print("valid")
            """
        guard let result = Fixtures.tool("python3", ["-c", script, schema], input: document) else {
            throw XCTSkip("python3 absent: SARIF schema check skipped")
        }
        if result.output.contains("No module named 'jsonschema'") {
            throw XCTSkip("jsonschema absent (make test installs it)")
        }
        XCTAssertEqual(result.status, 0, result.output)
    }

    func testGitHub_printsOneAnnotationPerDiagnostic() {
        let output = lint("github").out
        let lines = output.split(separator: "\n")
        XCTAssertTrue(
            lines.allSatisfy {
                $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ")
            })
        XCTAssertTrue(
            output.contains(
                "::error file=lint-rules/scenes/alpha/log/2026-W10.md,line=39,col=5,endColumn=14,title=radar unknown-key::unknown key 'atendance'; did you mean 'attendance'?"
            ))
        // A note's own place is kept, as in the text format.
        XCTAssertTrue(
            output.contains(
                "%0Anote: 'surface' first appears here (lint-rules/scenes/alpha/log/2026-W11.md:2:1)"), output
        )
    }

    func testTypoKey_saysDidYouMeanAtItsPosition() {
        let output = lint("text").out
        XCTAssertTrue(
            output.contains(
                "lint-rules/scenes/alpha/log/2026-W10.md:39:5: error[unknown-key]: unknown key 'atendance'; did you mean 'attendance'?\n 39 |     atendance: 40\n    |     ^~~~~~~~~"
            ))
    }

    func testStrict_failsOnWarningsOnly() throws {
        let clean = try TemporaryVault([
            "scenes/a/scene.md": """
            ---
            name: A
            spotted: 2026-01-05
            formation: {containers: [{kind: party, name: Night}]}
            infrastructure: [{kind: venue, name: Hall}]
            ---
            """,
            "scenes/a/log/2026-W02.md": "---\nmarkers: {tempo: 120}\n---\n",
        ])
        XCTAssertEqual(Fixtures.run(["lint", clean.root]).status, 0)
        XCTAssertEqual(Fixtures.run(["lint", clean.root, "--strict"]).status, 1)
        try clean.write("radar.yml", "lint:\n  strict: true\n")
        XCTAssertEqual(Fixtures.run(["lint", clean.root]).status, 1)
        try clean.write("radar.yml", "lint:\n  ignore: [log.markers-missing]\n")
        XCTAssertEqual(Fixtures.run(["lint", clean.root, "--strict"]).status, 0)
    }

    func testQuotedValues_ofTypedKeys_sayTheyAreQuoted() throws {
        let vault = try TemporaryVault([
            "radar.yml": "window: \"6\"\nlint:\n  strict: 'true'\nweights:\n  events: \"lots\"\n"
        ])
        let result = Fixtures.run(["lint", vault.root])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(
            result.out.contains(
                "radar.yml:1:9: error[type]: 'window' must be a whole number, not the quoted text \"6\"; write 6 without quotes"
            ), result.out)
        XCTAssertTrue(
            result.out.contains(
                "radar.yml:3:11: error[type]: 'strict' must be true or false, not the quoted text 'true'; write true without quotes"
            ), result.out)
        XCTAssertTrue(
            result.out.contains(
                "radar.yml:5:11: error[type]: 'events' must be a number ≥ 0 such as 1 or 0.5, not the quoted text \"lots\"\n"
            ), result.out)
    }

    /// A boolean another YAML reader would take for one (`True`, `yes`) says how radar's is
    /// written; anything else is only refused.
    func testBooleansOfOtherYAMLReaders_sayHowToWriteThem() throws {
        for (written, hint) in [
            ("True", "; write true in lowercase"), ("FALSE", "; write false in lowercase"),
            ("yes", "; write true"),
            ("Off", "; write false"), ("maybe", ""),
        ] {
            let vault = try TemporaryVault(["radar.yml": "lint:\n  strict: \(written)\n"])
            let result = Fixtures.run(["lint", vault.root])
            XCTAssertEqual(result.status, 1)
            XCTAssertTrue(
                result.out.contains(
                    "radar.yml:2:11: error[type]: 'strict' must be true or false, not '\(written)'\(hint)\n"),
                result.out)
        }
    }

    /// A folder that is not a vault is refused by every command that reads one, and nothing is
    /// written into it.
    func testFolderThatIsNotAVault_exitsTwoAndWritesNothing() throws {
        let folder = try TemporaryVault(["README.md": "# somewhere else\n"])
        let expected =
            "radar: '\(folder.root)' is not a vault: it has no radar.yml, scenes/ or people/\n"
            + "  hint: give the vault's folder, or create a vault with 'radar init' in a new or empty folder\n"
        for command in [["lint"], ["check"], ["score"], ["build"], ["build", "--quiet"]] {
            let result = Fixtures.run(command + [folder.root])
            XCTAssertEqual(result.status, 2, "\(command)")
            XCTAssertEqual(result.err, expected, "\(command)")
            XCTAssertEqual(result.out, "", "\(command)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.root), ["README.md"])
    }

    func testUnreadableVault_exitsTwo() {
        let result = Fixtures.run(["lint", "/nonexistent/vault"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.err, "radar: cannot read the vault '/nonexistent/vault': no such folder\n")
    }
}
