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

    func testMake_matchesThePageSlugOfAPersonWithoutANote() {
        let references = ["Мария", "DJ Kofi"].map {
            PersonRef($0, at: SourceLocation(file: "x.md", line: 1, column: 1))
        }
        let index = PeopleIndex(people: [], references: references)
        for reference in references {
            XCTAssertEqual(index.resolve(reference)?.slug, NoteSlug.make(for: reference.text), reference.text)
        }
    }
}
