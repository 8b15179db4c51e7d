import XCTest

@testable import SceneRadar

final class NoteAuthorTests: XCTestCase {
    private let spotted = CalendarDate(year: 2026, month: 11, day: 25)!
    private let w47 = ISOWeek(year: 2026, week: 47)!
    private let w48 = ISOWeek(year: 2026, week: 48)!

    private let profile = """
        ---
        name: Hexagon Bass
        aliases: [Hex Bass]
        spotted: 2026-09-01
        sound:
          tempo: 140-150
          drums: half-time
          signature: detuned saws
        ---

        """

    private func log(_ week: String, artists: String, tempo: String) -> String {
        """
        ---
        week: \(week)
        artists: \(artists)
        markers:
          tempo: \(tempo)
          drums: rolling
          signature: sub stabs
        community: [Hex Lab Discord]
        tracks:
          - title: Old Track
            url: https://a.example.org/t
            credits: {producer: [Amaka], self-released: true}
            support: [https://a.example.org/t]
        ---

        """
    }

    private func author(_ vault: TemporaryVault) -> NoteAuthor {
        NoteAuthor(vault: vault.root)
    }

    private func assertThrows(
        _ expected: AuthoringError.Kind, file: StaticString = #filePath, line: UInt = #line,
        _ body: () throws -> NoteAuthor.Created
    ) {
        do {
            let created = try body()
            XCTFail("expected \(expected), created \(created.path)", file: file, line: line)
        } catch {
            XCTAssertEqual((error as? AuthoringError)?.kind, expected, file: file, line: line)
        }
    }

    // MARK: - Scenes and people

