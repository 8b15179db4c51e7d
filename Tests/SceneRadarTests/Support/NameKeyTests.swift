import XCTest

@testable import SceneRadar

final class NameKeyTests: XCTestCase {
    func testFold_caseSpacesAndAccents() {
        XCTAssertEqual(NameKey.fold("DJ Kofi"), "dj kofi")
        XCTAssertEqual(NameKey.fold("  Dj   Kofi "), "dj kofi")
        XCTAssertEqual(NameKey.fold("Beyoncé"), "beyonce")
        XCTAssertEqual(NameKey.fold("ØSTERGAARD"), "ostergaard")
        XCTAssertEqual(NameKey.fold("Łukasz"), "lukasz")
        XCTAssertEqual(NameKey.fold("Straße"), "strasse")
    }

    func testFold_removesInvisibleCharactersAndNormalizes() {
        XCTAssertEqual(NameKey.fold("Ko\u{200B}fi"), "kofi")
        XCTAssertEqual(NameKey.fold("\u{202E}Kofi\u{202C}"), "kofi")
        XCTAssertEqual(NameKey.fold("ＫＯＦＩ"), "kofi")  // full-width, by NFKC
        XCTAssertEqual(NameKey.fold("東京"), "東京")
    }

    func testWithoutPunctuation_joinsDottedSpellings() {
        XCTAssertEqual(NameKey.withoutPunctuation(NameKey.fold("D.J. Kofi")), "dj kofi")
        XCTAssertEqual(NameKey.withoutPunctuation("mc.chu!"), "mcchu")
    }

    /// Dashes and underscores part words as spaces do; a name of punctuation alone has no key.
    func testWithoutPunctuation_dashesAndUnderscoresPartWords() {
        XCTAssertEqual(NameKey.withoutPunctuation("femke-carrier"), "femke carrier")
        XCTAssertEqual(NameKey.withoutPunctuation("femke_carrier"), "femke carrier")
        XCTAssertEqual(NameKey.withoutPunctuation("-femke - carrier-"), "femke carrier")
        XCTAssertEqual(NameKey.withoutPunctuation("tess–ondine"), "tess ondine")  // en dash
        XCTAssertEqual(NameKey.withoutPunctuation("tess‿ondine"), "tess ondine")  // connector
        XCTAssertEqual(NameKey.withoutPunctuation("!!!"), "")
        XCTAssertEqual(NameKey.withoutPunctuation("+/-"), "")
        XCTAssertEqual(NameKey.withoutPunctuation("-femke - carrier_", joiningDashes: true), "femke carrier")
        XCTAssertEqual(NameKey.withoutPunctuation("tess–ondine", joiningDashes: true), "tessondine")
    }

