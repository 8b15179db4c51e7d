import XCTest

@testable import SceneRadar

final class PeopleCreditsTests: XCTestCase {
    /// Two public scenes, given in reverse slug order, crediting Ada (under two spellings), Bo
    /// and a private person.
    private func records() -> (records: [SceneRecord], people: PeopleIndex) {
        let zouk = Vault.SceneNotes(
            slug: "zouk", scene: Build.scene("zouk"),
            logs: [
                Build.log(
                    "2026-W40", scene: "zouk", artists: ["Ada Obi"],
                    tracks: [Build.track("Tide", producer: ["ada obi"], playedBy: ["Bo"])])
            ])
        let ambient = Vault.SceneNotes(
            slug: "ambient", scene: Build.scene("ambient"),
            logs: [
                Build.log(
                    "2026-W39", scene: "ambient",
                    tracks: [Build.track("Haze", producer: ["ada obi", "Quiet One"])],
                    events: [Build.event("Night", lineup: ["Bo"])]),
                Build.log("2026-W41", scene: "ambient", artists: ["Ada Obi"]),
            ])
        let people = [
            Build.person("ada-obi", name: "Ada Obi"), Build.person("bo", name: "Bo"),
            Build.person("quiet-one", name: "Quiet One", isPrivate: true),
        ]
        let scenes = [zouk, ambient]
        let index = PeopleIndex(people: people, references: scenes.flatMap(\.publicPersonReferences))
        let records = scenes.map { SceneRecord(notes: $0, sources: [:], diagnostics: []) }
        return (records, index)
    }

    private func summary(_ items: [PeopleCredits.Item]) -> [String] {
        items.map { "\($0.scene) \($0.week) \($0.label) \($0.role)" }
    }

    /// A person's items come in scene slug order, then week order, then the notes' order, each
    /// spelling that resolves to them included: a scene that credits them under two spellings
    /// (W41 as "Ada Obi", W39 as "ada obi") still lists its weeks in order.
    func testItems_inSceneThenWeekOrder() {
        let (records, people) = records()
        let credits = PeopleCredits(records: records, people: people, wanted: ["ada-obi", "bo"])
        XCTAssertEqual(
            summary(credits.items(of: "ada-obi")),
            [
                "ambient 2026-W39 Haze producer",
                "ambient 2026-W41 core artists of the week artist",
                "zouk 2026-W40 core artists of the week artist",
                "zouk 2026-W40 Tide producer",
            ])
        XCTAssertEqual(
            summary(credits.items(of: "bo")),
            ["ambient 2026-W39 Night (2026-03-07) lineup", "zouk 2026-W40 Tide played it"])
        XCTAssertEqual(credits.items(of: "ada-obi").first?.url, "https://example.com/haze")
    }

    /// People not wanted, private people and unknown slugs have no items; no credits at all
    /// has none for anyone.
    func testItems_onlyForWantedPublicPeople() {
        let (records, people) = records()
        let credits = PeopleCredits(records: records, people: people, wanted: ["bo", "quiet-one"])
        XCTAssertEqual(credits.items(of: "ada-obi"), [])
        XCTAssertEqual(credits.items(of: "quiet-one"), [])
        XCTAssertEqual(credits.items(of: "nobody"), [])
        XCTAssertEqual(credits.items(of: "bo").count, 2)
        XCTAssertEqual(PeopleCredits().items(of: "bo"), [])
    }

    /// A scene whose encoded items are damaged adds nothing; the other scenes still do.
    func testItems_damagedSceneAddsNothing() {
        var (records, people) = records()
        records[0].creditItems = records[0].creditItems.dropLast(3)
        let credits = PeopleCredits(records: records, people: people, wanted: ["ada-obi", "bo"])
        XCTAssertEqual(
            summary(credits.items(of: "ada-obi")),
            ["ambient 2026-W39 Haze producer", "ambient 2026-W41 core artists of the week artist"])
    }

