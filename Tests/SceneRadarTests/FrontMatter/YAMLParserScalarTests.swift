import XCTest

@testable import SceneRadar

/// How scalars and flow collections read: escapes, folding, chomping, indicators in text.
final class YAMLParserScalarTests: XCTestCase {
    private func value(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) -> YAMLNode? {
        let result = YAMLTestSupport.parse(yaml)
        XCTAssertEqual(result.diagnostics, [], file: file, line: line)
        return result.root?["v"]
    }

    func testDoubleQuoted_decodesEveryEscape() {
        let yaml = #"v: "\n\t\"\\\/\0\a\b\e\f\r\v\N\_\L\P\x41\u00E9\U0001F600\ "# + "\\\t.\""
        XCTAssertEqual(
            value(yaml)?.scalar,
            "\n\t\"\\/\u{0}\u{7}\u{8}\u{1B}\u{C}\r\u{B}\u{85}\u{A0}\u{2028}\u{2029}Aé😀 \t.")
    }

    func testDoubleQuoted_escapedLineBreakJoinsWithoutSpace() {
        XCTAssertEqual(value("v: \"one \\\n    two\\\n\n  three\"\n")?.scalar, "one two\nthree")
    }

    func testQuoted_foldsLinesAndKeepsEmptyLines() {
        XCTAssertEqual(value("v: \"a  \n  b\n\n\n  c \"\n")?.scalar, "a b\n\nc ")
        XCTAssertEqual(value("v: 'it''s\n  fine\n\n  here'\n")?.scalar, "it's fine\nhere")
        XCTAssertEqual(value("v: 'back\\slash'\n")?.kind, .scalar("back\\slash", .singleQuoted))
    }

    func testPlain_foldsContinuationLines() {
        XCTAssertEqual(value("v: one\n  two  \n\n  three\nw: x\n")?.scalar, "one two\nthree")
    }

    func testPlain_hashAndColonNeedWhitespaceToBeSyntax() throws {
        let root = try XCTUnwrap(YAMLTestSupport.parse("a#b: c:d # note\nurl: https://x.org/#top\n").root)
        XCTAssertEqual(root["a#b"]?.scalar, "c:d")
        XCTAssertEqual(root["url"]?.scalar, "https://x.org/#top")
    }

    func testPlain_indicatorsInsideTextAreText() {
        XCTAssertEqual(value("v: a &b *c !d - e ? f | g > h\n")?.scalar, "a &b *c !d - e ? f | g > h")
        XCTAssertEqual(value("v: -1\n")?.scalar, "-1")
        XCTAssertEqual(value("v: ::x\n")?.scalar, "::x")
    }

    func testLiteral_chompingAndIndentation() throws {
        let yaml = "strip: |-\n  a\n\nclip: |\n  a\n\nkeep: |+\n  a\n\nexplicit: |2\n    x\n  y\nlast: 1\n"
        let root = try XCTUnwrap(YAMLTestSupport.parse(yaml).root)
        XCTAssertEqual(root["strip"]?.scalar, "a")
        XCTAssertEqual(root["clip"]?.scalar, "a\n")
        XCTAssertEqual(root["keep"]?.scalar, "a\n\n")
        XCTAssertEqual(root["explicit"]?.scalar, "  x\ny\n")
    }

    func testFolded_foldsButKeepsMoreIndentedLines() {
        XCTAssertEqual(
            value("v: >\n  one\n  two\n\n  three\n    code\n  four\n")?.scalar,
            "one two\nthree\n  code\nfour\n")
    }

    func testBlockScalar_commentAfterHeaderAndHashLinesInside() {
        XCTAssertEqual(
            value("v: | # note\n  # not a comment\n")?.kind, .scalar("# not a comment\n", .literal))
    }

    func testFlow_multiLineWithTrailingCommasAndComments() throws {
        let yaml = "v: [\n  a,   # first\n  'b',\n  {c: d, e: },\n  [],\n  ]\nw: {\n  x: 1,\n  y,\n }\n"
        let root = try XCTUnwrap(YAMLTestSupport.parse(yaml).root)
        let items = try XCTUnwrap(root["v"]?.items)
        XCTAssertEqual(items.map(\.scalar), ["a", "b", nil, nil])
        XCTAssertEqual(items[2]["e"]?.isNull, true)
        XCTAssertEqual(root["w"]?.pairs?.map(\.key.scalar), ["x", "y"])
        XCTAssertEqual(root["w"]?["y"]?.isNull, true)
    }

    func testFlow_singlePairMappingInSequence() throws {
        let items = try XCTUnwrap(value("v: [a: b, \"c\":d, e]\n")?.items)
        XCTAssertEqual(items.count, 3)
        XCTAssertEqual(items[0]["a"]?.scalar, "b")
        XCTAssertEqual(items[1]["c"]?.scalar, "d")
        XCTAssertEqual(items[0].position, SourcePosition(line: 1, column: 5))
    }

    func testFlow_plainScalarsStopAtFlowIndicators() throws {
        let items = try XCTUnwrap(value("v: [http://x.org/a?b=c, a:b, {k: v}]\n")?.items)
        XCTAssertEqual(items.map(\.scalar), ["http://x.org/a?b=c", "a:b", nil])
    }

    func testSequence_ofMappingsInCompactForm() throws {
        let yaml = "tracks:\n- title: A\n  url: https://a\n-   title: B\n    credits:\n      producer: [X]\n"
        let tracks = try XCTUnwrap(YAMLTestSupport.parse(yaml).root?["tracks"]?.items)
        XCTAssertEqual(tracks.map { $0["title"]?.scalar }, ["A", "B"])
        XCTAssertEqual(tracks[1]["credits"]?["producer"]?.items?.first?.scalar, "X")
        XCTAssertEqual(tracks[1].position, SourcePosition(line: 4, column: 5))
    }

    func testDocument_startAndEndMarkers() throws {
        let root = try XCTUnwrap(YAMLTestSupport.parse("# c\n--- # start\na: 1\n... # end\n# after\n").root)
        XCTAssertEqual(root["a"]?.position, SourcePosition(line: 3, column: 4))
        XCTAssertEqual(YAMLTestSupport.parse("--- |\n  text\n").root?.scalar, "text\n")
    }
}
