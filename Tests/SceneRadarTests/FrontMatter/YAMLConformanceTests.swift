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
