import XCTest

@testable import SceneRadar

/// One test per rejection inside scalars and flow collections: exact code, message, line and
/// column.
final class YAMLParserScalarErrorTests: XCTestCase {
    func testParse_unterminatedDoubleQuote_pointsAtOpeningQuote() {
        assertRejects(
            "a: 1\nkey: \"missing closing quote\n", .syntax,
            "this double-quoted string is never closed; add the closing \"", line: 2, column: 6)
    }

    func testParse_unterminatedSingleQuote_pointsAtOpeningQuote() {
        assertRejects(
            "key: 'one\n  two\n", .syntax, "this single-quoted string is never closed; add the closing '",
            line: 1, column: 6)
    }

    func testParse_invalidEscape_isRejected() {
        assertRejects(
            "a: \"x\\qy\"\n", .syntax,
            "'\\q' is not a valid escape in a double-quoted string; write '\\\\' for a backslash, or use single quotes",
            line: 1, column: 6)
    }

    func testParse_escapedSingleQuote_isRejected() {
        assertRejects(
            "a: \"it\\'s\"\n", .syntax,
            "'\\'' is not a valid escape in a double-quoted string; write ' without a backslash", line: 1,
            column: 7)
    }

    func testParse_shortHexEscape_isRejected() {
        assertRejects(
            "a: \"\\x4g\"\n", .syntax,
            "'\\x4' needs 2 hexadecimal digits; write for example '\\x41', '\\u00E9' or '\\U0001F600'",
            line: 1, column: 5)
    }

    func testParse_surrogateEscape_isRejected() {
        assertRejects(
            "a: \"\\uD800\"\n", .syntax,
            "'\\uD800' is not a Unicode character; write the character itself, or an escape such as '\\u00E9' or '\\U0001F600'",
            line: 1, column: 5)
    }

    /// A high and a low surrogate in two escapes, as JSON writes a character past U+FFFF, are
    /// that one character; a high one alone, or followed by no low one, is still rejected.
    func testParse_surrogatePairEscape_isOneCharacter() {
        let parsed = YAMLTestSupport.parse("a: \"x\\uD83D\\uDE00y\\ud83d\\ude00\"\n")
        XCTAssertEqual(parsed.diagnostics, [])
        XCTAssertEqual(parsed.root?.pairs?.first?.value.scalar, "x\u{1F600}y\u{1F600}")
        assertRejects(
            "a: \"\\uD83D\\u0041\"\n", .syntax,
            "'\\uD83D' is not a Unicode character; write the character itself, or an escape such as '\\u00E9' or '\\U0001F600'",
            line: 1, column: 5)
    }

    func testParse_documentMarkerInQuote_isRejected() {
        assertRejects(
            "a: \"x\n---\n y\"\n", .syntax,
            "a line starting with '---' inside a quoted string would end the document; indent the line",
            line: 2, column: 1)
    }

    func testParse_quoteContinuationNotIndented_isRejected() {
        assertRejects(
            "quoted: \"a\nb\"\n", .syntax,
            "this line continues a quoted string but is not indented past its key; indent it by at least 1 space",
            line: 2, column: 1)
    }

    /// A quote left open before the next key is pointed at, not the key's line: that line
    /// cannot continue the string and does not close it.
    func testParse_quoteLeftOpenBeforeTheNextKey_pointsAtTheQuote() {
        assertRejects(
            "a: 1\nsurface: \"unterminated\ncommunity: [a]\n", .syntax,
            "this double-quoted string is never closed; add the closing \"", line: 2, column: 10)
        assertRejects(
            "surface: 'open\n\nnext: b\n", .syntax,
            "this single-quoted string is never closed; add the closing '",
            line: 1, column: 10)
    }

    /// A continuation line that is not a key, with the string closed later, is an indentation
    /// error, as before.
    func testParse_underIndentedContinuationClosedLater_isAnIndentationError() {
        assertRejects(
            "a:\n  b: \"one\nline two\n  three\"\n", .syntax,
            "this line continues a quoted string but is not indented past its key; indent it by at least 3 spaces",
            line: 3, column: 1)
    }

    func testParse_trailingContentAfterQuote_isRejected() {
        assertRejects(
            "key: \"quoted\" trailing\n", .syntax,
            "unexpected text after the quoted string; the value must end its line (a comment needs a space before '#')",
            line: 1, column: 15)
    }

    func testParse_trailingContentAfterFlow_isRejected() {
        assertRejects(
            "x: { y: z }in: valid\n", .syntax,
            "unexpected text after the closing '}'; the value must end its line (a comment needs a space before '#')",
            line: 1, column: 12)
    }

