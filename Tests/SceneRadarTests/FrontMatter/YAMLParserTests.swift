import Foundation
import XCTest

@testable import SceneRadar

/// The trees the parser builds, their positions, and its behaviour at the edges: empty input,
/// CRLF, huge lines and hostile nesting.
final class YAMLParserTests: XCTestCase {
    private let note = """
        name: Bubblegum Bass
        aliases: [bbass, "gum"]
        spotted: 2026-11-18
        formation:
          containers:
            - kind: discord
              name: Gum Room
          visuals:
          - 'pink'
        note: |
          line one
          line two
        empty:
        """

    func testParse_note_buildsTreeWithoutTyping() throws {
        let result = YAMLTestSupport.parse(note, firstLine: 2)
        XCTAssertEqual(result.diagnostics, [])
        let root = try XCTUnwrap(result.root)
        XCTAssertEqual(
            root.pairs?.map(\.key.scalar), ["name", "aliases", "spotted", "formation", "note", "empty"])
        XCTAssertEqual(root["spotted"]?.scalar, "2026-11-18")
        XCTAssertEqual(root["aliases"]?.items?.map(\.scalar), ["bbass", "gum"])
        XCTAssertEqual(root["formation"]?["containers"]?.items?.first?["name"]?.scalar, "Gum Room")
        XCTAssertEqual(root["formation"]?["visuals"]?.items?.first?.scalarStyle, .singleQuoted)
        XCTAssertEqual(root["note"]?.kind, .scalar("line one\nline two\n", .literal))
        XCTAssertEqual(root["empty"]?.isNull, true)
    }

    func testParse_note_positionsCountFromFirstLine() throws {
        let root = try XCTUnwrap(YAMLTestSupport.parse(note, firstLine: 2).root)
        func at(_ node: YAMLNode?) -> [Int] { node.map { [$0.position.line, $0.position.column] } ?? [] }
        XCTAssertEqual(at(root), [2, 1])
        XCTAssertEqual(at(root.pairs?[1].key), [3, 1])
        XCTAssertEqual(at(root["aliases"]), [3, 10])
        XCTAssertEqual(at(root["aliases"]?.items?[1]), [3, 18], "a quoted scalar starts at its quote")
        XCTAssertEqual(at(root["formation"]), [6, 3])
        XCTAssertEqual(at(root["formation"]?["containers"]), [7, 5])
        XCTAssertEqual(at(root["formation"]?["containers"]?.items?[0]), [7, 7])
        XCTAssertEqual(at(root["formation"]?["containers"]?.items?[0]["name"]), [8, 13])
        XCTAssertEqual(at(root["formation"]?["visuals"]), [10, 3])
        XCTAssertEqual(at(root["note"]), [11, 7], "a block scalar starts at its indicator")
        XCTAssertEqual(at(root["empty"]), [14, 7], "an empty value sits just after its colon")
    }

    func testParse_positions_countUnicodeScalars() throws {
        let root = try XCTUnwrap(YAMLTestSupport.parse("café: [😀, naïve]\n\"ü\": {x: é}\n").root)
        XCTAssertEqual(root["café"]?.items?[1].position, SourcePosition(line: 1, column: 11))
        XCTAssertEqual(root["ü"]?.position, SourcePosition(line: 2, column: 6))
        XCTAssertEqual(root["ü"]?["x"]?.position, SourcePosition(line: 2, column: 10))
    }

    /// Columns after long runs of one-, two-, three- and four-byte characters, in every
    /// alignment (columns are counted eight bytes at a time).
    func testParse_positions_countUnicodeScalarsInLongLines() throws {
        for prefix in ["", "a", "ab", "abc", "é", "aé", "東", "😀", "a😀"] {
            for run in ["abcdefghijklmnop", "éééééééééé", "東京東京東京東京", "😀🎧😀🎧😀🎧", "aé東😀aé東😀bb", "ßxßxßxßxßxßx"]
            {
                let key = prefix + run
                let yaml = "\"\(key)\": [\(run), \(key), z]\n"
                let root = try XCTUnwrap(YAMLTestSupport.parse(yaml).root, yaml)
                let items = try XCTUnwrap(root[key]?.items, yaml)
                let keyScalars = key.unicodeScalars.count
                let runScalars = run.unicodeScalars.count
                XCTAssertEqual(items[0].position.column, keyScalars + 6, yaml)
                XCTAssertEqual(items[1].position.column, keyScalars + 6 + runScalars + 2, yaml)
                XCTAssertEqual(items[2].position.column, keyScalars * 2 + 6 + runScalars + 4, yaml)
            }
        }
    }

    func testParse_norwayProblem_keepsStrings() throws {
        let root = try XCTUnwrap(YAMLTestSupport.parse("country: NO\nyear: 2026\nok: true\n").root)
        XCTAssertEqual(root["country"]?.kind, .scalar("NO", .plain))
        XCTAssertEqual(root["year"]?.scalar, "2026")
        XCTAssertEqual(root["ok"]?.scalar, "true")
    }

    func testParse_emptyInput_hasNoRootAndNoDiagnostics() {
        for text in ["", "\n\n", "# only a comment\n", "---", "---\n", "--- # c\n", "...\n", "---\n...\n"] {
            let result = YAMLTestSupport.parse(text)
            XCTAssertNil(result.root, text)
            XCTAssertEqual(result.diagnostics, [], text)
        }
    }