    func testNewScene_writesProfileAtTheSlugOfTheName() throws {
        let vault = try TemporaryVault(["radar.yml": "title: t\n"])
        let created = try author(vault).newScene(name: "  Night Bus Gqom ", spotted: spotted)
        XCTAssertEqual(created.path, vault.root + "/scenes/night-bus-gqom/scene.md")
        XCTAssertEqual(
            try vault.read("scenes/night-bus-gqom/scene.md"),
            SceneTemplate.render(name: "Night Bus Gqom", spotted: spotted))
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: vault.path("scenes/night-bus-gqom")),
            ["scene.md"])
    }

    func testNewScene_nonLatinName_getsTheHashSlug() throws {
        let vault = try TemporaryVault(["radar.yml": "title: t\n"])
        let created = try author(vault).newScene(name: "Ночной автобус", spotted: spotted)
        let slug = FNV1a.hex(NameKey.fold("Ночной автобус"))
        XCTAssertEqual(created.path, vault.root + "/scenes/\(slug)/scene.md")
        let loaded = try VaultLoader().load(root: vault.root)
        XCTAssertEqual(loaded.diagnostics, [])
        XCTAssertEqual(loaded.scenes.first?.scene?.name.value, "Ночной автобус")
    }

    func testNewScene_existingProfile_isRefusedAndLeftUnchanged() throws {
        let vault = try TemporaryVault(["scenes/hexagon-bass/scene.md": profile])
        assertThrows(.exists(path: vault.root + "/scenes/hexagon-bass/scene.md")) {
            try author(vault).newScene(name: "Hexagon Bass", spotted: spotted)
        }
        XCTAssertEqual(try vault.read("scenes/hexagon-bass/scene.md"), profile)
    }

    func testNewScene_nameUsedAsAnotherScenesAlias_isRefused() throws {
        let vault = try TemporaryVault(["scenes/hexagon-bass/scene.md": profile])
        assertThrows(.nameTaken(name: "Hex Bass", path: vault.root + "/scenes/hexagon-bass/scene.md")) {
            try author(vault).newScene(name: "HEX  bass", spotted: spotted)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: vault.path("scenes/hex-bass")))
    }

    func testNewScene_folderWithLogsButNoProfile_getsItsProfile() throws {
        let vault = try TemporaryVault([
            "scenes/hexagon-bass/log/2026-W47.md": log("2026-W47", artists: "[A]", tempo: "1")
        ])
        _ = try author(vault).newScene(name: "Hexagon Bass", spotted: spotted)
        XCTAssertTrue(FileManager.default.fileExists(atPath: vault.path("scenes/hexagon-bass/scene.md")))
        XCTAssertEqual(
            try vault.read("scenes/hexagon-bass/log/2026-W47.md"), log("2026-W47", artists: "[A]", tempo: "1")
        )
    }

    func testNewScene_emptyName_isRefused() throws {
        let vault = try TemporaryVault(["radar.yml": "title: t\n"])
        assertThrows(.emptyName) { try author(vault).newScene(name: " \u{200B} ", spotted: spotted) }
    }

    /// A name is one line: a line break or a tab in it is refused (it would break the notes'
    /// tables and every list the name is in), and nothing is written.
    func testNewNote_nameWithAControlCharacter_isRefused() throws {
        let vault = try TemporaryVault(["radar.yml": "title: t\n"])
        assertThrows(.controlInName(name: "line\ntwo")) {
            try author(vault).newScene(name: "line\ntwo", spotted: spotted)
        }
        assertThrows(.controlInName(name: "x\ttab")) { try author(vault).newPerson(name: " x\ttab ") }
        XCTAssertFalse(FileManager.default.fileExists(atPath: vault.path("scenes")))
        XCTAssertFalse(FileManager.default.fileExists(atPath: vault.path("people")))
        let error = AuthoringError(.controlInName(name: "line\ntwo"))
        XCTAssertFalse(error.message.contains("\n"), error.message)
    }

    /// `people/<slug>` in a credit points at a note: a person named so could never be credited.
    func testNewPerson_nameWrittenAsANoteReference_isRefused() throws {
        let vault = try TemporaryVault(["radar.yml": "title: t\n"])
        assertThrows(.noteReferenceAsName(name: "people/zed")) {
            try author(vault).newPerson(name: "people/zed")
        }
        XCTAssertEqual(
            AuthoringError(.noteReferenceAsName(name: "people/zed")).hints,
            ["give the name as it is written in credits: radar new person \"zed\""])
        XCTAssertFalse(FileManager.default.fileExists(atPath: vault.path("people")))
    }

    func testNewScene_folderThatIsNotAVault_isRefused() throws {
        let vault = try TemporaryVault(["notes.txt": "x"])
        assertThrows(.notAVault(path: vault.root)) { try author(vault).newScene(name: "X", spotted: spotted) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: vault.path("scenes")))
    }

    func testNewPerson_existingNoteOrAlias_isRefused() throws {
        let note = "---\nname: DJ Kofi\naliases: [Kofi K]\n---\n"
        let vault = try TemporaryVault(["people/dj-kofi.md": note])
        assertThrows(.nameTaken(name: "DJ Kofi", path: vault.root + "/people/dj-kofi.md")) {
            try author(vault).newPerson(name: "dj kofi")
        }
        assertThrows(.nameTaken(name: "Kofi K", path: vault.root + "/people/dj-kofi.md")) {
            try author(vault).newPerson(name: "Kofi K")
        }
        // The same name once punctuation is removed is the same person to credits.
        assertThrows(.nameTaken(name: "DJ Kofi", path: vault.root + "/people/dj-kofi.md")) {
            try author(vault).newPerson(name: "D.J. KOFI!")
        }
        XCTAssertEqual(try vault.read("people/dj-kofi.md"), note)
        let created = try author(vault).newPerson(name: "Amaka")
        XCTAssertEqual(created.path, vault.root + "/people/amaka.md")
        XCTAssertEqual(try vault.read("people/amaka.md"), PersonTemplate.render(name: "Amaka"))
    }

    /// `A B` folds to the slug of `A-B`'s note but is another person: its note is named as its
    /// page is, with the hash of its match key (SPEC §3), and the build agrees.
    func testNewPerson_whoseSlugIsAnotherPersonsNote_isNamedLikeTheirPage() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: t\n", "people/a-b.md": "---\nname: A.B\n---\n",
            "people/broken.md": "---\nname: [Broken\n---\n",
        ])
        let created = try author(vault).newPerson(name: "A B")
        XCTAssertEqual(created.path, vault.root + "/people/a-b-\(FNV1a.hex(NameKey.fold("A B"))).md")
        assertThrows(.nameTaken(name: "A.B", path: vault.root + "/people/a-b.md")) {
            try author(vault).newPerson(name: "a.b")
        }
        // "A-B" is "A B" written with a dash: the person just made.
        assertThrows(.nameTaken(name: "A B", path: created.path)) {
            try author(vault).newPerson(name: "A-B")
        }
        // A note radar cannot read may be the person's own: nothing is written beside it.
        assertThrows(.exists(path: vault.root + "/people/broken.md")) {
            try author(vault).newPerson(name: "Broken")
        }
        // Nor beside an unreadable note under the name the person's page would have.
        let hashed = "people/a-c-\(FNV1a.hex(NameKey.fold("A C"))).md"
        try vault.write("people/a-c.md", "---\nname: A.C\n---\n")
        try vault.write(hashed, "---\nname: [A C\n---\n")
        assertThrows(.exists(path: vault.root + "/" + hashed)) { try author(vault).newPerson(name: "A C") }
        let loaded = try VaultLoader().load(root: vault.root)
        let people = PeopleIndex(vault: loaded)
        XCTAssertEqual(
            people.identity(slug: "a-b-\(FNV1a.hex(NameKey.fold("A B")))")?.name, "A B",
            "the note is the page the build makes for A B")
    }

    // MARK: - Logs

    func testNewLog_carriesForwardTheNewestEarlierLog() throws {
        let vault = try TemporaryVault([
            "scenes/hexagon-bass/scene.md": profile,
            "scenes/hexagon-bass/log/2026-W45.md": log("2026-W45", artists: "[Old]", tempo: "100"),
            "scenes/hexagon-bass/log/2026-W47.md": log(
                "2026-W47", artists: "[Amaka, people/dj-kofi]", tempo: "145"),
            "scenes/hexagon-bass/log/2026-W50.md": log("2026-W50", artists: "[Later]", tempo: "170"),
        ])
        let created = try author(vault).newLog(scene: "hexagon-bass", week: w48)
        XCTAssertEqual(created.path, vault.root + "/scenes/hexagon-bass/log/2026-W48.md")
        let expected = CarryForward(
            source: .log(w47), artists: ["Amaka", "people/dj-kofi"], tempo: "145", drums: "rolling",
            signature: "sub stabs", community: ["Hex Lab Discord"])
        XCTAssertEqual(created.carried, expected)
        XCTAssertEqual(created.notes, [])
        XCTAssertEqual(
            try vault.read("scenes/hexagon-bass/log/2026-W48.md"),
            LogTemplate.render(sceneName: "Hexagon Bass", week: w48, carried: expected))
    }

    func testNewLog_firstLog_takesMarkersFromTheProfile() throws {
        let vault = try TemporaryVault(["scenes/hexagon-bass/scene.md": profile])
        let created = try author(vault).newLog(scene: "hexagon-bass", week: w48)
        XCTAssertEqual(
            created.carried,
            CarryForward(source: .profile, tempo: "140-150", drums: "half-time", signature: "detuned saws"))
        let loaded = try VaultLoader().load(root: vault.root)
        XCTAssertEqual(loaded.scenes.first?.logs.first?.header.lintIgnore, [])
    }

    /// A week before every logged one has no earlier log to carry, though the scene has logs:
    /// the line says so, not that it is the scene's first log.
    func testNewLog_weekBeforeEveryLoggedOne_takesMarkersFromTheProfileAndSaysWhy() throws {
        let vault = try TemporaryVault([
            "scenes/hexagon-bass/scene.md": profile,
            "scenes/hexagon-bass/log/2026-W48.md": log("2026-W48", artists: "[Later]", tempo: "170"),
        ])
        let created = try author(vault).newLog(scene: "hexagon-bass", week: w47)
        let carried = try XCTUnwrap(created.carried)
        XCTAssertEqual(
            carried,
            CarryForward(source: .profile, tempo: "140-150", drums: "half-time", signature: "detuned saws"))
        XCTAssertEqual(
            NewCommand.describe(carried),
            "no earlier log of the scene: 3 sound markers from its profile's sound")
    }

    /// A week before the scene was spotted, or far after this week (a mistyped year), is
    /// written with a note saying so; a near week gets none.
    func testNewLog_implausibleWeek_isWrittenWithANote() throws {
        let vault = try TemporaryVault(["scenes/hexagon-bass/scene.md": profile])
        let early = try author(vault).newLog(
            scene: "hexagon-bass", week: try XCTUnwrap(ISOWeek(parsing: "2016-W48")))
        XCTAssertEqual(early.notes, ["2016-W48 is before the scene was spotted (2026-09-01): check the year"])
        let late = try author(vault).newLog(
            scene: "hexagon-bass", week: try XCTUnwrap(ISOWeek(parsing: "2062-W48")), today: w48)
        XCTAssertEqual(
            late.notes,
            [
                "2062-W48 is 1879 weeks after this week (2026-W48); the newest logged week is radar's \"now\" "
                    + "for every scene: check the year"
            ])
        XCTAssertEqual(
            try author(vault).newLog(scene: "hexagon-bass", week: w48.adding(weeks: 4), today: w48).notes, [])
    }

    /// A first log of a scene whose profile radar cannot read says so, not that the profile
    /// has no sound.
    func testNewLog_profileWithErrors_saysItCannotBeRead() throws {
        let vault = try TemporaryVault([
            "scenes/hexagon-bass/scene.md": "---\nname: Hexagon Bass\nspotted: soon\n---\n"
        ])
        let created = try author(vault).newLog(scene: "hexagon-bass", week: w48)
        XCTAssertEqual(
            created.carried,
            CarryForward(source: .unreadable(path: vault.path("scenes/hexagon-bass/scene.md"))))
    }

    func testNewLog_byNameOrAlias_findsTheScene() throws {
        let vault = try TemporaryVault(["scenes/hexagon-bass/scene.md": profile])
        XCTAssertEqual(
            try author(vault).newLog(scene: "hexagon BASS", week: w47).path,
            vault.root + "/scenes/hexagon-bass/log/2026-W47.md")
        XCTAssertEqual(
            try author(vault).newLog(scene: "Hex Bass", week: w48).path,
            vault.root + "/scenes/hexagon-bass/log/2026-W48.md")
    }

    func testNewLog_unknownScene_suggestsTheClosestSlug() throws {
        let vault = try TemporaryVault([
            "scenes/hexagon-bass/scene.md": profile,
            "scenes/night-bus-gqom/scene.md": "---\nname: Night Bus Gqom\nspotted: 2026-11-01\n---\n",
        ])
        assertThrows(
            .unknownScene(
                given: "hexagon-bas", suggestion: "hexagon-bass", known: ["hexagon-bass", "night-bus-gqom"])
        ) { try author(vault).newLog(scene: "hexagon-bas", week: w48) }
        assertThrows(
            .unknownScene(
                given: "Night Bus Gqm", suggestion: "night-bus-gqom",
                known: ["hexagon-bass", "night-bus-gqom"])
        ) { try author(vault).newLog(scene: "Night Bus Gqm", week: w48) }
        assertThrows(.unknownScene(given: "zzz", suggestion: nil, known: ["hexagon-bass", "night-bus-gqom"]))
        {
            try author(vault).newLog(scene: "zzz", week: w48)
        }
        XCTAssertEqual(
            AuthoringError(
                .unknownScene(given: "hexagon-bas", suggestion: "hexagon-bass", known: ["hexagon-bass"])
            )
            .rendered,
            "radar: no scene 'hexagon-bas' in this vault; did you mean 'hexagon-bass'?\n  hint: scenes in this vault: hexagon-bass"
        )
    }

    func testNewLog_ambiguousNameOrMissingProfile_isRefused() throws {
        let vault = try TemporaryVault([
            "scenes/a/scene.md": "---\nname: Drift\nspotted: 2026-01-01\n---\n",
            "scenes/b/scene.md": "---\nname: B\naliases: [drift]\nspotted: 2026-01-01\n---\n",
            "scenes/c/log/2026-W47.md": log("2026-W47", artists: "[A]", tempo: "1"),
        ])
        assertThrows(.ambiguousScene(given: "Drift", slugs: ["a", "b"])) {
            try author(vault).newLog(scene: "Drift", week: w48)
        }
        assertThrows(.missingProfile(slug: "c", path: vault.root + "/scenes/c/scene.md")) {
            try author(vault).newLog(scene: "c", week: w48)
        }
    }

    func testNewLog_weekAlreadyLogged_isRefusedAndLeftUnchanged() throws {
        let existing = log("2026-W48", artists: "[Amaka]", tempo: "150")
        let vault = try TemporaryVault([
            "scenes/hexagon-bass/scene.md": profile, "scenes/hexagon-bass/log/2026-W48.md": existing,
        ])
        assertThrows(.exists(path: vault.root + "/scenes/hexagon-bass/log/2026-W48.md")) {
            try author(vault).newLog(scene: "hexagon-bass", week: w48)
        }
        XCTAssertEqual(try vault.read("scenes/hexagon-bass/log/2026-W48.md"), existing)
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: vault.path("scenes/hexagon-bass/log"))
        XCTAssertEqual(leftovers, ["2026-W48.md"], "no temporary file left behind")
    }

    func testNewLog_brokenPreviousLog_carriesNothingAndSaysSo() throws {
        let vault = try TemporaryVault([
            "scenes/hexagon-bass/scene.md": profile,
            "scenes/hexagon-bass/log/2026-W47.md": "---\nartists: [unclosed\n---\n",
        ])
        let created = try author(vault).newLog(scene: "hexagon-bass", week: w48)
        let path = "\(vault.root)/scenes/hexagon-bass/log/2026-W47.md"
        XCTAssertEqual(created.carried, CarryForward(source: .unreadable(path: path)))
        XCTAssertEqual(created.notes, [])
        XCTAssertEqual(
            NewCommand.describe(try XCTUnwrap(created.carried)),
            "nothing carried forward: '\(path)' cannot be read (run 'radar lint')")
    }
}