    func testParse_commentWithoutSpace_isRejected() {
        assertRejects(
            "key: \"value\"# comment\n", .syntax,
            "a comment needs whitespace before '#'; add a space before the '#'", line: 1, column: 13)
    }

    func testParse_blockScalarHeaderText_isRejected() {
        assertRejects(
            "folded: > first line\n  second\n", .syntax,
            "text after the block scalar indicator '>'; start the text on the next line, indented",
            line: 1, column: 11)
    }

    func testParse_badIndentationIndicator_isRejected() {
        assertRejects(
            "a: |10\n  x\n", .syntax,
            "a block scalar's indentation indicator is a single digit from 1 to 9; write for example '|2', or leave it out",
            line: 1, column: 6)
    }

    func testParse_blockScalarLeadingSpaces_isRejected() {
        assertRejects(
            "a: |\n     \n  text\n", .syntax,
            "this empty line has 5 spaces, more than the 2 of the block scalar's first text line; remove the extra spaces, or give the indentation with an indicator ('|2')",
            line: 2, column: 3)
    }

    func testParse_tabLineInBlockScalar_isRejected() {
        assertRejects(
            "foo: |\n\t\nbar: 1\n", .syntax,
            "a tab is used for indentation; YAML indents with spaces only, so replace the tab with spaces",
            line: 2, column: 1)
    }

    func testParse_blockScalarInFlow_isRejected() {
        assertRejects(
            "a: [b, |]\n", .syntax,
            "a block scalar ('|' or '>') cannot appear inside '[ ]' or '{ }'; use a quoted string", line: 1,
            column: 8)
    }

    func testParse_reservedCharacter_isRejected() {
        assertRejects(
            "handle: @kofi\n", .syntax, "'@' cannot start an unquoted value; put the value in quotes",
            line: 1,
            column: 9)
    }

    func testParse_dashInFlow_isRejected() {
        assertRejects(
            "- [-, a]\n", .syntax, "'-' cannot start an unquoted value; put the value in quotes", line: 1,
            column: 4)
    }

    func testParse_unclosedFlow_pointsAtOpeningBracket() {
        assertRejects(
            "a: 1\ntags: [one,\n  two\n", .syntax, "this '[' is never closed; add the matching ']'", line: 2,
            column: 7)
    }

    func testParse_mismatchedClose_isRejected() {
        assertRejects(
            "a: [b}\n", .syntax, "'}' here closes nothing; close the open collection with ']'", line: 1,
            column: 6)
    }

    func testParse_missingComma_isRejected() {
        assertRejects(
            "{\n foo: 1\n bar: 2 }\n", .syntax,
            "expected ',' or '}' here; separate the entries of a flow collection with ','", line: 3, column: 5
        )
    }

    func testParse_extraComma_isRejected() {
        assertRejects(
            "[ a, , b ]\n", .syntax, "',' with no entry before it; remove the extra ','", line: 1, column: 6)
    }

    func testParse_flowContinuationNotIndented_isRejected() {
        assertRejects(
            "flow: [a,\nb]\n", .syntax,
            "this line continues a flow collection ('[ ]' or '{ }') but is not indented past its key; indent it by at least 1 space",
            line: 2, column: 1)
    }

    func testParse_documentMarkerInFlow_isRejected() {
        assertRejects(
            "[\n--- ,\n]\n", .syntax,
            "a document marker ('---') inside a flow collection; close the collection first", line: 2,
            column: 1)
    }

    func testParse_flowKeyOnSeveralLines_isRejected() {
        assertRejects(
            "[ key\n  : value ]\n", .syntax,
            "a key inside '[ ]' must be on the same line as its ':'; move the ':' up to the key, or write the pair in '{ }'",
            line: 2, column: 3)
    }

    func testParse_collectionAsKey_isRejected() {
        assertRejects(
            "{[a]: b}\n", .syntax,
            "a list or mapping cannot be a key; radar YAML keys are plain or quoted strings", line: 1,
            column: 2)
    }

    func testParse_blockCollectionAsKey_isRejected() {
        assertRejects(
            "[23\n]: 42\n", .syntax,
            "a list or mapping cannot be a key; radar YAML keys are plain or quoted strings", line: 1,
            column: 1)
    }

    func testParse_errorColumns_countUnicodeScalars() {
        assertRejects(
            "naïve: [😀, &x]\n", .syntax,
            "anchors ('&x') are not supported in radar YAML; write the value out in full instead", line: 1,
            column: 12)
        assertRejects(
            "naïve: \"😀\" x\n", .syntax,
            "unexpected text after the quoted string; the value must end its line (a comment needs a space before '#')",
            line: 1, column: 12)
    }
}