    /// A scene record's spellings: every reference counted (private events' lineups too) but
    /// `people/` ones, which are kept as references; its public spellings are those of the
    /// references outside private events, typed bridges included, distinct and sorted.
    func testRecord_spellingsAndPublicSpellings() {
        let notes = Vault.SceneNotes(
            slug: "zouk", scene: Build.scene("zouk", bridges: ["Kofi", "people/efe"]),
            logs: [
                Build.log(
                    "2026-W40", scene: "zouk", artists: ["Ada Obi", "ada obi"],
                    tracks: [Build.track("Tide", producer: ["people/bo"], dj: ["Ada Obi"], playedBy: ["Cy"])],
                    events: [
                        Build.event("Open", lineup: ["Dee"]),
                        Build.event("Closed", lineup: ["Secret Guest", "Dee"], isPrivate: true),
                    ],
                    howItsMade: [Build.made("Eli")])
            ])
        let record = SceneRecord(notes: notes, sources: [:], diagnostics: [])
        XCTAssertEqual(
            record.spellings,
            ["Kofi": 1, "Ada Obi": 2, "ada obi": 1, "Cy": 1, "Dee": 2, "Secret Guest": 1, "Eli": 1])
        XCTAssertEqual(record.explicitReferences.map(\.text), ["people/efe", "people/bo"])
        XCTAssertEqual(
            record.publicSpellings,
            ["Ada Obi", "Cy", "Dee", "Eli", "Kofi", "ada obi", "people/bo", "people/efe"])
        XCTAssertEqual(record.publicSpellings, Set(notes.publicPersonReferences.map(\.text)).sorted())
        // The spellings a scene digest covers: each once, in byte order.
        XCTAssertEqual(
            BuildDigest.names(of: record),
            ["Ada Obi", "Cy", "Dee", "Eli", "Kofi", "Secret Guest", "ada obi", "people/bo", "people/efe"])
        var edited = record.fields
        edited.publicSpellings += ["Zed", "people/zed"]
        edited.explicitReferences += record.explicitReferences
        XCTAssertEqual(
            BuildDigest.names(of: SceneRecord(edited)),
            [
                "Ada Obi", "Cy", "Dee", "Eli", "Kofi", "Secret Guest", "Zed", "ada obi", "people/bo",
                "people/efe",
                "people/zed",
            ])
    }

    /// A credit row's hash tells its fields apart where they meet, and no address from any.
    func testTallyRow_tellsFieldsApart() {
        let rows = [
            PeopleCredits.Tally.row(label: "ab", role: "c", url: nil),
            PeopleCredits.Tally.row(label: "a", role: "bc", url: nil),
            PeopleCredits.Tally.row(label: "a", role: "bc", url: ""),
            PeopleCredits.Tally.row(label: "a", role: "b", url: "c"),
        ]
        XCTAssertEqual(Set(rows).count, rows.count)
        XCTAssertEqual(rows[0], PeopleCredits.Tally.row(label: "ab", role: "c", url: nil))
    }

    /// A record tallies each spelling's rows (a credit of two weeks is one) and its tracks'
    /// support links, each once, in the order met.
    func testRecord_talliesRowsAndTrackSupport() throws {
        let notes = Vault.SceneNotes(
            slug: "zouk", scene: Build.scene("zouk"),
            logs: [
                Build.log(
                    "2026-W40", scene: "zouk", artists: ["Ada"],
                    tracks: [Build.track("Tide", producer: ["Ada"])]),
                Build.log(
                    "2026-W41", scene: "zouk", artists: ["Ada"],
                    tracks: [Build.track("Tide", producer: ["Ada"])]),
            ])
        let record = SceneRecord(notes: notes, sources: [:], diagnostics: [])
        let tallies = try PeopleCredits.Tallies(decoding: record.creditTallies)
        XCTAssertEqual(tallies.bySpelling.map(\.spelling), ["Ada"])
        let tally = tallies.bySpelling.first?.tally
        XCTAssertEqual(tally?.rows.count, 2)
        XCTAssertEqual(tally?.rows, tally?.rows.sorted())
        XCTAssertEqual(tally?.trackSupport, [])
        XCTAssertEqual(tallies.trackSupport, [])
        // A damaged piece does not decode.
        XCTAssertThrowsError(try PeopleCredits.Tallies(decoding: record.creditTallies.dropLast()))
    }
}
