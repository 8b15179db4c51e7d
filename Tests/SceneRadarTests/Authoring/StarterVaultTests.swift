import XCTest

@testable import SceneRadar

final class StarterVaultTests: XCTestCase {
    private let today = CalendarDate(year: 2026, month: 11, day: 25)!

    private func names(_ path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    func testCreate_newFolder_writesEveryFileWithTheExampleLogOfLastWeek() throws {
        let base = try TemporaryVault()
        let folder = base.path("deep/my-radar")
        let written = try StarterVault(today: today).create(in: folder)
        XCTAssertEqual(
            written,
            [
                ".gitignore", "README.md", "radar.yml", "scenes/low-tide-jersey/scene.md",
                "scenes/low-tide-jersey/log/2026-W47.md", "people/mara-quay.md",
            ].map { folder + "/" + $0 })
        XCTAssertEqual(try names(folder), [".gitignore", "README.md", "people", "radar.yml", "scenes"])
        XCTAssertEqual(
            try base.read("deep/my-radar/.gitignore").split(separator: "\n").dropFirst(),
            ["_site/", ".radar-cache/"])
    }

    func testCreate_starterVault_lintsWithNoDiagnosticsWhateverTheDate() throws {
        let dates = [
            today, CalendarDate(year: 2027, month: 1, day: 1)!, CalendarDate(year: 2026, month: 1, day: 5)!,
        ]
        for date in dates {
            let base = try TemporaryVault()
            _ = try StarterVault(today: date).create(in: base.root + "/v")
            let vault = try VaultLoader().load(root: base.root + "/v")
            XCTAssertEqual(LintCommand.diagnostics(of: vault), [], "\(date)")
            XCTAssertEqual(vault.scenes.first?.logs.first?.week, date.isoWeek.adding(weeks: -1))
            XCTAssertEqual(vault.people.map(\.slug), [StarterVault.personSlug])
        }
    }

    func testConfig_hasEverySettingAndEverySignalAtItsDefault() throws {
        let root = try XCTUnwrap(YAMLParser().parse(StarterVault.config, file: "radar.yml").root)
        XCTAssertEqual(root.pairs?.compactMap(\.key.scalar), SchemaCatalog.config.keys)
        XCTAssertEqual(root["weights"]?.pairs?.compactMap(\.key.scalar), Signal.words)
        XCTAssertEqual(root["lint"]?.pairs?.compactMap(\.key.scalar), SchemaCatalog.lintSettings.keys)
        var context = DecodeContext(file: "radar.yml")
        XCTAssertEqual(context.config(root), SiteConfig())
        XCTAssertEqual(context.diagnostics, [])
    }

    func testCreate_folderWithOnlyDotfiles_isAccepted() throws {
        let base = try TemporaryVault([".git/HEAD": "ref: refs/heads/main\n", ".obsidian/app.json": "{}"])
        _ = try StarterVault(today: today).create(in: base.root)
        XCTAssertEqual(try base.read(".git/HEAD"), "ref: refs/heads/main\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: base.path("radar.yml")))
    }

    /// A .gitignore of the user's (a fresh clone's) is kept, and given the lines it lacks.
    func testCreate_folderWithAGitignore_keepsItAndAddsWhatItLacks() throws {
        let base = try TemporaryVault([".gitignore": "node_modules\n/_site\n"])
        let written = try StarterVault(today: today).create(in: base.root)
        XCTAssertTrue(written.contains(base.root + "/.gitignore"), "\(written)")
        XCTAssertEqual(
            try base.read(".gitignore"),
            "node_modules\n/_site\n\n# radar's output and its build cache (the cache holds private notes: never commit or publish it)\n.radar-cache/\n"
        )
        XCTAssertTrue(FileManager.default.fileExists(atPath: base.path("radar.yml")))

        let complete = try TemporaryVault([".gitignore": "_site/\n.radar-cache"])
        _ = try StarterVault(today: today).create(in: complete.root)
        XCTAssertEqual(try complete.read(".gitignore"), "_site/\n.radar-cache")
        XCTAssertEqual(StarterVault.ignoreLines(missingFrom: ""), StarterVault.gitignore)
        // In the file's own line endings.
        XCTAssertEqual(
            StarterVault.ignoreLines(missingFrom: "a\r\n_site/\r\n"),
            "\r\n# radar's output and its build cache (the cache holds private notes: never commit or publish it)\r\n.radar-cache/\r\n"
        )
    }

    /// A .gitignore that is a link is refused, and nothing is written: radar init never writes
    /// through a link.
    func testCreate_gitignoreThatIsALink_isRefused() throws {
        let base = try TemporaryVault(["elsewhere.txt": "theirs\n"])
        try FileManager.default.createDirectory(atPath: base.path("v"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: base.path("v/.gitignore"), withDestinationPath: base.path("elsewhere.txt"))
        XCTAssertThrowsError(try StarterVault(today: today).create(in: base.path("v")))
        XCTAssertEqual(try base.read("elsewhere.txt"), "theirs\n")
        XCTAssertEqual(try names(base.path("v")), [".gitignore"])
    }

    func testCreate_nonEmptyFolder_isRefusedAndNothingIsWritten() throws {
        for existing in ["notes.md"] {
            let base = try TemporaryVault([existing: "mine\n"])
            do {
                _ = try StarterVault(today: today).create(in: base.root)
                XCTFail("expected a refusal")
            } catch {
                XCTAssertEqual(error.kind, .folderNotEmpty(path: base.root, entries: [existing]))
            }
            XCTAssertEqual(try names(base.root), [existing])
            XCTAssertEqual(try base.read(existing), "mine\n")
        }
    }

    func testCreate_inAVault_saysItIsAlreadyOne() throws {
        let base = try TemporaryVault(["radar.yml": "title: mine\n", "scenes/a/scene.md": "x\n"])
        do {
            _ = try StarterVault(today: today).create(in: base.root)
            XCTFail("expected a refusal")
        } catch {
            XCTAssertEqual(error.kind, .alreadyAVault(path: base.root))
            XCTAssertTrue(
                error.rendered.contains("is already a vault (it has a radar.yml); nothing was written"))
        }
        XCTAssertEqual(try base.read("radar.yml"), "title: mine\n")
    }

    func testCreate_insideAFolderAnotherVaultReads_isRefusedAndNothingIsMade() throws {
        let outer = try TemporaryVault(["radar.yml": "title: x\n"])
        try outer.mkdir("scenes")
        let root = try XCTUnwrap(LocalFileSystem().canonicalPath(outer.root))
        for (folder, name) in [("scenes/new", "scenes"), ("static/a/b", "static"), ("people", "people")] {
            XCTAssertThrowsError(try StarterVault(today: today).create(in: outer.path(folder))) { error in
                XCTAssertEqual(
                    (error as? AuthoringError)?.kind,
                    .insideVault(path: outer.path(folder), vault: root, folder: name))
            }
        }
        XCTAssertEqual(try names(outer.root), ["radar.yml", "scenes"])
        XCTAssertEqual(try names(outer.path("scenes")), [])
        // Beside the outer vault's notes, a vault of its own is fine.
        XCTAssertNoThrow(try StarterVault(today: today).create(in: outer.path("archive/2025")))
    }

    func testCreate_fileInTheWay_isRefused() throws {
        let base = try TemporaryVault(["file": "x"])
        XCTAssertThrowsError(try StarterVault(today: today).create(in: base.path("file"))) { error in
            XCTAssertEqual((error as? AuthoringError)?.kind, .notAFolder(path: base.path("file")))
        }
    }

    func testWrite_failurePartWay_removesWhatItWrote() throws {
        let base = try TemporaryVault([".git/HEAD": "x"])
        let folder = base.path("new/vault")
        let files = [("a.md", "a"), ("b/c/d.md", "d"), ("a.md", "again")]
        for root in [base.root, folder] {
            XCTAssertThrowsError(try StarterVault.write(files, in: root, fileSystem: LocalFileSystem())) {
                error in
                XCTAssertEqual((error as? AuthoringError)?.kind, .exists(path: root + "/a.md"))
            }
        }
        XCTAssertEqual(try names(base.root), [".git"], "files and folders it created are gone")
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: base.path("new")), "folders it created are gone too")
    }
}
