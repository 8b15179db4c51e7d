import XCTest

@testable import SceneRadar

/// Terminal columns: wide scripts and emoji 2, combining and invisible characters 0.
final class DisplayWidthTests: XCTestCase {
    func testOf_ascii_isOneColumnACharacter() {
        XCTAssertEqual(DisplayWidth.of(""), 0)
        XCTAssertEqual(DisplayWidth.of("Modem House"), 11)
        XCTAssertEqual(DisplayWidth.of("+0.30 growing"), 13)
    }

    func testOf_cjkAndFullwidth_areTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("東京"), 4)
        XCTAssertEqual(DisplayWidth.of("東京 ドリル"), 11)
        XCTAssertEqual(DisplayWidth.of("한국"), 4)
        XCTAssertEqual(DisplayWidth.of("ＡＢ"), 4)
        XCTAssertEqual(DisplayWidth.of("\u{3000}"), 2)  // ideographic space
        XCTAssertEqual(DisplayWidth.of("ｱ"), 1)  // halfwidth katakana
        XCTAssertEqual(DisplayWidth.of("Ελλάδα Кириллица"), 16)
    }

    func testOf_emoji_areTwoColumnsPerGlyph() {
        XCTAssertEqual(DisplayWidth.of("🎵🎶"), 4)
        XCTAssertEqual(DisplayWidth.of("❤️"), 2)  // text-default heart with emoji presentation
        XCTAssertEqual(DisplayWidth.of("❤"), 1)
        XCTAssertEqual(DisplayWidth.of("👩‍🎤"), 2)  // a ZWJ sequence is one glyph
        XCTAssertEqual(DisplayWidth.of("👍🏽"), 2)  // with a skin tone modifier
        XCTAssertEqual(DisplayWidth.of("🇳🇬"), 2)  // a flag
        XCTAssertEqual(DisplayWidth.of("1️⃣"), 2)
        XCTAssertEqual(DisplayWidth.of("©"), 1)
    }

    func testOf_combiningAndInvisibleCharacters_areZeroColumns() {
        XCTAssertEqual(DisplayWidth.of("Cafe\u{301}"), 4)
        XCTAssertEqual(DisplayWidth.of("Café"), 4)
        XCTAssertEqual(DisplayWidth.of("e\u{301}\u{302}"), 1)
        XCTAssertEqual(DisplayWidth.of("a\u{200B}b\u{200D}c"), 3)
        XCTAssertEqual(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}"), 2)  // conjoining jamo: one syllable
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x0301)!), 0)
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0xFE0F)!), 0)
    }
}
