import XCTest

@testable import SceneRadar

/// One test per rejection of the document and block structure: exact code, message, line and
/// column.
final class YAMLParserErrorTests: XCTestCase {
    func testParse_anchor_isRejected() {
        assertRejects(
            "a: 1\nb: &base x\n", .syntax,
            "anchors ('&base') are not supported in radar YAML; write the value out in full instead",
            line: 2, column: 4)
    }

    func testParse_alias_isRejected() {
        assertRejects(
            "a: 1\nb: *base\n", .syntax,
            "aliases ('*base') are not supported in radar YAML; write the value out in full instead",
            line: 2, column: 4)
    }

    func testParse_tag_isRejected() {
        assertRejects(
            "year: !!str 2026\n", .syntax,
            "tags ('!!str') are not supported in radar YAML; remove the tag (quote the value if it must stay text)",
            line: 1, column: 7)
    }

    func testParse_tagInFlow_isRejected() {
        assertRejects(
            "a: [b, !x c]\n", .syntax,
            "tags ('!x') are not supported in radar YAML; remove the tag (quote the value if it must stay text)",
            line: 1, column: 8)
    }

    func testParse_directive_isRejected() {
        assertRejects(
            "%YAML 1.2\n---\na: 1\n", .syntax,
            "directives ('%YAML') are not supported in radar YAML; remove the line", line: 1, column: 1)
    }

    func testParse_complexKey_isRejected() {
        assertRejects(
            "a: 1\n? b\n: c\n", .syntax,
            "complex keys ('? ') are not supported in radar YAML; write 'key: value' with a plain or quoted key",
            line: 2, column: 1)
    }

    func testParse_emptyKey_isRejected() {
        assertRejects(
            ": value\n", .syntax, "a ':' with no key before it; write the key before the ':'", line: 1,
            column: 1)
    }

    func testParse_secondDocument_isRejected() {
        assertRejects(
            "a: 1\n---\nb: 2\n", .syntax,
            "a second document starts here, but a file holds one YAML document; remove this '---' and what follows it",
            line: 2, column: 1)
    }

    func testParse_contentAfterDocumentEnd_isRejected() {
        assertRejects(
            "a: 1\n...\nb: 2\n", .syntax,
            "content after the document end marker '...'; remove it, or remove the '...' line above it",
            line: 3, column: 1)
    }

    func testParse_tabIndentation_isRejected() {
        assertRejects(
            "a:\n  b: 1\n  \tc: 2\n", .syntax,
            "a tab is used for indentation; YAML indents with spaces only, so replace the tab with spaces",
            line: 3, column: 3)
    }

    func testParse_tabBeforeNestedList_isRejected() {
        assertRejects(
            "-\t- a\n", .syntax,
            "a tab is used for indentation; YAML indents with spaces only, so replace the tab with spaces",
            line: 1, column: 2)
    }

    func testParse_controlCharacter_isRejected() {
        assertRejects(
            "a: b\u{01}c\n", .syntax,
            "control character U+0001 is not allowed in YAML; remove it (write '\\u0001' in a double-quoted string if it is wanted)",
            line: 1, column: 5)
    }

    func testParse_loneCarriageReturn_isRejected() {
        assertRejects(
            "a: é\rb: c\n", .syntax,
            "a carriage return without a line feed; save the file with LF or CRLF line endings", line: 1,
            column: 5)
    }

    func testParse_duplicateKey_reportsSecondOccurrence() {
        let result = YAMLTestSupport.parse("name: A\nwhere: B\nname: C\n", firstLine: 2)
        XCTAssertEqual(result.diagnostics.count, 1)
        let diagnostic = result.diagnostics[0]
        XCTAssertEqual(diagnostic.code, .duplicateKey)
        XCTAssertEqual(
            diagnostic.message,
            "duplicate key 'name'; a mapping holds each key once, so merge the two entries or rename one")
        XCTAssertEqual(diagnostic.location, SourceLocation(file: "t.yml", line: 4, column: 1))
        XCTAssertEqual(diagnostic.length, 4)
        XCTAssertEqual(
            diagnostic.notes,
            [.init("'name' first appears here", at: .init(file: "t.yml", line: 2, column: 1))])
        XCTAssertEqual(result.root?["name"]?.scalar, "A", "the first occurrence is kept")
        XCTAssertEqual(result.root?.pairs?.count, 2)
    }

    func testParse_duplicateKeys_allReportedAcrossMappings() {
        let yaml = "a: 1\n'a': 2\nb:\n  c: 1\n  \"c\": 2\nd: {e: 1, e: 2}\nf: [{g: 1, g: 2}]\n"
        let result = YAMLTestSupport.parse(yaml)
        XCTAssertEqual(result.diagnostics.map(\.code), Array(repeating: .duplicateKey, count: 4))
        XCTAssertEqual(result.diagnostics.map(\.location.line), [2, 5, 6, 7])
        XCTAssertEqual(result.diagnostics.map(\.location.column), [1, 3, 11, 12])
        XCTAssertNotNil(result.root)
    }

