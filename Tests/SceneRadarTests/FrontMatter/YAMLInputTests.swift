import XCTest

@testable import SceneRadar

final class YAMLInputTests: XCTestCase {
    /// A line of printable ASCII long enough to cross several eight-byte steps.
    private let line = "key: a plain value that runs on for a while, 0123456789"

    func testInit_lineStarts_matchEveryLineFeed() {
        let text = [line, "", "  - x", String(line.prefix(7)), String(line.prefix(8)), "é ✓ ok"]
            .joined(separator: "\n")
        let input = YAMLInput(text)
        var expected = [0]
        for (index, byte) in input.bytes.enumerated() where byte == 0x0A && index + 1 < input.bytes.count {
            expected.append(index + 1)
        }
        XCTAssertEqual(input.lineStarts, expected)
        XCTAssertNil(input.rejection)
    }

    func testInit_forbiddenCharacterAtEveryOffset_isRejectedThere() {
        let forbidden: [(String, YAMLSyntaxError)] = [
            ("\u{01}", .controlCharacter(0x01)), ("\u{7F}", .controlCharacter(0x7F)),
            ("\u{80}", .controlCharacter(0x80)), ("\u{9F}", .controlCharacter(0x9F)),
            ("\r", .loneCarriageReturn),
        ]
        for (character, error) in forbidden {
            for offset in 0...20 {
                var text = line
                text.insert(contentsOf: character, at: text.index(text.startIndex, offsetBy: offset))
                let input = YAMLInput(text + "\n" + line)
                XCTAssertEqual(input.rejection?.offset, offset, "\(error) at \(offset)")
                XCTAssertEqual(input.rejection?.error.message, error.message, "\(error) at \(offset)")
            }
        }
    }

    func testInit_nextLineAndTabs_areAllowed() {
        let input = YAMLInput("a:\tb\u{85}c\n" + line + "\t\n")
        XCTAssertNil(input.rejection)
        XCTAssertEqual(input.lineStarts, [0, 8])
    }
}