    func testParse_crlf_givesResultIdenticalToLF() {
        let documents = [
            note,
            "a: \"one\n  two\\\n  three\"\nb: >\n  folded\n  text\n\n  more\nc: [x,\n  y]\nd: 'it''s\n\n  x'\n",
            "- a\n-\n  - b\nkey: |+\n  keep\n\n",
            "a: \"unterminated\n", "x:\n  - a\n  b: c\n",
            // Columns after multi-byte characters, once the CRs are gone.
            "é: [ü, 😀, naïve]\n\"ß\": {x: é}\nbad: [é, ü\n", "東京: a\n  - b\n",
        ]
        for document in documents {
            let crlf = document.replacingOccurrences(of: "\n", with: "\r\n")
            XCTAssertEqual(YAMLTestSupport.parse(crlf), YAMLTestSupport.parse(document), document)
        }
    }

    func testParse_byteOrderMark_isSkipped() {
        XCTAssertEqual(YAMLTestSupport.parse("\u{FEFF}a: b\n"), YAMLTestSupport.parse("a: b\n"))
    }

    func testParse_oneMegabyteLine_parsesWholeValue() throws {
        let value = String(repeating: "abcdefgh", count: 131_072)
        let root = try XCTUnwrap(YAMLTestSupport.parse("key: \(value)\nnext: é\n").root)
        XCTAssertEqual(root["key"]?.scalar?.utf8.count, 1_048_576)
        XCTAssertEqual(root["next"]?.position, SourcePosition(line: 2, column: 7))
    }

    func testParse_oneMegabyteScalars_inEveryStyle() throws {
        let words = String(repeating: "word ", count: 200_000)
        let yaml =
            "plain: \(words)\nquoted: \"\(words)\\t\"\nsingle: '\(words)'\nflow: [\(words), é]\n"
            + "block: |\n" + String(repeating: "  \(words)\n", count: 1)
        let root = try XCTUnwrap(YAMLTestSupport.parse(yaml).root)
        XCTAssertEqual(root["plain"]?.scalar?.count, 999_999)
        XCTAssertEqual(root["quoted"]?.scalar?.count, 1_000_001)
        XCTAssertEqual(root["single"]?.scalar?.count, 1_000_000)
        XCTAssertEqual(root["flow"]?.items?[1].position, SourcePosition(line: 4, column: 1_000_010))
        XCTAssertEqual(root["block"]?.scalar?.count, 1_000_001)
    }

    func testParse_tenThousandDeepFlowSequence_isLimitDiagnostic() {
        let result = YAMLTestSupport.parse(String(repeating: "[", count: 10_000))
        XCTAssertEqual(result.diagnostics.map(\.code), [.limit])
        XCTAssertEqual(
            result.diagnostics.first?.message,
            "nesting deeper than 100 levels is not supported; flatten the structure (see docs/limits.md)")
        XCTAssertEqual(
            result.diagnostics.first?.location, SourceLocation(file: "t.yml", line: 1, column: 101))
    }

    func testParse_tenThousandDeepFlowMapping_isLimitDiagnostic() {
        let result = YAMLTestSupport.parse(String(repeating: "{a: ", count: 10_000))
        XCTAssertEqual(result.diagnostics.map(\.code), [.limit])
        XCTAssertEqual(
            result.diagnostics.first?.location, SourceLocation(file: "t.yml", line: 1, column: 401))
    }

    func testParse_tenThousandDeepCompactSequence_isLimitDiagnostic() {
        let result = YAMLTestSupport.parse(String(repeating: "- ", count: 10_000) + "x\n")
        XCTAssertEqual(result.diagnostics.map(\.code), [.limit])
        XCTAssertEqual(
            result.diagnostics.first?.location, SourceLocation(file: "t.yml", line: 1, column: 201))
    }

    func testParse_tenThousandDeepBlockSequence_isLimitDiagnostic() {
        let yaml = (0..<10_000).map { String(repeating: " ", count: $0) + "-" }.joined(separator: "\n")
        let result = YAMLTestSupport.parse(yaml)
        XCTAssertEqual(result.diagnostics.map(\.code), [.limit])
        XCTAssertEqual(
            result.diagnostics.first?.location, SourceLocation(file: "t.yml", line: 101, column: 101))
    }

    func testParse_tenThousandDeepBlockMapping_isLimitDiagnostic() {
        let yaml = (0..<10_000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
        let result = YAMLTestSupport.parse(yaml)
        XCTAssertEqual(result.diagnostics.map(\.code), [.limit])
        XCTAssertEqual(
            result.diagnostics.first?.location, SourceLocation(file: "t.yml", line: 101, column: 101))
    }

    /// Nesting at the limit must fit a modest thread stack. Measured: release builds use about
    /// 1.6 KB of stack per level (about 160 KB at 100 levels), debug builds about 8 KB (-Onone
    /// copies the reader at every call), so 2 MiB leaves room while catching a frame blow-up.
    func testParse_nestingAtLimit_fitsSmallThreadStack() {
        let flow = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        let block =
            (0..<100).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " v\n"
        let sequence = String(repeating: "- ", count: 100) + "x\n"
        let box = ResultBox()
        let done = expectation(description: "parsed on a 2 MiB stack")
        let thread = Thread {
            box.set([flow, block, sequence].map { YAMLTestSupport.parse($0) })
            done.fulfill()
        }
        thread.stackSize = 2 * 1024 * 1024
        thread.start()
        wait(for: [done], timeout: 60)
        let results = box.get()
        XCTAssertEqual(results.map(\.diagnostics), [[], [], []])
        XCTAssertEqual(results.map { $0.root != nil }, [true, true, true])
    }
}

/// Hands results from a worker thread to the test, under a lock.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [YAMLParseResult] = []

    func set(_ value: [YAMLParseResult]) { lock.withLock { results = value } }
    func get() -> [YAMLParseResult] { lock.withLock { results } }
}
