import XCTest

@testable import SceneRadar

/// The templates of `radar new`: every key of the schema present with a comment above it,
/// values that read back exactly, and notes that lint clean as written.
final class NoteTemplateTests: XCTestCase {
    private let week = ISOWeek(year: 2026, week: 48)!
    private let spotted = CalendarDate(year: 2026, month: 11, day: 25)!

    private func frontMatter(_ note: String) throws -> YAMLNode {
        let split = try XCTUnwrap(FrontMatter.split(note).frontMatter)
        let result = YAMLParser().parse(split.yaml, file: "note.md", firstLine: 2)
        XCTAssertEqual(result.diagnostics, [])
        return try XCTUnwrap(result.root)
    }

    private func keys(_ node: YAMLNode?) -> [String] {
        node?.pairs?.compactMap(\.key.scalar) ?? []
    }

    /// Every `key:` line has a `# comment` line right above it.
    private func assertEveryKeyCommented(_ note: String, file: StaticString = #filePath, line: UInt = #line) {
        let lines = note.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, text) in lines.enumerated() where index > 0 {
            let trimmed = text.drop { $0 == " " }
            guard let colon = trimmed.firstIndex(of: ":"), !trimmed.hasPrefix("#"), !trimmed.hasPrefix("-"),
                trimmed[..<colon].allSatisfy({ $0.isLetter || $0 == "-" })
            else { continue }
            XCTAssertTrue(
                lines[index - 1].drop { $0 == " " }.hasPrefix("# "), "no comment above '\(text)'", file: file,
                line: line)
        }
    }

    // MARK: - Every key

    func testSceneTemplate_hasEveryKeyOfTheSchemaWithAComment() throws {
        let note = SceneTemplate.render(name: "Night Bus Gqom", spotted: spotted)
        let root = try frontMatter(note)
        XCTAssertEqual(keys(root), SchemaCatalog.scene.keys)
        XCTAssertEqual(keys(root["formation"]), SchemaCatalog.formation.keys)
        XCTAssertEqual(keys(root["sound"]), SchemaCatalog.sound.keys)
        XCTAssertEqual(root["spotted"]?.scalar, "2026-11-25")
        assertEveryKeyCommented(note)
    }

    func testLogTemplate_hasEveryKeyOfTheSchemaWithAComment() throws {
        let note = LogTemplate.render(sceneName: "Night Bus Gqom", week: week, carried: .nothing)
        let root = try frontMatter(note)
        XCTAssertEqual(keys(root), SchemaCatalog.log.keys)
        XCTAssertEqual(keys(root["markers"]), SchemaCatalog.markers.keys)
        XCTAssertEqual(root["week"]?.scalar, "2026-W48")
        XCTAssertEqual(root["tracks"]?.items, [])
        XCTAssertEqual(root["events"]?.items, [])
        assertEveryKeyCommented(note)
    }

    func testPersonTemplate_hasEveryKeyOfTheSchemaWithAComment() throws {
        let note = PersonTemplate.render(name: "DJ Kofi")
        XCTAssertEqual(keys(try frontMatter(note)), SchemaCatalog.person.keys)
        assertEveryKeyCommented(note)
    }

    // MARK: - Values read back exactly

    func testTemplates_trickyNames_decodeToTheSameName() throws {
        let name = #"Yes: "No" # maybe"#
        let vault = try TemporaryVault([
            "radar.yml": "title: t\n",
            "scenes/yes-no/scene.md": SceneTemplate.render(name: name, spotted: spotted),
            "people/yes-no.md": PersonTemplate.render(name: name),
        ])
        let loaded = try VaultLoader().load(root: vault.root)
        XCTAssertEqual(loaded.diagnostics, [])
        XCTAssertEqual(loaded.scenes.first?.scene?.name.value, name)
        XCTAssertEqual(loaded.scenes.first?.scene?.spotted, spotted)
        XCTAssertEqual(loaded.people.first?.name.value, name)
    }

    func testLogTemplate_carriedValues_decodeToTheSameValues() throws {
        let carried = CarryForward(
            source: .log(ISOWeek(year: 2026, week: 47)!),
            artists: ["DJ Kofi", "people/amaka", "null", "Ana: B"],
            tempo: "124", drums: "half-time, # skipping", signature: "true",
            community: ["#gqom-chat", "Drill Lab"])
        let vault = try TemporaryVault([
            "scenes/x/scene.md": "---\nname: X\nspotted: 2026-01-01\n---\n",
            "scenes/x/log/2026-W48.md": LogTemplate.render(sceneName: "X", week: week, carried: carried),
        ])
        let loaded = try VaultLoader().load(root: vault.root)
        XCTAssertEqual(loaded.diagnostics, [])
        let log = try XCTUnwrap(loaded.scenes.first?.logs.first)
        XCTAssertEqual(log.week, week)
        XCTAssertEqual(log.artists.map(\.text), carried.artists)
        XCTAssertEqual(log.markers.tempo, "124")
        XCTAssertEqual(log.markers.drums, "half-time, # skipping")
        XCTAssertEqual(log.markers.signature, "true")
        XCTAssertEqual(log.community.map(\.value), carried.community)
        XCTAssertEqual(log.header.lintIgnore, [], "three markers: nothing to silence")
        XCTAssertTrue(log.tracks.isEmpty && log.events.isEmpty && log.platforms.isEmpty && log.surface == nil)
    }

    func testLogTemplate_sceneNameWithLineBreak_staysInItsComment() throws {
        let note = LogTemplate.render(sceneName: "Two\nlines: x", week: week, carried: .nothing)
        XCTAssertTrue(note.contains("\n# Two lines: x, week 2026-W48 ("))
        XCTAssertEqual(keys(try frontMatter(note)), SchemaCatalog.log.keys)
    }

    // MARK: - Lint clean as written

    func testLogTemplate_fewerThanThreeMarkers_silencesOnlyMarkersMissing() throws {
        XCTAssertEqual(LogTemplate.silencedRules(for: .nothing), [.logMarkersMissing])
        XCTAssertEqual(
            LogTemplate.silencedRules(for: CarryForward(source: .profile, tempo: "120")), [.logMarkersMissing]
        )
        let full = CarryForward(source: .profile, tempo: "120", drums: "d", signature: "s")
        XCTAssertEqual(LogTemplate.silencedRules(for: full), [])
        let root = try frontMatter(LogTemplate.render(sceneName: "X", week: week, carried: .nothing))
        XCTAssertEqual(root["lint-ignore"]?.items?.map(\.scalar), ["log.markers-missing"])
    }

    func testNewSceneAndLog_asWritten_lintWithNoDiagnostics() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: t\n",
            "scenes/night-bus-gqom/scene.md": SceneTemplate.render(name: "Night Bus Gqom", spotted: spotted),
            "scenes/night-bus-gqom/log/2026-W48.md": LogTemplate.render(
                sceneName: "Night Bus Gqom", week: week, carried: .nothing),
            "people/dj-kofi.md": PersonTemplate.render(name: "DJ Kofi"),
        ])
        XCTAssertEqual(LintCommand.diagnostics(of: try VaultLoader().load(root: vault.root)), [])
    }

    func testNewScene_withoutItsLintIgnore_wouldOnlyTripTheTwoSilencedReminders() throws {
        let note = SceneTemplate.render(name: "Night Bus Gqom", spotted: spotted)
        let bare = note.split(separator: "\n").filter { !$0.hasPrefix("lint-ignore:") }.joined(
            separator: "\n")
        let vault = try TemporaryVault(["scenes/night-bus-gqom/scene.md": bare + "\n"])
        let codes = LintCommand.diagnostics(of: try VaultLoader().load(root: vault.root)).map(\.code)
        XCTAssertEqual(codes, SceneTemplate.silencedRules)
    }
}
