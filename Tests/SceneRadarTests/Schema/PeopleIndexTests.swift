import XCTest

@testable import SceneRadar

final class PeopleIndexTests: XCTestCase {
    private func ref(_ text: String, line: Int = 1) -> PersonRef {
        PersonRef(text, at: SourceLocation(file: "log.md", line: line, column: 3))
    }

    private func note(_ slug: String, _ name: String, aliases: [String] = [], isPrivate: Bool = false)
        -> Person
    {
        let location = SourceLocation(file: "people/\(slug).md", line: 1, column: 1)
        return Person(
            header: NoteHeader(
                file: "people/\(slug).md", relativePath: "people/\(slug).md", location: location),
            slug: slug, name: Located(name, at: location), aliases: aliases.map { Located($0, at: location) },
            kind: nil, links: [], support: [], pronouns: nil, isPrivate: isPrivate,
            body: NoteBody(markdown: "", firstLine: 3))
    }

    func testResolve_byNameAliasAndSlug_caseAndAccentInsensitive() {
        let index = PeopleIndex(
            people: [note("kofi", "DJ Kofi", aliases: ["Kofi Mensah"])],
            references: [ref("dj kofi"), ref("KOFI MENSAH"), ref("people/kofi"), ref("Amaka")])
        XCTAssertEqual(index.resolve(ref("DJ KOFI"))?.slug, "kofi")
        XCTAssertEqual(index.resolve(ref("Kofi  Mensah"))?.slug, "kofi")
        XCTAssertEqual(index.resolve(ref("people/kofi"))?.slug, "kofi")
        XCTAssertEqual(index.resolve(ref("Amaka"))?.slug, "amaka")
        XCTAssertEqual(index.identities.map(\.slug), ["amaka", "kofi"])
    }

    func testVariants_reportEveryReferenceSpelledDifferently() {
        let index = PeopleIndex(
            people: [note("kofi", "DJ Kofi", aliases: ["Kofi Mensah"])],
            references: [
                ref("DJ Kofi", line: 1), ref("Dj  Kofi", line: 2), ref("kofi mensah", line: 3),
                ref("D.J. Kofi", line: 4), ref("Kofi Mensah", line: 5),
            ])
        let variants = index.diagnostics.filter { $0.code == .creditNameVariant }
        XCTAssertEqual(variants.map(\.location.line), [2, 3, 4])
        XCTAssertEqual(variants[0].message, "'Dj  Kofi' is a variant spelling of 'DJ Kofi'")
        XCTAssertEqual(variants[1].message, "'kofi mensah' is a variant spelling of 'Kofi Mensah'")
        XCTAssertEqual(variants[2].fixIt?.replacement, "DJ Kofi")
    }

    func testVariants_anAliasThatFoldsLikeTheName_isTheirs_andLooseMatchesNameTheClosestSpelling() {
        let index = PeopleIndex(
            people: [note("kofi", "DJ Kofi", aliases: ["Dj Kofi", "K.O.F.I", "Kofi"])],
            references: [
                ref("Dj Kofi", line: 1), ref("DJ Kofi", line: 2), ref("KOFI.", line: 3),
                ref("dj  kofi", line: 4),
            ])
        let variants = index.diagnostics.filter { $0.code == .creditNameVariant }
        XCTAssertEqual(variants.map(\.location.line), [3, 4])
        XCTAssertEqual(variants[0].message, "'KOFI.' is a variant spelling of 'Kofi'")
        XCTAssertEqual(variants[1].message, "'dj  kofi' is a variant spelling of 'DJ Kofi'")
    }

    /// "Femke-Carrier" is Femke Carrier spelled another way, not another person; names made of
    /// punctuation alone are each their own.
    func testVariants_dashedSpellingsMeet_punctuationOnlyNamesStayApart() {
        let index = PeopleIndex(
            people: [note("femke-carrier", "Femke Carrier")],
            references: [
                ref("Femke-Carrier", line: 1), ref("Femke_Carrier", line: 2), ref("!!!", line: 3),
                ref("+/-", line: 4), ref("...", line: 5),
            ])
        XCTAssertEqual(index.resolve(ref("Femke-Carrier"))?.slug, "femke-carrier")
        let variants = index.diagnostics.filter { $0.code == .creditNameVariant }
        XCTAssertEqual(variants.map(\.location.line), [1, 2])
        XCTAssertEqual(variants[0].message, "'Femke-Carrier' is a variant spelling of 'Femke Carrier'")
        let slugs = ["!!!", "+/-", "..."].compactMap { index.resolve(ref($0))?.slug }
        XCTAssertEqual(Set(slugs).count, 3, "\(slugs)")
    }