    func testWithoutPunctuation_asciiPathMatchesUnicodeProperties() {
        // Every ASCII character alone, between letters and between spaces, then seeded random
        // ASCII strings: the byte path gives what the Unicode-property path gives.
        var inputs: [String] = []
        for value in 0..<128 {
            let character = String(UnicodeScalar(UInt8(value)))
            inputs += [
                character, "a" + character + "b", " " + character + " ", character + " x " + character,
            ]
        }
        var generator = SplitMix64(state: 42)
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 12)
            let bytes = (0..<length).map { _ in UInt8(generator.next() % 128) }
            inputs.append(String(decoding: bytes, as: UTF8.self))
        }
        for input in inputs {
            XCTAssertEqual(
                NameKey.withoutPunctuation(input), NameKey.withoutPunctuationScalars(input),
                "input \(Array(input.utf8))")
            XCTAssertEqual(
                NameKey.withoutPunctuation(input, joiningDashes: true),
                NameKey.withoutPunctuationScalars(input, joiningDashes: true), "input \(Array(input.utf8))")
        }
        XCTAssertEqual(NameKey.withoutPunctuation("d.j.  kofi\t(uk)"), "dj kofi uk")
    }

    func testSlug_fromFoldedNames() {
        XCTAssertEqual(Slug.from(foldedName: NameKey.fold("DJ Kofi & Friends")), "dj-kofi-friends")
        XCTAssertEqual(Slug.from(foldedName: NameKey.fold("東京")), "")
        XCTAssertTrue(Slug.isValid("a-b-9"))
        XCTAssertFalse(Slug.isValid("A"))
        XCTAssertFalse(Slug.isValid(""))
        XCTAssertFalse(Slug.isValid(".."))
        XCTAssertEqual(
            Slug.problem(with: "Bad Name"),
            "'Bad Name' is not a valid slug: use lowercase letters a-z, digits and '-' only; rename it to 'bad-name'"
        )
    }

    func testFNV1a_knownVectors() {
        XCTAssertEqual(FNV1a.hash64(""), 0xcbf2_9ce4_8422_2325)
        XCTAssertEqual(FNV1a.hash64("a"), 0xaf63_dc4c_8601_ec8c)
        XCTAssertEqual(FNV1a.hex("a"), "af63dc4c")
    }

    func testEditDistance_suggestions() {
        XCTAssertEqual(EditDistance.distance("atendance", "attendance"), 1)
        XCTAssertEqual(EditDistance.distance("ab", "ba"), 1)
        XCTAssertEqual(EditDistance.distance("", "abc"), 3)
        XCTAssertEqual(
            EditDistance.suggestion(for: "atendance", among: ["name", "attendance", "date"]), "attendance")
        XCTAssertNil(EditDistance.suggestion(for: "zzz", among: ["name", "date"]))
        XCTAssertEqual(EditDistance.suggestion(for: "Name", among: ["name"]), "name")
    }

    /// A word too far from every candidate is suggested the one candidate it begins, if only one.
    func testEditDistance_suggestion_fallsBackToTheOneCandidateTheWordBegins() {
        let scenes = ["bubble-drill", "Bubble Drill", "low-tide-jersey", "Low Tide Jersey"]
        XCTAssertEqual(EditDistance.suggestion(for: "low", among: scenes + ["lowland"]), nil)
        XCTAssertEqual(
            EditDistance.suggestion(for: "bubble", among: ["bubble-drill", "low-tide-jersey"]), "bubble-drill"
        )
        XCTAssertEqual(EditDistance.suggestion(for: "LOW T", among: scenes), "Low Tide Jersey")
        // Two candidates begin with it: no guess.
        XCTAssertNil(EditDistance.suggestion(for: "bubble", among: scenes))
        // Too short to guess from.
        XCTAssertNil(EditDistance.suggestion(for: "bu", among: ["bubble-drill", "low-tide-jersey"]))
        // A near candidate still wins over one the word begins.
        XCTAssertEqual(EditDistance.suggestion(for: "tickts", among: ["tickets", "ticketsx"]), "tickets")
    }

    /// Letters drawn like Latin ones read as those for withholding only: the compact key and
    /// `latinLookAlikes` meet, the match key does not (a Cyrillic name is its own name).
    func testLookAlikeLetters_meetOnlyForWithholding() {
        let mixed = "\u{0405}\u{0435}cr\u{0435}t \u{0397}\u{03BF}ld"  // Ѕеcrеt Ηοld
        XCTAssertEqual(NameKey.compact(NameKey.fold(mixed)), "secrethold")
        XCTAssertEqual(NameKey.latinLookAlikes(NameKey.fold(mixed)), "secret hold")
        XCTAssertNotEqual(NameKey.fold(mixed), NameKey.fold("Secret Hold"))
        // Letters with no Latin look-alike, and ASCII, are kept.
        XCTAssertEqual(NameKey.compact(NameKey.fold("Олег")), "oлeг")
        XCTAssertEqual(NameKey.latinLookAlikes("plain name"), "plain name")
        // Greek ν and υ look like two Latin letters each (N or v, Y or u): kept.
        XCTAssertEqual(NameKey.compact(NameKey.fold("Ναυ")), "\u{03BD}a\u{03C5}")
    }
}
