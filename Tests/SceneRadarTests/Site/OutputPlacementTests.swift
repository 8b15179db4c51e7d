import Foundation
import XCTest

@testable import SceneRadar

final class OutputPlacementTests: XCTestCase {
    private let fileSystem = LocalFileSystem()

    /// The refusal `OutputWriter` gives for `output`, or `nil` when it opens the folder.
    private func refusal(_ output: String, in vault: TemporaryVault) -> String? {
        do {
            _ = try OutputWriter(output: output, vaultRoot: vault.root)
            return nil
        } catch {
            return error.message
        }
    }

    /// A home folder (dotfiles only, at first sight empty) and a folder inside `.git` are
    /// refused: a site would be scattered among the user's own files, or git's.
    func testWriter_refusesTheHomeFolderAndGitsFolder() throws {
        let vault = try TemporaryVault(["radar.yml": "title: x\n", "home/.profile": "x\n"])
        try vault.mkdir(".git")
        let saved = ProcessInfo.processInfo.environment["HOME"]
        setenv("HOME", vault.path("home"), 1)
        defer {
            if let saved { setenv("HOME", saved, 1) } else { unsetenv("HOME") }
        }
        XCTAssertEqual(
            refusal(vault.path("home"), in: vault),
            "refusing to build into your home folder ('\(vault.path("home"))'); choose another folder with -o, e.g. -o _site"
        )
        XCTAssertNil(refusal(vault.path("home/site"), in: vault))
        let git = refusal(vault.path(".git/site"), in: vault)
        XCTAssertTrue(
            git?.contains("it is inside a .git folder, which git keeps for itself") == true, git ?? "opened")
        XCTAssertFalse(FileManager.default.fileExists(atPath: vault.path(".git/site")))
    }

    func testWriter_refusesAFolderInsideOneTheVaultIsReadFrom_beforeMakingAnyFolder() throws {
        let vault = try TemporaryVault(["radar.yml": "title: x\n", "static/favicon.svg": "<svg/>"])
        try vault.mkdir("scenes")
        let cases = [
            "static/site": "inside the vault's static/ folder, which is copied into the site",
            "static": "it is the vault's static/ folder",
            "scenes/site": "inside the vault's scenes/ folder, which holds the scene notes",
            "people/site": "inside the vault's people/ folder",
            "theme/site": "inside the vault's theme/ folder",
            ".radar-cache":
                "it is the vault's .radar-cache/ folder, the build cache, which holds private notes",
            ".radar-cache/site": "inside the vault's .radar-cache/ folder",
            "new/../static/./site": "inside the vault's static/ folder",
        ]
        for (output, expected) in cases {
            let message = refusal(vault.path(output), in: vault)
            XCTAssertTrue(message?.contains(expected) == true, "\(output): \(message ?? "opened")")
            XCTAssertTrue(message?.hasSuffix("choose another folder with -o, e.g. -o _site") == true, output)
        }
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: vault.root).sorted(),
            ["radar.yml", "scenes", "static"])
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: vault.path("static")), ["favicon.svg"])
    }

    /// `_site` as a link to a refused folder: the refusal says it is a link to it, and does not
    /// suggest `-o _site`, which is the output refused.
    func testWriter_siteLinkedToARefusedFolder_saysSoWithoutSuggestingItself() throws {
        let vault = try TemporaryVault(["radar.yml": "title: x\n"])
        try vault.mkdir("scenes")
        try vault.symlink("_site", to: vault.path("scenes"))
        XCTAssertEqual(
            refusal(vault.path("_site"), in: vault),
            "refusing to build into '\(vault.path("_site"))': it is the vault's scenes/ folder ('\(vault.path("_site"))' is a link to it), which holds the scene notes; choose another folder with -o"
        )
        let root = try TemporaryVault(["radar.yml": "title: x\n"])
        try root.symlink("_site", to: root.root)
        XCTAssertEqual(
            refusal(root.path("_site"), in: root),
            "refusing to build into the vault itself ('\(root.path("_site"))' is a link to it); choose another folder with -o"
        )
    }

    func testWriter_opensAnyOtherFolderInOrBesideTheVault() throws {
        let vault = try TemporaryVault(["radar.yml": "title: x\n"])
        let beside = try TemporaryVault()
        for output in [
            vault.path("_site"), vault.path("docs"), vault.path("site/static"), beside.path("out"),
        ] {
            XCTAssertNil(refusal(output, in: vault), output)
        }
    }

    /// A folder inside a site radar built would make that site hold files its build did not
    /// write, and its next build refuse it: refused before any folder is made.
    func testWriter_refusesAFolderInsideASiteRadarBuilt() throws {
        let vault = try TemporaryVault(["radar.yml": "title: x\n", "_site/.radar-manifest": ""])
        let beside = try TemporaryVault([".radar-manifest": ""])
        for (output, site) in [
            (vault.path("_site/sub"), vault.path("_site")), (vault.path("_site/a/b"), vault.path("_site")),
            (beside.path("out"), beside.root),
        ] {
            let canonical = try XCTUnwrap(fileSystem.canonicalPath(site))
            XCTAssertEqual(
                refusal(output, in: vault),
                "refusing to build into '\(output)': it is inside '\(canonical)', a site radar built, which would then hold files its build did not write; choose a folder elsewhere"
            )
            XCTAssertNil(fileSystem.info(output), output)
        }
        XCTAssertNil(refusal(vault.path("docs"), in: vault))
    }

    func testWriter_refusesWhereAVaultFolderThatIsASymbolicLinkLeads() throws {
        let vault = try TemporaryVault(["radar.yml": "title: x\n"])
        let elsewhere = try TemporaryVault()
        try vault.symlink("static", to: elsewhere.root)
        XCTAssertTrue(
            refusal(elsewhere.path("site"), in: vault)?.contains("inside the vault's static/ folder") == true)
        XCTAssertNil(fileSystem.info(elsewhere.path("site")))
    }

    func testIntendedPath_resolvesWhatExistsAndNormalisesTheRest() throws {
        let vault = try TemporaryVault()
        try vault.mkdir("a")
        try vault.symlink("link", to: vault.path("a"))
        let root = try XCTUnwrap(fileSystem.canonicalPath(vault.root))
        XCTAssertEqual(
            OutputPlacement.intendedPath(vault.path("link/b/c"), fileSystem: fileSystem), root + "/a/b/c")
        XCTAssertEqual(
            OutputPlacement.intendedPath(vault.path("new/./x/../y"), fileSystem: fileSystem), root + "/new/y")
        XCTAssertEqual(OutputPlacement.intendedPath(vault.path("a/../"), fileSystem: fileSystem), root)
        XCTAssertEqual(OutputPlacement.intendedPath("/", fileSystem: fileSystem), "/")
        XCTAssertEqual(
            OutputPlacement.intendedPath("missing-\(UUID().uuidString)", fileSystem: fileSystem)?.hasPrefix(
                "/"), true)
    }
}