    /// A name copied with a Cyrillic or Greek letter drawn like a Latin one, in a word with
    /// Latin letters, is the name it looks like: a variant, with a note naming the letter. A
    /// word all in one script keeps its letters ("Мах" is not "Max").
    func testVariants_aStrayLookAlikeLetter_isTheNameItLooksLike_aWordInOneScriptIsNot() {
        let index = PeopleIndex(
            people: [note("secret-sam", "Secret Sam"), note("max", "Max")],
            references: [
                ref("\u{0405}ecret Sam", line: 1), ref("Secr\u{0435}t S\u{03B1}m", line: 2),
                ref("\u{041C}\u{0430}\u{0445}", line: 3), ref("DJ \u{041C}\u{0430}\u{0445}", line: 4),
            ])
        XCTAssertEqual(index.resolve(ref("\u{0405}ecret Sam"))?.slug, "secret-sam")
        XCTAssertEqual(index.resolve(ref("Secr\u{0435}t S\u{03B1}m"))?.slug, "secret-sam")
        XCTAssertNotEqual(index.resolve(ref("\u{041C}\u{0430}\u{0445}"))?.slug, "max")
        XCTAssertNotEqual(index.resolve(ref("DJ \u{041C}\u{0430}\u{0445}"))?.slug, "max")
        let variants = index.diagnostics.filter { $0.code == .creditNameVariant }
        XCTAssertEqual(variants.map(\.location.line), [1, 2])
        XCTAssertEqual(variants[0].message, "'\u{0405}ecret Sam' is a variant spelling of 'Secret Sam'")
        XCTAssertEqual(
            variants[0].notes.map(\.message),
            ["it is written with '\u{0405}' (CYRILLIC CAPITAL LETTER DZE), a letter drawn like a Latin one"])
        XCTAssertEqual(
            variants[1].notes.map(\.message),
            [
                "it is written with '\u{0435}' (CYRILLIC SMALL LETTER IE), '\u{03B1}' (GREEK SMALL LETTER ALPHA), "
                    + "letters drawn like Latin ones"
            ])
        XCTAssertEqual(variants[1].fixIt?.replacement, "Secret Sam")
    }

    func testCanonical_withoutNoteIsMostFrequentThenSortOrder() {
        let index = PeopleIndex(
            people: [], references: [ref("amaka"), ref("Amaka"), ref("Amaka"), ref("Tolu"), ref("tolu")])
        XCTAssertEqual(index.resolve(ref("AMAKA"))?.name, "Amaka")
        XCTAssertEqual(index.resolve(ref("tolu"))?.name, "Tolu")
        XCTAssertEqual(
            index.diagnostics.map(\.message),
            [
                "'amaka' is a variant spelling of 'Amaka'", "'tolu' is a variant spelling of 'Tolu'",
            ])
    }

    func testSlugs_emptyAndCollidingFoldsGetTheFNVHash() {
        let index = PeopleIndex(
            people: [note("ko-fi", "Someone Else")], references: [ref("東京"), ref("Ko Fi"), ref("Ko-Fi!")])
        let slugs = index.identities.map(\.slug).sorted()
        XCTAssertTrue(slugs.contains(FNV1a.hex(NameKey.fold("東京"))))
        XCTAssertTrue(slugs.contains("ko-fi"))
        XCTAssertTrue(slugs.contains("ko-fi-" + FNV1a.hex(NameKey.fold("Ko Fi"))))
        XCTAssertEqual(Set(slugs).count, slugs.count)
    }

    func testExplicitSlugToMissingNote_isUnresolved() {
        let index = PeopleIndex(people: [], references: [ref("people/ghost")])
        XCTAssertEqual(index.diagnostics.map(\.code), [.linkUnresolved])
    }

    func testPrivateNote_marksIdentityPrivate() {
        let index = PeopleIndex(
            people: [note("quiet", "Quiet One", isPrivate: true)], references: [ref("quiet one")])
        XCTAssertEqual(index.resolve(ref("Quiet One"))?.isPrivate, true)
    }

    func testNoteReference_isTextStartingPeopleSlash_asHasPrefixSays() {
        for text in ["people/kofi", "people/", "people/\u{301}x"] {
            XCTAssertEqual(PersonRef.isNoteReference(text), text.hasPrefix("people/"), text)
        }
        for text in ["", "p", "people", "People/kofi", " people/kofi", "kofi", "p\u{301}eople/kofi"] {
            XCTAssertFalse(PersonRef.isNoteReference(text), text)
        }
        XCTAssertEqual(ref("people/kofi").explicitSlug, "kofi")
        XCTAssertNil(ref("Kofi").explicitSlug)
    }

    func testPersonReference_onlyLinksAndFolderSpellingsChange() {
        let read = DecodeContext.personReference
        let changed = [
            ("[[people/kofi]]", "people/kofi"), ("[[Kofi|DJ Kofi]]", "Kofi"),
            ("./people/kofi", "people/kofi"),
            ("People/kofi", "people/kofi"), ("PEOPLE/kofi", "people/kofi"), ("people/kofi", "people/kofi"),
        ]
        for (written, reference) in changed { XCTAssertEqual(read(written), reference, written) }
        for name in ["Kofi", "Pat", "peter", ".Kofi", "[Kofi]", "Ωmega", "", "Dj [[x]]"] {
            XCTAssertEqual(read(name), name, name)
        }
    }
}
