import XCTest

@testable import SceneRadar

final class ChartTextTests: XCTestCase {
    func testClean_collapsesWhiteSpaceAndDropsControls() {
        XCTAssertEqual(ChartText.clean("  Amapiano\t\n  Leeds \u{0}\u{7}\u{1B}[31m "), "Amapiano Leeds [31m")
        XCTAssertEqual(ChartText.clean("a\u{85}b\u{2028}c\u{9F}d\u{FFFE}"), "a b cd")
        XCTAssertEqual(ChartText.clean(""), "")
        XCTAssertEqual(ChartText.clean(" \n\t "), "")
    }

    func testClean_plainASCII_isKeptAsItIs_andEverythingElseCleaned() {
        for kept in ["Amapiano Leeds", "a", "x-y_z (2026) #1 ~!"] {
            XCTAssertEqual(ChartText.clean(kept), kept)
        }
        let cleaned = [
            " lead": "lead", "trail ": "trail", "two  spaces": "two spaces", " ": "", "tab\there": "tab here",
            "del\u{7F}": "del", "caf\u{E9}  au lait ": "caf\u{E9} au lait",
        ]
        for (raw, expected) in cleaned {
            XCTAssertEqual(ChartText.clean(raw), expected, raw.debugDescription)
        }
    }

    func testClean_keepsZeroWidthJoinersAndCombiningMarks() {
        XCTAssertEqual(ChartText.clean("👩🏽‍🎤 e\u{301}"), "👩🏽‍🎤 e\u{301}")
        XCTAssertEqual(ChartText.clean("a\u{200B}b"), "a\u{200B}b")
    }

    func testClean_closesUnbalancedBidiControls() {
        XCTAssertEqual(ChartText.clean("evil\u{202E}txt"), "evil\u{202E}txt\u{202C}")
        XCTAssertEqual(ChartText.clean("\u{2067}abc"), "\u{2067}abc\u{2069}")
        XCTAssertEqual(ChartText.clean("\u{202B}x\u{2066}y"), "\u{202B}x\u{2066}y\u{2069}\u{202C}")
    }

    func testClean_dropsStrayClosers_andPDIClosesEmbeddingsInsideItsIsolate() {
        XCTAssertEqual(ChartText.clean("a\u{202C}b\u{2069}c"), "abc")
        XCTAssertEqual(ChartText.clean("\u{2068}a\u{202E}b\u{2069}c"), "\u{2068}a\u{202E}b\u{2069}c")
        XCTAssertEqual(ChartText.clean("\u{202D}a\u{202C}"), "\u{202D}a\u{202C}")
    }

    func testFitted_shortensWithEllipsisBetweenGraphemes() {
        let long = "Hyperpop bedroom producers of the Thames Valley"
        let fitted = ChartText.fitted(long, maxWidth: 100, fontSize: 12)
        XCTAssertTrue(fitted.hasSuffix("…"))
        XCTAssertLessThanOrEqual(ChartText.estimatedWidth(fitted, fontSize: 12), 100)
        XCTAssertTrue(long.hasPrefix(String(fitted.dropLast())))
        XCTAssertEqual(ChartText.fitted("Short", maxWidth: 100, fontSize: 12), "Short")
        let emoji = ChartText.fitted(String(repeating: "👩🏽‍🎤", count: 20), maxWidth: 40, fontSize: 12)
        XCTAssertEqual(emoji, "👩🏽‍🎤👩🏽‍🎤…")
    }

    func testFitted_rebalancesBidiAfterCutting() {
        let fitted = ChartText.fitted(
            "\u{202E}" + String(repeating: "x", count: 50), maxWidth: 60, fontSize: 12)
        XCTAssertTrue(fitted.hasSuffix("\u{202C}…"))
    }

    func testIsolated_wrapsOnlyPossiblyRightToLeftText() {
        XCTAssertEqual(ChartText.isolated("Leeds"), "Leeds")
        XCTAssertEqual(ChartText.isolated("مهرجانات"), "\u{2068}مهرجانات\u{2069}")
    }

    func testEstimatedWidth_countsWideAndInvisibleCharacters() {
        XCTAssertEqual(ChartText.estimatedWidth("", fontSize: 12), 0)
        XCTAssertEqual(ChartText.estimatedWidth("新宿", fontSize: 10), 20)
        XCTAssertEqual(ChartText.estimatedWidth("\u{200B}\u{202E}", fontSize: 10), 0)
        XCTAssertGreaterThan(
            ChartText.estimatedWidth("WWW", fontSize: 12), ChartText.estimatedWidth("iii", fontSize: 12))
    }
}
