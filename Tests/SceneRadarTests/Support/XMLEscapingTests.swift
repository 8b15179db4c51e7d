import XCTest

@testable import SceneRadar

final class XMLEscapingTests: XCTestCase {
    /// Escaping as the rules say it, scalar by scalar: the reference the byte-wise escaping
    /// must match.
    private func reference(_ value: String, keepLineBreaks: Bool) -> String {
        var output = ""
        var openBidi: [Bool] = []
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x202A...0x202B, 0x202D...0x202E: openBidi.append(false)
            case 0x2066...0x2068: openBidi.append(true)
            case 0x202C: if openBidi.last == false { openBidi.removeLast() }
            case 0x2069: if let index = openBidi.lastIndex(of: true) { openBidi.removeSubrange(index...) }
            default: break
            }
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default:
                let code = scalar.value
                if keepLineBreaks && (code == 0x09 || code == 0x0A) {
                    output.unicodeScalars.append(scalar)
                } else if code < 0x20 || code == 0x7F || code == 0xFFFE || code == 0xFFFF {
                    output += code == 0x09 || code == 0x0A ? " " : "\u{FFFD}"
                } else if XMLEscaping.isInvisibleFormat(code) {
                    output += "&#x" + String(code, radix: 16, uppercase: true) + ";"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        for isIsolate in openBidi.reversed() { output += isIsolate ? "&#x2069;" : "&#x202C;" }
        return output
    }

    func testExamples() {
        XCTAssertEqual(
            XMLEscaping.escape("How it's <made> & \"why\""), "How it&#39;s &lt;made&gt; &amp; &quot;why&quot;"
        )
        XCTAssertEqual(XMLEscaping.escape("a\tb\nc\u{1}d\u{7F}"), "a b c\u{FFFD}d\u{FFFD}")
        XCTAssertEqual(XMLEscaping.escape("a\tb\nc", keepLineBreaks: true), "a\tb\nc")
        XCTAssertEqual(
            XMLEscaping.escape("Björk 東京 🎧 soft\u{AD}hyphen \u{FEFF}\u{FFFE}"),
            "Björk 東京 🎧 soft&#xAD;hyphen &#xFEFF;\u{FFFD}")
    }

    /// The same text as the scalar-by-scalar rules on seeded random strings mixing markup,
    /// controls, multi-byte text, format characters and bidi controls.
    func testAgreesWithScalarRules() {
        let pieces: [String] = [
            "a", "Zz", " ", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{0}", "\u{7F}", "é", "ß", "東京",
            "😀",
            "\u{AD}", "\u{61C}", "\u{180E}", "\u{200B}", "\u{200F}", "\u{202A}", "\u{202C}", "\u{202E}",
            "\u{2066}",
            "\u{2069}", "\u{2060}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{10FFFF}", "\u{85}",
        ]
        var state: UInt64 = 0xE5C
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3_000 {
            let text = (0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined()
            for keepLineBreaks in [false, true] {
                XCTAssertEqual(
                    XMLEscaping.escape(text, keepLineBreaks: keepLineBreaks),
                    reference(text, keepLineBreaks: keepLineBreaks),
                    text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
            }
            var appended = "prefix "
            XMLEscaping.append(text, to: &appended)
            XCTAssertEqual(appended, "prefix " + reference(text, keepLineBreaks: false))
            var bytes = Array("prefix ".utf8)
            XMLEscaping.append(text, to: &bytes, keepLineBreaks: true)
            XCTAssertEqual(
                String(decoding: bytes, as: UTF8.self), "prefix " + reference(text, keepLineBreaks: true))
            var buffer = RenderBuffer(capacity: 8)
            buffer.append("prefix ")
            XMLEscaping.append(text, to: &buffer, keepLineBreaks: true)
            XCTAssertEqual(
                String(decoding: buffer.bytes, as: UTF8.self),
                "prefix " + reference(text, keepLineBreaks: true))
            buffer.free()
        }
    }
}
