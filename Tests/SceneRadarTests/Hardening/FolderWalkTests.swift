import Foundation
import Glibc
import XCTest

@testable import SceneRadar

/// `static/` and `theme/` are copied file by file: loops, odd files and odd names there must be
/// diagnostics, never a hang, a lost build or a damaged output folder.
final class FolderWalkTests: XCTestCase {
    private func walk(_ vault: TemporaryVault) -> (files: [String], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let files = FolderWalk.files(
            in: vault.path("static"), fileSystem: LocalFileSystem(), diagnostics: &diagnostics,
            display: "static")
        return (files.map(\.relative), diagnostics.sorted())
    }

    func testWalk_symlinkLoops_areReportedNotFollowed() throws {
        // Three links back to their own folder made 3^16 folder visits before: a hang.
        let vault = try TemporaryVault(["static/d/file.txt": "x"])
        for name in ["a", "b", "c"] { try vault.symlink("static/d/" + name, to: ".") }
        try vault.symlink("static/up", to: ".")
        try vault.write("static/p/q/keep.txt", "k")
        try vault.symlink("static/p/q/back", to: "../../p")
        let start = DispatchTime.now().uptimeNanoseconds
        let result = walk(vault)
        XCTAssertLessThan(DispatchTime.now().uptimeNanoseconds - start, 5_000_000_000)
        XCTAssertEqual(result.files, ["d/file.txt", "p/q/keep.txt"])
        XCTAssertEqual(
            result.diagnostics.map { "\($0.code.rawValue) \($0.location.file)" },
            ["io static/d/a", "io static/d/b", "io static/d/c", "io static/p/q/back", "io static/up"])
        XCTAssertTrue(
            result.diagnostics[0].message.contains("never follows a loop"), result.diagnostics[0].message)
    }

    func testWalk_linkToASiblingFolder_isCopiedUnderBothNames() throws {
        let vault = try TemporaryVault(["static/v2/app.css": "css"])
        try vault.symlink("static/latest", to: "v2")
        let result = walk(vault)
        XCTAssertEqual(result.files, ["latest/app.css", "v2/app.css"])
        XCTAssertEqual(result.diagnostics, [])
    }

    func testWalk_fifoAndControlCharacterNames_areReported() throws {
        let vault = try TemporaryVault([
            "static/ok.txt": "ok", "static/tab\tname.txt": "t", "static/line\nbreak": "n",
        ])
        XCTAssertEqual(mkfifo(vault.path("static/pipe"), 0o644), 0)
        let result = walk(vault)
        XCTAssertEqual(result.files, ["ok.txt"])
        XCTAssertEqual(
            result.diagnostics.map { "\($0.code.rawValue) \($0.location.file)" },
            ["io static/line\nbreak", "io static/pipe", "io static/tab\tname.txt"])
        XCTAssertEqual(
            result.diagnostics[2].message,
            "'tab\\tname.txt' has a control character (a tab or line break?) in its name; rename it to publish it"
        )
        XCTAssertEqual(result.diagnostics[1].message, "'pipe' is not a regular file (fifo); it is not copied")
    }

    func testWalk_tooDeep_isALimitDiagnostic() throws {
        let deep = (1...18).map { "f\($0)" }.joined(separator: "/")
        let vault = try TemporaryVault(["static/\(deep)/x.txt": "x", "static/top.txt": "t"])
        let result = walk(vault)
        XCTAssertEqual(result.files, ["top.txt"])
        XCTAssertEqual(result.diagnostics.map(\.code), [.limit])
        let shown = (1...17).map { "f\($0)" }.joined(separator: "/")
        XCTAssertEqual(
            result.diagnostics.first?.message,
            "'\(shown)' is nested more than 16 folders deep; its files are not copied (docs/limits.md)")
    }

    func testWalk_tooManyFilesOrFolders_isALimitDiagnostic() throws {
        let vault = try TemporaryVault()
        try vault.mkdir("static")
        let created = (0...FolderWalk.maxFiles).filter {
            FileManager.default.createFile(atPath: vault.path("static/f\($0)"), contents: nil)
        }
        XCTAssertEqual(created.count, FolderWalk.maxFiles + 1)
        let files = walk(vault)
        XCTAssertEqual(files.files.count, FolderWalk.maxFiles)
        XCTAssertEqual(files.diagnostics.map(\.code), [.limit])
        let message = files.diagnostics.first?.message ?? ""
        XCTAssertTrue(message.hasPrefix("more than 10000 files; '"), message)

        let folders = try TemporaryVault()
        for index in 0...FolderWalk.maxFolders { try folders.mkdir("static/d\(index)") }
        let result = walk(folders)
        XCTAssertEqual(result.diagnostics.map(\.code), [.limit])
        let folderMessage = result.diagnostics.first?.message ?? ""
        XCTAssertTrue(folderMessage.hasPrefix("more than 10000 folders; '"), folderMessage)
    }

    func testBuild_staticNameWithATab_keepsTheOutputFolderUsable() throws {
        // Before: the tab reached `.radar-manifest`, the build stopped with status 2 and every later
        // build refused the "damaged" folder.
        let vault = try TemporaryVault([
            "radar.yml": "title: t\n", "static/a\tb.txt": "x", "static/ok.txt": "ok",
        ])
        let first = Fixtures.run(["build", vault.root, "-o", vault.path("_site"), "--quiet"])
        XCTAssertEqual(first.status, 1, first.err)
        XCTAssertTrue(first.err.contains("error[io]"), first.err)
        XCTAssertEqual(try vault.read("_site/ok.txt"), "ok")
        try FileManager.default.removeItem(atPath: vault.path("static/a\tb.txt"))
        let second = Fixtures.run(["build", vault.root, "-o", vault.path("_site"), "--quiet"])
        XCTAssertEqual(second.status, 0, second.err)
    }

    func testBegin_refusesAPathTheManifestCannotHold() throws {
        let vault = try TemporaryVault()
        let writer = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        XCTAssertThrowsError(try writer.begin(planned: ["ok.html", "a\tb.html"]))
        XCTAssertNil(LocalFileSystem().info(vault.path("_site/.radar-manifest")))
    }
}
