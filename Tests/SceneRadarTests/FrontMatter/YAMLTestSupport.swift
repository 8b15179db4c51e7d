import XCTest

@testable import SceneRadar

/// Helpers shared by the YAML tests.
enum YAMLTestSupport {
    /// Parses `yaml` as the file `t.yml`.
    static func parse(_ yaml: String, firstLine: Int = 1, limits: YAMLLimits = .default) -> YAMLParseResult {
        YAMLParser(limits: limits).parse(yaml, file: "t.yml", firstLine: firstLine)
    }

    /// The typed JSON of a valid document, or a failure naming its diagnostics.
    static func json(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        let result = parse(yaml)
        guard result.diagnostics.isEmpty else {
            XCTFail("unexpected diagnostics: \(result.diagnostics.map(\.message))", file: file, line: line)
            return nil
        }
        return JSONWriter().write(CoreSchema.typedValue(of: result.root))
    }
}

extension XCTestCase {
    /// Asserts that `yaml` is rejected with exactly one diagnostic with this code, message and
    /// position.
    func assertRejects(
        _ yaml: String, _ code: DiagnosticCode, _ message: String, line: Int, column: Int,
        limits: YAMLLimits = .default, file: StaticString = #filePath, testLine: UInt = #line
    ) {
        let result = YAMLTestSupport.parse(yaml, limits: limits)
        XCTAssertNil(result.root, "a rejected document has no tree", file: file, line: testLine)
        guard result.diagnostics.count == 1, let diagnostic = result.diagnostics.first else {
            XCTFail(
                "expected one diagnostic, got \(result.diagnostics.map(\.message))", file: file,
                line: testLine)
            return
        }
        XCTAssertEqual(diagnostic.code, code, file: file, line: testLine)
        XCTAssertEqual(diagnostic.severity, .error, file: file, line: testLine)
        XCTAssertEqual(diagnostic.message, message, file: file, line: testLine)
        XCTAssertEqual(diagnostic.location.file, "t.yml", file: file, line: testLine)
        XCTAssertEqual(diagnostic.location.line, line, "line", file: file, line: testLine)
        XCTAssertEqual(diagnostic.location.column, column, "column", file: file, line: testLine)
    }
}
