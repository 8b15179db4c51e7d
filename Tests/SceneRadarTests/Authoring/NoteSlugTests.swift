import XCTest

@testable import SceneRadar

final class NoteSlugTests: XCTestCase {
    func testMake_latinName_foldsToLowercaseHyphenatedSlug() {
        XCTAssertEqual(NoteSlug.make(for: "Night Bus Gqom"), "night-bus-gqom")
        XCTAssertEqual(NoteSlug.make(for: "  DJ  Kofi!! "), "dj-kofi")
        XCTAssertEqual(NoteSlug.make(for: "Ifẹ́oluwa"), "ifeoluwa")
        XCTAssertEqual(NoteSlug.make(for: "Søren & Łukasz"), "soren-lukasz")
    }

    func testMake_nonLatinName_usesFNV1aHashOfTheMatchKey() throws {
        let slug = try XCTUnwrap(NoteSlug.make(for: "Мария"))
        XCTAssertEqual(slug, FNV1a.hex(NameKey.fold("Мария")))
        XCTAssertEqual(slug.count, 8)
        XCTAssertTrue(Slug.isValid(slug))
        XCTAssertEqual(NoteSlug.make(for: "мария"), slug, "one match key, one slug")
        XCTAssertEqual(NoteSlug.make(for: "ᐊᐃᓐᓇ"), FNV1a.hex(NameKey.fold("ᐊᐃᓐᓇ")))
    }

    func testMake_emptyOrInvisibleName_isNil() {
        XCTAssertNil(NoteSlug.make(for: ""))
        XCTAssertNil(NoteSlug.make(for: "   "))
        XCTAssertNil(NoteSlug.make(for: "\u{200B}\u{200E}"))
    }

    /// A name too long for a file name gets a slug of at most 80 bytes, cut at a word, ending
    /// with the hash of the whole name, so two that begin alike stay apart.
    func testMake_longName_isShortenedAndKeptApart() throws {
        let long = String(repeating: "x", count: 300)
        let slug = try XCTUnwrap(NoteSlug.make(for: long))
        XCTAssertEqual(slug, String(repeating: "x", count: 71) + "-" + FNV1a.hex(NameKey.fold(long)))
        let words = try XCTUnwrap(NoteSlug.make(for: String(repeating: "Night Bus Gqom ", count: 20) + "One"))
        let other = try XCTUnwrap(NoteSlug.make(for: String(repeating: "Night Bus Gqom ", count: 20) + "Two"))
        for made in [slug, words, other] {
            XCTAssertLessThanOrEqual(made.utf8.count, Slug.maxMadeLength)
            XCTAssertTrue(Slug.isValid(made), made)
        }
        XCTAssertTrue(words.hasPrefix("night-bus-gqom-night-bus-gqom-"), words)
        XCTAssertFalse(words.contains("--"), words)
        XCTAssertNotEqual(words, other)
        XCTAssertEqual(
            NoteSlug.make(for: String(repeating: "a", count: 80)), String(repeating: "a", count: 80))
    }

    func testMake_matchesThePageSlugOfAPersonWithoutANote() {
        let references = ["Мария", "DJ Kofi", String(repeating: "Long Name ", count: 30)].map {
            PersonRef($0, at: SourceLocation(file: "x.md", line: 1, column: 1))
        }
        let index = PeopleIndex(people: [], references: references)
        for reference in references {
            XCTAssertEqual(index.resolve(reference)?.slug, NoteSlug.make(for: reference.text), reference.text)
        }
    }
}
