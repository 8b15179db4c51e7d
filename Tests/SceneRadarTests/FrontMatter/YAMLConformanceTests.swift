import Foundation
import XCTest

@testable import SceneRadar

/// The public YAML test-suite cases inside radar YAML, and 362 real front-matter blocks:
/// every valid case must read exactly as its expected JSON, every failing case must be rejected
/// with a position.
final class YAMLConformanceTests: XCTestCase {
    func testYAMLSubset_validCases_matchExpectedJSON() throws {
        let folder = try ConformanceData.folder().appendingPathComponent("yaml-subset/valid")
        let names = try ConformanceData.names(in: folder, ext: "yaml")
        XCTAssertFalse(names.isEmpty)
        var passed = 0
        for name in names {
            if try check(folder: folder, name: name) { passed += 1 }
        }
        print("yaml-subset valid: \(passed)/\(names.count)")
        XCTAssertEqual(passed, names.count)
    }

    func testYAMLSubset_failCases_areRejectedWithPosition() throws {
        let folder = try ConformanceData.folder().appendingPathComponent("yaml-subset/fail")
        let names = try ConformanceData.names(in: folder, ext: "yaml")
        XCTAssertFalse(names.isEmpty)
        var passed = 0
        for name in names {
            let text = try ConformanceData.text(folder.appendingPathComponent(name + ".yaml"))
            let result = YAMLParser().parse(text, file: name)
            let errors = result.diagnostics.filter { $0.severity == .error }
            if let error = errors.first, error.location.line >= 1, error.location.column >= 1 {
                passed += 1
            } else {
                XCTFail("\(name): accepted, but must be rejected")
            }
        }
        print("yaml-subset fail: \(passed)/\(names.count)")
        XCTAssertEqual(passed, names.count)
    }

    func testRealFrontMatter_cases_matchExpectedJSON() throws {
        let folder = try ConformanceData.folder().appendingPathComponent("real-front-matter/cases")
        let names = try ConformanceData.names(in: folder, ext: "yaml")
        XCTAssertFalse(names.isEmpty)
        var passed = 0
        for name in names {
            if try check(folder: folder, name: name) { passed += 1 }
        }
        print("real-front-matter: \(passed)/\(names.count)")
        XCTAssertEqual(passed, names.count)
    }

    /// The fuzz target's properties, checked on every conformance input: CRLF reads exactly
    /// like LF, and the same YAML as a note's front matter reads the same, one line lower.
    func testAllInputs_crlfAndFrontMatterForms_readTheSame() throws {
        let root = try ConformanceData.folder()
        var checked = 0
        for folder in ["yaml-subset/valid", "yaml-subset/fail", "real-front-matter/cases"] {
            let url = root.appendingPathComponent(folder)
            for name in try ConformanceData.names(in: url, ext: "yaml") {
                let yaml = try ConformanceData.text(url.appendingPathComponent(name + ".yaml"))
                let plain = YAMLParser().parse(yaml, file: name)
                let crlf = yaml.replacingOccurrences(of: "\n", with: "\r\n")
                XCTAssertEqual(YAMLParser().parse(crlf, file: name), plain, "\(folder)/\(name) as CRLF")
                let hasFence = yaml.split(separator: "\n").contains {
                    $0.trimmingCharacters(in: .whitespaces) == "---"
                }
                guard !hasFence else { continue }
                let note = "---\n" + yaml + (yaml.hasSuffix("\n") || yaml.isEmpty ? "" : "\n") + "---\nBody\n"
                let frontMatter = try XCTUnwrap(FrontMatter.split(note).frontMatter, "\(folder)/\(name)")
                let inNote = YAMLParser().parse(
                    frontMatter.yaml, file: name, firstLine: frontMatter.yamlFirstLine)
                XCTAssertEqual(inNote.diagnostics.map(\.message), plain.diagnostics.map(\.message), name)
                XCTAssertEqual(
                    inNote.diagnostics.map(\.location.line), plain.diagnostics.map { $0.location.line + 1 })
                XCTAssertTrue(
                    CoreSchema.typedValue(of: inNote.root).isEquivalent(
                        to: CoreSchema.typedValue(of: plain.root)), name)
                XCTAssertEqual(inNote.root?.position.line, plain.root.map { $0.position.line + 1 }, name)
                checked += 1
            }
        }
        print("front-matter form checked: \(checked)")
        XCTAssertGreaterThan(checked, 500)
    }

    /// Parses `name.yaml`, types it and compares it with `name.json`; reports a mismatch.
    private func check(folder: URL, name: String) throws -> Bool {
        let text = try ConformanceData.text(folder.appendingPathComponent(name + ".yaml"))
        let expected = try TestJSONReader.read(
            try ConformanceData.text(folder.appendingPathComponent(name + ".json")))
        let result = YAMLParser().parse(text, file: name + ".yaml")
        guard result.diagnostics.isEmpty else {
            XCTFail(
                "\(name): rejected: \(result.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" })"
            )
            return false
        }
        let actual = CoreSchema.typedValue(of: result.root)
        guard actual.isEquivalent(to: expected) else {
            XCTFail("\(name): got \(JSONWriter().write(actual)), expected \(JSONWriter().write(expected))")
            return false
        }
        return true
    }
}
