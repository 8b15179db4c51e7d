// libFuzzer target for the front-matter pipeline: splitter, YAML parser, core-schema typing and
// JSON writer. Built by fuzz/run.sh on top of the library compiled as a testable module with
// coverage. Besides crashes, hangs and sanitizer findings it checks three properties and traps
// when one fails:
//   1. every diagnostic and every node has a line and column of at least 1;
//   2. CRLF line endings give exactly the result LF endings give;
//   3. JSON output of a valid document is produced for both typings.
import Glibc

@testable import SceneRadar

@_cdecl("LLVMFuzzerTestOneInput")
public func yamlParserFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parser = YAMLParser(limits: YAMLLimits(maxDepth: 100))

    if case .found(let frontMatter) = FrontMatter.split(text) {
        let result = parser.parse(frontMatter.yaml, file: "note.md", firstLine: frontMatter.yamlFirstLine)
        check(result, firstLine: frontMatter.yamlFirstLine)
    } else {
        _ = FrontMatter.split(text).diagnostic(file: "note.md")
    }

    let whole = parser.parse(text, file: "radar.yml")
    check(whole, firstLine: 1)
    if !text.utf8.contains(0x0D) {
        var crlf = ""
        crlf.reserveCapacity(text.utf8.count * 2)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            crlf += line
            crlf += "\r\n"
        }
        if let last = text.split(separator: "\n", omittingEmptySubsequences: false).last { crlf += last }
        let viaCRLF = parser.parse(crlf, file: "radar.yml")
        if viaCRLF != whole { trap("CRLF result differs from LF result") }
    }
    return 0
}

private func check(_ result: YAMLParseResult, firstLine: Int) {
    for diagnostic in result.diagnostics {
        if diagnostic.location.line < firstLine || diagnostic.location.column < 1 {
            trap("diagnostic without a position: \(diagnostic)")
        }
    }
    if let root = result.root { checkPositions(root, firstLine: firstLine) }
    if result.diagnostics.isEmpty {
        _ = JSONWriter().write(CoreSchema.typedValue(of: result.root))
        _ = JSONWriter().write(CoreSchema.untypedValue(of: result.root))
    }
}

private func checkPositions(_ node: YAMLNode, firstLine: Int) {
    if node.position.line < firstLine || node.position.column < 1 { trap("node without a position: \(node)") }
    switch node.kind {
    case .scalar: break
    case .sequence(let items): for item in items { checkPositions(item, firstLine: firstLine) }
    case .mapping(let pairs):
        for pair in pairs {
            checkPositions(pair.key, firstLine: firstLine)
            checkPositions(pair.value, firstLine: firstLine)
        }
    }
}

private func trap(_ message: String) -> Never {
    // -O strips precondition messages, and stdout is lost in the crash: say it on stderr.
    fputs("fuzz property failed: \(message)\n", stderr)
    preconditionFailure(message)
}
