import Foundation
import XCTest

@testable import SceneRadar

final class YAMLScalarEmitterTests: XCTestCase {
    /// Strings a plain scalar would misread, cut short or type, and strings that are fine.
    private let tricky = [
        "DJ Kofi", "Ifẹ́oluwa", "140-150", "half-time, skipping hats", "a: b", "key:", "x #tag", "a#b",
        "- dash", "-dash", "? what", ":colon", "#hash", "&anchor", "*alias", "!tag", "|pipe", ">fold",
        "'single", "\"double", "%percent", "@at", "`tick", "[flow]", "{map}", ",comma", " lead", "trail ",
        "", "null", "Null", "~", "true", "False", "yes", "NO", "on", "Off", "y", "3", "-3", "3.0", "1e3",
        "0x1F", "0o17", "0777", "1_000", "1:30", ".inf", "-.Inf", ".nan", "2026-11-23", "2026-1-2",
        "2026-W48", "back\\slash", "quote \"in\" middle", "it's", "tab\there", "line\nbreak", "cr\rhere",
        "bell\u{07}", "del\u{7F}", "c1\u{85}nel", "ls\u{2028}ps\u{2029}", "bom\u{FEFF}", "...", "---",
        "a, b", "[a, b]", "people/dj-kofi", "https://x.example.org/a?b=c#d", "Sheffield, UK", "😀 emoji",
    ]

    private func parsedValue(_ yaml: String) throws -> YAMLNode {
        let result = YAMLParser().parse(yaml, file: "t.yml")
        XCTAssertEqual(result.diagnostics, [], yaml)
        return try XCTUnwrap(result.root?["v"], yaml)
    }

    func testScalar_trickyStrings_roundTripAsTheSameStringInBlockContext() throws {
        for text in tricky {
            let node = try parsedValue("v: " + YAMLScalarEmitter.scalar(text) + "\n")
            XCTAssertEqual(node.scalar, text, "block: \(YAMLScalarEmitter.scalar(text))")
            XCTAssertFalse(node.isNull, text)
            XCTAssertEqual(CoreSchema.typedValue(of: node), .string(text), text)
        }
    }

    func testFlowSequence_trickyStrings_roundTripItemByItem() throws {
        let node = try parsedValue("v: " + YAMLScalarEmitter.flowSequence(tricky) + "\n")
        XCTAssertEqual(node.items?.map(\.scalar), tricky)
    }

    func testScalar_blockSequenceItems_roundTrip() throws {
        let yaml = "v:\n" + tricky.map { "  - " + YAMLScalarEmitter.scalar($0) + "\n" }.joined()
        XCTAssertEqual(try parsedValue(yaml).items?.map(\.scalar), tricky)
    }

    func testScalar_ordinaryText_staysPlain() {
        for text in ["DJ Kofi", "Ifẹ́oluwa", "140-150", "half-time, skipping hats", "a#b", "it's", "2026-W48"]
        {
            XCTAssertEqual(YAMLScalarEmitter.scalar(text), text)
        }
        XCTAssertEqual(
            YAMLScalarEmitter.scalar("https://x.example.org/a?b=c#d"), "https://x.example.org/a?b=c#d")
    }

    func testScalar_reservedWordsAndNumbers_areQuotedForOtherYAMLTools() {
        for text in [
            "null", "~", "true", "FALSE", "yes", "NO", "on", "3", "3.0", "0x1F", "1_000", "1:30",
            "2026-11-23",
        ] {
            XCTAssertEqual(YAMLScalarEmitter.scalar(text), "\"\(text)\"")
        }
    }

    func testScalar_commaInFlowContext_isQuotedButNotInBlockContext() {
        XCTAssertEqual(YAMLScalarEmitter.scalar("Sheffield, UK", in: .block), "Sheffield, UK")
        XCTAssertEqual(YAMLScalarEmitter.scalar("Sheffield, UK", in: .flow), "\"Sheffield, UK\"")
        XCTAssertEqual(YAMLScalarEmitter.flowSequence([]), "[]")
        XCTAssertEqual(YAMLScalarEmitter.flowSequence(["a", "b c"]), "[a, b c]")
    }

    func testDoubleQuoted_escapesBackslashQuoteAndControlCharacters() {
        XCTAssertEqual(YAMLScalarEmitter.scalar("a \"b\" \\ c: d"), #""a \"b\" \\ c: d""#)
        XCTAssertEqual(YAMLScalarEmitter.scalar("line\nbreak\ttab"), #""line\nbreak\ttab""#)
        XCTAssertEqual(YAMLScalarEmitter.scalar("bell\u{07}"), #""bell\x07""#)
        XCTAssertEqual(YAMLScalarEmitter.scalar("ls\u{2028}"), #""ls\u2028""#)
        XCTAssertEqual(YAMLScalarEmitter.scalar(""), #""""#)
    }

    /// A YAML 1.1 reader (PyYAML, when installed) reads every emitted scalar as the same string.
    func testScalar_trickyStrings_readByPyYAMLAsTheSameStrings() throws {
        let yaml = "v:\n" + tricky.map { "  - " + YAMLScalarEmitter.scalar($0) + "\n" }.joined()
        let script = """
            import sys, json, yaml
            print(json.dumps(yaml.safe_load(sys.stdin.read())["v"]))
            """
        guard let result = Fixtures.tool("python3", ["-c", script], input: yaml), result.status == 0 else {
            throw XCTSkip("python3 with PyYAML is not installed")
        }
        let parsed = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [Any]
        XCTAssertEqual(parsed?.map { $0 as? String }, tricky.map { Optional($0) })
    }
}
