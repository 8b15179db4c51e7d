// Shared by the libFuzzer YAML target (fuzz/YAMLParserFuzz.swift) and the regression tests.
@testable import SceneRadar

/// One fuzz input through the front-matter splitter, the YAML parser, core-schema typing and the
/// JSON writer, and the properties that must hold (each failure is a message):
/// 1. every diagnostic and every node has a line and column of at least 1 (at or after the
///    front matter's first line);
/// 2. CRLF line endings give exactly the result LF endings give;
/// 3. JSON output of a valid document is produced for both typings.
enum YAMLFuzzHarness {
    /// The properties `bytes` breaks; empty when it passes.
    static func check(_ bytes: [UInt8]) -> [String] {
        var failures: [String] = []
        let text = String(decoding: bytes, as: UTF8.self)
        let parser = YAMLParser(limits: YAMLLimits(maxDepth: 100))
        if case .found(let frontMatter) = FrontMatter.split(text) {
            let result = parser.parse(frontMatter.yaml, file: "note.md", firstLine: frontMatter.yamlFirstLine)
            check(result, firstLine: frontMatter.yamlFirstLine, &failures)
        } else {
            _ = FrontMatter.split(text).diagnostic(file: "note.md")
        }
        let whole = parser.parse(text, file: "radar.yml")
        check(whole, firstLine: 1, &failures)
        if !text.utf8.contains(0x0D) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            var crlf = ""
            crlf.reserveCapacity(text.utf8.count * 2)
            for line in lines.dropLast() {
                crlf += line
                crlf += "\r\n"
            }
            if let last = lines.last { crlf += last }
            if parser.parse(crlf, file: "radar.yml") != whole {
                failures.append("CRLF result differs from LF result")
            }
        }
        return failures
    }

    private static func check(_ result: YAMLParseResult, firstLine: Int, _ failures: inout [String]) {
        for diagnostic in result.diagnostics
        where diagnostic.location.line < firstLine || diagnostic.location.column < 1 {
            failures.append("diagnostic without a position: \(diagnostic)")
        }
        if let root = result.root { checkPositions(root, firstLine: firstLine, &failures) }
        if result.diagnostics.isEmpty {
            _ = JSONWriter().write(CoreSchema.typedValue(of: result.root))
            _ = JSONWriter().write(CoreSchema.untypedValue(of: result.root))
        }
    }

    private static func checkPositions(_ node: YAMLNode, firstLine: Int, _ failures: inout [String]) {
        if node.position.line < firstLine || node.position.column < 1 {
            failures.append("node without a position: \(node)")
        }
        switch node.kind {
        case .scalar: break
        case .sequence(let items):
            for item in items { checkPositions(item, firstLine: firstLine, &failures) }
        case .mapping(let pairs):
            for pair in pairs {
                checkPositions(pair.key, firstLine: firstLine, &failures)
                checkPositions(pair.value, firstLine: firstLine, &failures)
            }
        }
    }
}