    func testParse_duplicateKeys_manyKeysUseIndex() {
        let yaml = (0..<40).map { "k\($0): v" }.joined(separator: "\n") + "\nk3: again\nk39: again\n"
        let result = YAMLTestSupport.parse(yaml)
        XCTAssertEqual(result.diagnostics.map(\.location.line), [41, 42])
        XCTAssertEqual(result.diagnostics.map { $0.notes.first?.location?.line }, [4, 40])
    }

    func testParse_contentAfterValue_isRejected() {
        assertRejects(
            "word1  # comment\nword2\n", .syntax,
            "this line follows a complete value and belongs to nothing; remove it, quote a value that spans lines, or indent it under a key",
            line: 2, column: 1)
    }

    func testParse_badIndentation_isRejected() {
        assertRejects(
            "key:\n  ok: 1\n wrong: 2\n", .syntax,
            "this line is indented to column 2, but no mapping or list above it is; align it with the entries it belongs to",
            line: 3, column: 2)
    }

    func testParse_valueAfterMappingAtWrongIndent_isRejected() {
        assertRejects(
            "map:\n  key1: \"quoted1\"\n   key2: \"bad\"\n", .syntax,
            "this line is indented to column 4, but no mapping or list above it is; align it with the entries it belongs to",
            line: 3, column: 4)
    }

    func testParse_missingColon_isRejected() {
        assertRejects(
            "top1:\n  key1: val1\ntop2\n", .syntax,
            "'top2' has no ':' after it; write 'top2: value' for a mapping entry, or indent the line to continue the value above",
            line: 3, column: 1)
    }

    func testParse_colonWithoutASpace_saysToAddOne() {
        assertRejects(
            "name: A\nkind:person\n", .syntax,
            "'kind:person' has no ': ' in it: a key needs a space after its colon; write 'kind: person'",
            line: 2, column: 1)
        // An address is no key: its colon is followed by //.
        assertRejects(
            "name: A\nhttps://discord.gg/abc\n", .syntax,
            "'https://discord.gg/abc' has no ':' after it; write 'https://discord.gg/abc: value' for a mapping entry, or indent the line to continue the value above",
            line: 2, column: 1)
    }

    /// Keys are told apart by their bytes, as YAML does: a precomposed `é` and an `e` with a
    /// combining accent make two keys. A key written with an escape is marked, not underlined.
    func testParse_duplicateKeys_comparedByBytes() {
        let result = YAMLTestSupport.parse("x-caf\u{E9}: 1\nx-cafe\u{301}: 2\n\"x-caf\\u00e9\": 3\n")
        XCTAssertEqual(result.root?.pairs?.count, 2)
        XCTAssertEqual(result.diagnostics.map(\.code), [.duplicateKey])
        XCTAssertEqual(result.diagnostics.map(\.location.line), [3])
        XCTAssertEqual(result.diagnostics.map(\.length), [1])
    }

    func testParse_keyOnSeveralLines_isRejected() {
        assertRejects(
            "a: 1\n\"b\n c\": 2\n", .syntax,
            "a key must fit on one line; join the key's lines, or quote the whole value if it is not a key",
            line: 2, column: 1)
    }

    func testParse_colonInMultiLinePlain_isRejected() {
        assertRejects(
            "k1: v1\n k2: v2\n", .syntax,
            "this ': ' is inside a value that continues over several lines; quote the value, or align the key with the keys above if it starts a new entry",
            line: 2, column: 4)
    }

    func testParse_mappingOnKeyLine_isRejected() {
        assertRejects(
            "a: b: c\n", .syntax,
            "a mapping cannot start on the same line as its key; put 'key: value' on the next line, indented, or quote the value if the ':' is text",
            line: 1, column: 4)
    }

    func testParse_sequenceOnKeyLine_isRejected() {
        assertRejects(
            "key: - a\n     - b\n", .syntax,
            "a list cannot start on the same line as its key; put each '- item' on its own line, indented under the key",
            line: 1, column: 6)
    }

    func testParse_collectionOnDocumentStartLine_isRejected() {
        assertRejects(
            "--- key1: value1\n", .syntax,
            "a mapping or list cannot start on the '---' line; move it to the next line", line: 1, column: 5)
    }

    func testParse_keyValueWhereSequenceContinues_isRejected() {
        assertRejects(
            "- item1\n- item2\ninvalid: x\n", .syntax,
            "a 'key: value' entry where a list continues; start the line with '- ' to add a list item, or indent the entry under the item above",
            line: 3, column: 1)
    }

    func testParse_expectedListItem_isRejected() {
        assertRejects(
            "key:\n - bar\n invalid\n", .syntax,
            "a list continues at this indentation, so the line must start with '- '; add '- ', or indent the line to continue the item above",
            line: 3, column: 2)
    }

    func testParse_listItemWhereMappingContinues_isRejected() {
        assertRejects(
            "a: 1\n- b\n", .syntax,
            "a list item where a mapping continues; put the list under a key ('key:' and the '- ' items indented below it)",
            line: 2, column: 1)
    }

    func testParse_nestingLimit_isLimitDiagnostic() {
        assertRejects(
            "a:\n  b:\n    c: d\n", .limit,
            "nesting deeper than 2 levels is not supported; flatten the structure (see docs/limits.md)",
            line: 3, column: 5, limits: YAMLLimits(maxDepth: 2))
    }
}
