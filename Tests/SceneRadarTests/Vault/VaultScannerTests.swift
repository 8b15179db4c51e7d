import Foundation
import Glibc
import XCTest

@testable import SceneRadar

final class VaultScannerTests: XCTestCase {
    /// The listing with stamps, after checking that a scan without them (as `radar lint` and
    /// `radar score` make, from the kinds the directories give) finds the same notes, folders and
    /// problems, and keeps no metadata.
    private func scan(_ vault: TemporaryVault, file: StaticString = #filePath, line: UInt = #line) throws
        -> VaultListing
    {
        let scanner = VaultScanner(fileSystem: LocalFileSystem())
        let stamped = try scanner.scan(root: vault.root)
        let unstamped = try scanner.scan(root: vault.root, stamps: false)
        XCTAssertEqual(describe(unstamped), describe(stamped), file: file, line: line)
        XCTAssertTrue(unstamped.allFiles.allSatisfy { $0.info == nil }, file: file, line: line)
        XCTAssertTrue(stamped.allFiles.allSatisfy { $0.info != nil }, file: file, line: line)
        return stamped
    }

    private func describe(_ listing: VaultListing) -> [String] {
        listing.allFiles.map { "\($0.role) \($0.relativePath) \($0.absolutePath) \($0.displayPath)" }
            + listing.scenes.map(\.slug)
            + listing.diagnostics.map { "\($0.code) \($0.location) \($0.message)" }
    }

    func testScan_findsNotesInSortedOrder() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: x\n",
            "scenes/b-scene/scene.md": "---\n---\n",
            "scenes/a-scene/scene.md": "---\n---\n",
            "scenes/a-scene/log/2026-W47.md": "---\n---\n",
            "scenes/a-scene/log/2026-W05.md": "---\n---\n",
            "scenes/a-scene/log/2025-W52.md": "---\n---\n",
            "people/kofi.md": "---\n---\n",
            "people/abe.md": "---\n---\n",
            ".obsidian/workspace.md": "x",
            "templates/weekly.md": "x",
            "README.md": "x",
        ])
        let listing = try scan(vault)
        XCTAssertEqual(listing.diagnostics, [])
        XCTAssertNotNil(listing.config)
        XCTAssertEqual(listing.scenes.map(\.slug), ["a-scene", "b-scene"])
        XCTAssertEqual(
            listing.scenes[0].logs.map(\.relativePath),
            [
                "scenes/a-scene/log/2025-W52.md", "scenes/a-scene/log/2026-W05.md",
                "scenes/a-scene/log/2026-W47.md",
            ])
        XCTAssertEqual(listing.people.map(\.relativePath), ["people/abe.md", "people/kofi.md"])
        XCTAssertEqual(listing.allFiles.count, 8)
    }

    func testScan_reportsBadSlugsAndMisplacedFiles() throws {
        let vault = try TemporaryVault([
            "scenes/Bad_Name/scene.md": "x",
            "scenes/ok/scene.md": "x",
            "scenes/ok/notes.md": "x",
            "scenes/ok/log/week47.md": "x",
            "scenes/ok/log/2025-W53.md": "x",
            "scenes/loose.md": "x",
            "people/DJ Kofi.md": "x",
            "people/sub/x.md": "x",
            "scenes/orphan/log/2026-W01.md": "x",
            "scenes/ok/log/2026-W02.MD": "x",
            "scenes/upper/scene.MD": "x",
            "scenes/flat/log": "x",
            "people/Ada.Md": "x",
            "People/ben.md": "x",
            "SCENES/x/scene.md": "x",
        ])
        let listing = try scan(vault)
        let found = listing.diagnostics.map {
            "\($0.code.rawValue) \($0.location.file.dropFirst(vault.root.count + 1))"
        }
        XCTAssertEqual(
            found,
            [
                "misplaced-file People",
                "misplaced-file SCENES",
                "misplaced-file people/Ada.Md",
                "slug people/DJ Kofi.md",
                "misplaced-file people/sub/x.md",
                "slug scenes/Bad_Name",
                "io scenes/flat/log",
                "misplaced-file scenes/loose.md",
                "date scenes/ok/log/2025-W53.md",
                "misplaced-file scenes/ok/log/2026-W02.MD",
                "misplaced-file scenes/ok/log/week47.md",
                "misplaced-file scenes/ok/notes.md",
                "required scenes/orphan/scene.md",
                "misplaced-file scenes/upper/scene.MD",
            ])
        XCTAssertEqual(
            listing.diagnostics.first { $0.location.file.hasSuffix("scene.MD") }?.notes.first?.message,
            "radar reads notes whose names end in '.md', in lower case")
        // A person note not read withholds its person: its warning says so; a scene's does not.
        let withheld = "until radar reads it, the person its file name spells is withheld from the site"
        for file in ["people/Ada.Md", "people/sub/x.md", "People", "scenes/upper/scene.MD", "SCENES"] {
            let notes = listing.diagnostics.first { $0.location.file.hasSuffix(file) }?.notes ?? []
            XCTAssertEqual(
                notes.contains { $0.message.hasPrefix(withheld) }, file.lowercased().hasPrefix("people"), file
            )
        }
        XCTAssertTrue(listing.unreadPeople.contains("ben"))
        XCTAssertTrue(listing.unreadPeopleFiles.contains("People/ben.md"))
        XCTAssertEqual(listing.scenes.map(\.slug), ["flat", "ok", "orphan", "upper"])
        XCTAssertEqual(listing.scenes[0].logs.count, 0)
        XCTAssertEqual(listing.diagnostics.first { $0.code == .misplacedFile }?.severity, .warning)
    }

    func testScan_symlinkOutOfVault_isNeverFollowed() throws {
        let outside = try TemporaryVault(["secret.md": "---\nname: secret\n---\n"])
        let vault = try TemporaryVault(["scenes/a/scene.md": "x"])
        try vault.mkdir("people")
        try vault.symlink("people/leak.md", to: outside.path("secret.md"))
        try vault.symlink("people/inside.md", to: vault.path("scenes/a/scene.md"))
        try vault.symlink("scenes/b", to: outside.root)
        let listing = try scan(vault)
        XCTAssertEqual(listing.people.map(\.relativePath), ["people/inside.md"])
        XCTAssertEqual(listing.scenes.map(\.slug), ["a"])
        let io = listing.diagnostics.filter { $0.code == .io }
        XCTAssertEqual(io.count, 2)
        XCTAssertTrue(io.allSatisfy { $0.message.contains("leads out of the vault") })
    }

    /// Without the list of scenes/ or people/, every note in it would look deleted and a build
    /// would publish a site without them: the vault cannot be read (exit 2, nothing written).
    func testScan_scenesOrPeopleThatCannotBeListed_isAnUnreadableVault() throws {
        let outside = try TemporaryVault(["a/scene.md": "x"])
        for (folder, lock) in [("scenes", true), ("people", true), ("scenes", false), ("people", nil)] {
            let vault = try TemporaryVault([
                "radar.yml": "title: x\n", "scenes/a/scene.md": "x", "people/p.md": "x",
            ])
            let expected: String
            if lock == nil {
                // A file where the folder should be: a symlink checked out as a file.
                try FileManager.default.removeItem(atPath: vault.path(folder))
                try vault.write(folder, "../elsewhere/people")
                expected = "'\(folder)' is not a folder"
            } else if lock == true {
                chmod(vault.path(folder), 0)
                expected = "cannot list '\(folder)': Permission denied"
            } else {
                try FileManager.default.removeItem(atPath: vault.path(folder))
                try vault.symlink(folder, to: outside.root)
                expected =
                    "'\(folder)' is a symbolic link that leads out of the vault; radar never follows it"
            }
            defer { chmod(vault.path(folder), 0o755) }
            let scanner = VaultScanner(fileSystem: PermissionRespectingFileSystem.forThisUser)
            for stamps in [true, false] {
                XCTAssertThrowsError(try scanner.scan(root: vault.root, stamps: stamps)) { error in
                    XCTAssertEqual(
                        error as? VaultScanner.UnreadableVault, .init(path: vault.root, reason: expected))
                }
            }
        }
    }

    func testScan_fifoIsReportedNotOpened() throws {
        let vault = try TemporaryVault()
        try vault.mkdir("people")
        XCTAssertEqual(mkfifo(vault.path("people/pipe.md"), 0o644), 0)
        let listing = try scan(vault)
        XCTAssertEqual(listing.people.count, 0)
        XCTAssertEqual(listing.diagnostics.map(\.code), [.io])
    }

    func testScan_missingVault_throws() {
        XCTAssertThrowsError(try VaultScanner(fileSystem: LocalFileSystem()).scan(root: "/nonexistent/vault"))
    }

    func testScan_logNamedAfterAWeekThatIsNone_saysWhy() throws {
        let vault = try TemporaryVault([
            "scenes/x/scene.md": "---\nname: X\n---\n", "scenes/x/log/2025-W53.md": "---\n---\n",
        ])
        let listing = try scan(vault)
        XCTAssertEqual(listing.scenes.first?.logs.count, 0)
        XCTAssertEqual(
            listing.diagnostics.map { "\($0.code) \($0.message)" },
            ["date '2025-W53' is not an ISO week: 2025 has 52 ISO weeks (W01 to W52)"])
    }

    /// A log named with a lower-case w is one letter off a log: an error that says the name,
    /// not a warning that the week's notes are not read.
    func testScan_logNamedWithALowerCaseW_isADateErrorGivingTheName() throws {
        let vault = try TemporaryVault([
            "scenes/x/scene.md": "---\nname: X\n---\n", "scenes/x/log/2026-w49.md": "---\n---\n",
            "scenes/x/log/notes.md": "x",
        ])
        let listing = try scan(vault)
        XCTAssertEqual(listing.scenes.first?.logs.count, 0)
        XCTAssertEqual(
            listing.diagnostics.map { "\($0.code) \($0.message)" },
            [
                "date '2026-w49.md' is not read: a log is named with a capital W, '2026-W49.md'",
                "misplacedFile 'scenes/x/log/notes.md' does not fit the vault layout and is not read",
            ])
    }

    func testScan_folderWithNoneOfAVaultsFiles_isNotAVault() throws {
        let vault = try TemporaryVault(["notes/idea.md": "# not a note of a vault\n", "scenes.md": "x\n"])
        try vault.write("people", "a file, not the folder\n")
        XCTAssertThrowsError(try VaultScanner(fileSystem: LocalFileSystem()).scan(root: vault.root)) {
            error in
            let failure = error as? VaultScanner.UnreadableVault
            XCTAssertEqual(failure?.isNotAVault, true)
            XCTAssertEqual(
                failure?.message,
                "'\(vault.root)' is not a vault: it has no radar.yml, scenes/ or people/\n"
                    + "  hint: give the vault's folder, or create a vault with 'radar init' in a new or empty folder"
            )
        }
    }

    func testScan_folderInsideAVault_namesTheVaultAbove() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: x\n", "scenes/x/scene.md": "---\nname: X\n---\n",
        ])
        let root = try XCTUnwrap(LocalFileSystem().canonicalPath(vault.root))
        XCTAssertThrowsError(
            try VaultScanner(fileSystem: LocalFileSystem()).scan(root: vault.path("scenes/x"))
        ) {
            error in
            let failure = error as? VaultScanner.UnreadableVault
            XCTAssertEqual(failure?.vaultAbove, root)
            XCTAssertEqual(
                failure?.message.components(separatedBy: "\n").last,
                "  hint: '\(root)' above it is a vault: run radar there, or give that folder")
        }
    }

    /// Run from inside a vault's folder, the vault above is named as a path from there.
    func testCommandRunInsideAVault_namesTheVaultAboveFromTheWorkingFolder() throws {
        let binary = try XCTUnwrap(RadarProcess.binary, "the radar executable is built beside the tests")
        let vault = try TemporaryVault(["radar.yml": "title: x\n"])
        try vault.mkdir("scenes/x/log")
        let lint = try RadarProcess.run(
            binary, ["lint"], directory: vault.path("scenes/x/log"), environment: [:])
        XCTAssertEqual(lint.status, 2)
        XCTAssertEqual(
            lint.output,
            "radar: '.' is not a vault: it has no radar.yml, scenes/ or people/\n"
                + "  hint: '../../..' above it is a vault: run radar there, or give that folder\n")
        let new = try RadarProcess.run(
            binary, ["new", "log", "x"], directory: vault.path("scenes/x"), environment: [:])
        XCTAssertEqual(new.status, 2)
        XCTAssertTrue(
            new.output.hasSuffix(
                "  hint: '../..' above it is a vault: run radar there, or give --vault ../..\n"),
            new.output)
    }

    func testScan_foldersWhereNotesGo_areReported() throws {
        let vault = try TemporaryVault()
        for folder in ["radar.yml", "people/a.md", "scenes/x/scene.md", "scenes/x/log/2026-W02.md"] {
            try vault.mkdir(folder)
        }
        let listing = try scan(vault)
        XCTAssertTrue(listing.allFiles.isEmpty)
        XCTAssertEqual(
            listing.diagnostics.map { "\($0.code) \($0.message)" },
            [
                "io 'people/a.md' is a folder; radar reads only regular files",
                "io 'radar.yml' is a folder; radar reads only regular files",
                "io 'scenes/x/log/2026-W02.md' is a folder; radar reads only regular files",
                "io 'scenes/x/scene.md' is a folder; radar reads only regular files",
            ])
    }

    func testScan_anyOneOfAVaultsFiles_makesAVault() throws {
        for layout in ["radar.yml", "scenes/", "people/"] {
            let vault = try TemporaryVault()
            if layout.hasSuffix("/") {
                try vault.mkdir(layout)
            } else {
                try vault.write(layout, "title: x\n")
            }
            XCTAssertNoThrow(try scan(vault), layout)
        }
    }

    func testUnreadableVault_message_namesThePathAndReason() {
        let failure = VaultScanner.UnreadableVault(path: "v", reason: "no such folder")
        XCTAssertEqual(failure.message, "cannot read the vault 'v': no such folder")
    }

    func testDisplayRoot_dotIsDropped() {
        XCTAssertEqual(VaultScanner.displayRoot("."), "")
        XCTAssertEqual(VaultScanner.displayRoot("./"), "")
        XCTAssertEqual(VaultScanner.displayRoot("vault/"), "vault")
    }
}
