import XCTest

@testable import SceneRadar

final class HTMLEscapingTests: XCTestCase {
    func testEscape_replacesTheFiveSpecialCharacters() {
        XCTAssertEqual(HTMLEscaping.escape(#"a&b<c>d"e'f"#), "a&amp;b&lt;c&gt;d&quot;e&#39;f")
    }

    func testEscape_leavesOtherTextUntouched() {
        let text = "plain = text / with ; symbols ? ~ and ✓ 🎧"
        XCTAssertEqual(HTMLEscaping.escape(text), text)
        XCTAssertEqual(HTMLEscaping.escape(""), "")
    }

    func testEscape_specialCharactersAtTheEdgesAndInRuns() {
        XCTAssertEqual(HTMLEscaping.escape("<<>>"), "&lt;&lt;&gt;&gt;")
        XCTAssertEqual(HTMLEscaping.escape("&x&"), "&amp;x&amp;")
    }

    func testEscape_keepsEveryUnicodeScalarExactly() {
        // A combining accent after '&' starts a run in the middle of a grapheme cluster.
        let escaped = HTMLEscaping.escape("&\u{301}e\u{301}<🇳🇬>")
        XCTAssertEqual(Array(escaped.unicodeScalars), Array("&amp;\u{301}e\u{301}&lt;🇳🇬&gt;".unicodeScalars))
    }

    func testAppend_addsToExistingOutput() {
        var output = "<p>"
        HTMLEscaping.append("R&B", to: &output)
        HTMLEscaping.append("soul", to: &output)
        XCTAssertEqual(output, "<p>R&amp;Bsoul")
    }

    func testEscape_specialCharacterAtEveryPositionOfEveryLength() {
        // The scan takes eight bytes at a time; put each special character everywhere in texts
        // of 0 to 40 bytes, around neighbours that differ from it by one bit.
        let specials: [Character: String] = [
            "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;",
        ]
        let filler = Array("#$%=?;!(b~f|gr~.:/0")
        for length in 0...40 {
            let base = String((0..<length).map { filler[$0 % filler.count] })
            XCTAssertEqual(HTMLEscaping.escape(base), base)
            for position in 0..<max(length, 1) where length > 0 {
                for (special, entity) in specials {
                    var characters = Array(base)
                    characters[position] = special
                    let expected =
                        String(characters[..<position]) + entity + String(characters[(position + 1)...])
                    XCTAssertEqual(
                        HTMLEscaping.escape(String(characters)), expected,
                        "\(special) at \(position) of \(length)")
                }
            }
        }
    }

    func testEscape_controlsAndBidiAtEveryPositionOfEveryLength() {
        // The last bytes of a value are tested as one word too: a forbidden control or a bidi
        // control there must still be found, wherever it is.
        let filler = Array("abcdefgh/ijklmnop")
        for length in 1...20 {
            let base = (0..<length).map { filler[$0 % filler.count] }
            for position in 0..<length {
                for control in ["\u{01}", "\u{1F}", "\u{7F}"] {
                    var characters = base.map(String.init)
                    characters[position] = control
                    var expected = characters
                    expected[position] = "\u{FFFD}"
                    XCTAssertEqual(
                        HTMLEscaping.escape(characters.joined()), expected.joined(),
                        "control at \(position) of \(length)")
                }
                var characters = base.map(String.init)
                characters[position] = "\u{202E}"
                let text = characters.joined()
                XCTAssertEqual(
                    HTMLEscaping.escape(text), "\u{2068}" + text + "\u{202C}\u{2069}",
                    "bidi at \(position) of \(length)")
            }
        }
    }

    func testEscape_multibyteCharactersWhoseBytesLookLikeSpecialOnes_areKept() {
        // ¢ ¦ § ¼ ¾ end in 0xA2 0xA6 0xA7 0xBC 0xBE: the special bytes with the high bit set.
        let text = String(repeating: "¢¦§¼¾ — ", count: 5)
        XCTAssertEqual(HTMLEscaping.escape(text), text)
        XCTAssertEqual(HTMLEscaping.escape(text + "<" + text), text + "&lt;" + text)
    }
}
