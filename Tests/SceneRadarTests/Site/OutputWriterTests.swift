import Dispatch
import Glibc
import Synchronization
import XCTest

@testable import SceneRadar

final class OutputWriterTests: XCTestCase {
    private func build(_ vault: TemporaryVault, _ files: [String: String], output: String = "_site") throws {
        let writer = try OutputWriter(output: vault.path(output), vaultRoot: vault.root)
        try writer.begin(planned: files.keys)
        for (path, text) in files.sorted(by: { $0.key < $1.key }) { try writer.write(path, Array(text.utf8)) }
        try writer.finish()
    }

    func testWrite_createsFoldersAndManifest() throws {
        let vault = try TemporaryVault()
        try build(vault, ["index.html": "home", "scenes/a/index.html": "a"])
        XCTAssertEqual(try vault.read("_site/index.html"), "home")
        XCTAssertEqual(try vault.read("_site/scenes/a/index.html"), "a")
        XCTAssertTrue(try vault.read("_site/.radar-manifest").hasPrefix("radar-manifest 1\n"))
    }

    func testRebuild_removesOnlyOwnStaleFilesAndEmptyFolders() throws {
        let vault = try TemporaryVault()
        try build(vault, ["index.html": "home", "scenes/a/index.html": "a", "scenes/b/index.html": "b"])
        try vault.write("_site/.git/HEAD", "ref")
        try build(vault, ["index.html": "home", "scenes/a/index.html": "a2"])
        XCTAssertEqual(try vault.read("_site/scenes/a/index.html"), "a2")
        XCTAssertNil(LocalFileSystem().info(vault.path("_site/scenes/b")))
        XCTAssertEqual(try vault.read("_site/.git/HEAD"), "ref")
    }

    func testWrite_unchangedFileIsNotRewritten() throws {
        let vault = try TemporaryVault()
        try build(vault, ["index.html": "home"])
        let before = LocalFileSystem().info(vault.path("_site/index.html"))
        let writer = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        XCTAssertEqual(try writer.write("index.html", Array("home".utf8)), .unchanged)
        XCTAssertEqual(try writer.write("other.html", Array("x".utf8)), .written)
        XCTAssertEqual(LocalFileSystem().info(vault.path("_site/index.html"))?.inode, before?.inode)
    }

    func testInit_refusesForeignFilesAndTheVault() throws {
        let vault = try TemporaryVault(["elsewhere/notes.txt": "mine"])
        XCTAssertThrowsError(
            try OutputWriter(output: vault.path("elsewhere"), vaultRoot: vault.root).verify(
                trustedManifest: nil)
        ) { error in
            XCTAssertTrue("\(error)".contains("holds files radar did not write (notes.txt)"))
        }
        XCTAssertThrowsError(try OutputWriter(output: vault.root, vaultRoot: vault.root)) { error in
            XCTAssertTrue("\(error)".contains("refusing to build into the vault itself"))
        }
        XCTAssertThrowsError(try OutputWriter(output: vault.root + "/..", vaultRoot: vault.root))
        XCTAssertEqual(try vault.read("elsewhere/notes.txt"), "mine")
    }

    func testWrite_neverThroughASymlinkedFolder() throws {
        let outside = try TemporaryVault()
        let vault = try TemporaryVault()
        try build(vault, ["index.html": "x"])
        try vault.symlink("_site/scenes", to: outside.root)
        let writer = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        // The symlink is a foreign file, so the folder is refused outright…
        XCTAssertThrowsError(try writer.verify(trustedManifest: nil))
        // …and even a writer that trusts the folder never writes through it.
        let trusting = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        XCTAssertThrowsError(try trusting.write("scenes/x.html", Array("x".utf8)))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: outside.root), [])
    }

    func testValidate_rejectsEscapingPaths() {
        for path in [
            "../x", "/etc/passwd", "a/../b", "a//b", "", "a/./b", ".radar-manifest", "a/", "a/..", ".",
            "a/.radar-tmp-1", "a\u{0}b", "a\nb", "a\tb",
        ] {
            XCTAssertThrowsError(try OutputWriter.validate(path), path)
        }
        for path in ["scenes/a/index.html", "a/...", "a/.well-known/x", "..a/b", ".radar/x", "a/.radarx"] {
            XCTAssertNoThrow(try OutputWriter.validate(path), path)
        }
    }

    func testInterruptedBuild_leavesFolderRadarStillOwns() throws {
        let vault = try TemporaryVault()
        try build(vault, ["index.html": "v1"])
        // A build that planned a new page, wrote it, and was killed before finishing.
        let writer = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        try writer.begin(planned: ["index.html", "new/index.html"])
        try writer.write("new/index.html", Array("n".utf8))
        try vault.write("_site/.radar-tmp-1-1", "half")
        try build(vault, ["index.html": "v2"])
        XCTAssertEqual(try vault.read("_site/index.html"), "v2")
        XCTAssertNil(LocalFileSystem().info(vault.path("_site/new/index.html")))
        XCTAssertNil(LocalFileSystem().info(vault.path("_site/.radar-tmp-1-1")))
    }

    func testVerify_trustsOnlyAFinishedBuildsManifest() throws {
        let vault = try TemporaryVault()
        try build(vault, ["index.html": "v1", "a/index.html": "a"])
        let finished = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        try finished.verify(trustedManifest: nil)
        try finished.begin(planned: ["index.html", "a/index.html"])
        try finished.write("index.html", Array("v2".utf8))
        try finished.finish()
        let hash = finished.manifestHash
        // A build killed after writing a file leaves an in-progress manifest: never trusted.
        let killed = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        try killed.verify(trustedManifest: hash)
        try killed.begin(planned: ["index.html", "a/index.html"])
        try killed.write("a/index.html", Array("a2".utf8))
        XCTAssertTrue(try vault.read("_site/.radar-manifest").hasPrefix("radar-manifest 1 in-progress\n"))
        let next = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        try next.verify(trustedManifest: hash)
        XCTAssertFalse(next.canKeep("a/index.html"))
        // A file the finished build wrote and nobody touched since is still checked, and kept.
        XCTAssertTrue(next.canKeep("index.html"))
    }

    /// Finishes a build of `files` with a fresh writer and returns the manifest hash it left.
    private func finishedBuild(_ vault: TemporaryVault, _ files: [String: String]) throws -> UInt64 {
        try build(vault, files)
        let writer = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        try writer.begin(planned: files.keys)
        writer.keep(all: Array(files.keys))
        try writer.finish()
        return writer.manifestHash
    }

    func testVerify_aBuildKilledWritingItsInProgressManifest_leavesNoTemporaryFileBehindTheNext() throws {
        let vault = try TemporaryVault()
        let files = ["index.html": "home", "a/index.html": "a"]
        let hash = try finishedBuild(vault, files)
        // Killed after creating the temporary file of its in-progress manifest, before renaming
        // it: the finished build's manifest is still in place, and still the cache's.
        try vault.write("_site/.radar-tmp-4242-1", "radar-manifest 1 in-progress\n")
        let writer = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        XCTAssertTrue(try writer.verify(trustedManifest: hash))
        XCTAssertTrue(writer.isTrusted)
        try writer.begin(planned: files.keys)
        writer.keep(all: Array(files.keys))
        try writer.finish()
        XCTAssertNil(LocalFileSystem().info(vault.path("_site/.radar-tmp-4242-1")))
        XCTAssertEqual(try vault.read("_site/index.html"), "home")
    }

    /// Sets a file's modification time `seconds` after the manifest's, as an edit made later.
    private func touch(_ vault: TemporaryVault, _ path: String, secondsAfterManifest seconds: Int) throws {
        let manifest = try XCTUnwrap(LocalFileSystem().info(vault.path("_site/.radar-manifest")))
        setTimes(vault.path(path), to: manifest.modified + Int64(seconds) * 1_000_000_000)
    }

    /// Sets the access and modification times of `path` to `nanoseconds` since the epoch
    /// (which moves its status-change time to now).
    private func setTimes(_ path: String, to nanoseconds: Int64) {
        let time = timespec(
            tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
        var times = [time, time]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0, path)
    }

    func testVerify_aFileRemovedOrChangedByHand_leavesTheFolderUntrustedAndIsNotKept() throws {
        let vault = try TemporaryVault()
        let files = ["index.html": "home", "a/index.html": "a", "b/index.html": "b", "c/index.html": "c"]
        let hash = try finishedBuild(vault, files)
        let intact = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        XCTAssertTrue(try intact.verify(trustedManifest: hash))
        XCTAssertTrue(intact.isTrusted)

        try FileManager.default.removeItem(atPath: vault.path("_site/a/index.html"))
        try vault.write("_site/b/index.html", "B")
        try touch(vault, "_site/b/index.html", secondsAfterManifest: 5)
        let writer = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        // The manifest is still the cache's: the cache is used, but the folder is not as the
        // build left it, so each kept file is looked at.
        XCTAssertTrue(try writer.verify(trustedManifest: hash))
        XCTAssertFalse(writer.isTrusted)
        XCTAssertFalse(writer.canKeep("a/index.html"))
        XCTAssertFalse(writer.canKeep("b/index.html"))
        XCTAssertTrue(writer.canKeep("c/index.html"))
        try writer.begin(planned: files.keys)
        XCTAssertEqual(writer.keep(all: ["index.html", "c/index.html"]), 2)
        XCTAssertEqual(try writer.write("a/index.html", Array("a".utf8)), .written)
        XCTAssertEqual(try writer.write("b/index.html", Array("b".utf8)), .written)
        try writer.finish()
        XCTAssertEqual(try vault.read("_site/a/index.html"), "a")
        XCTAssertEqual(try vault.read("_site/b/index.html"), "b")
    }

    /// A file whose last change falls in the tick the manifest was written in may have been
    /// changed just after it: its content is compared. (The manifest's time is set to the
    /// file's: a file's status-change time cannot be set.)
    func testCanKeep_aFileChangedInTheTickTheManifestWasWritten_isComparedByContent() throws {
        let vault = try TemporaryVault()
        let files = ["a/index.html": "aaaa", "b/index.html": "bbbb"]
        try build(vault, files)
        // Same size: only the content tells the edit.
        try vault.write("_site/a/index.html", "AAAA")
        for (path, keeps) in [("a/index.html", false), ("b/index.html", true)] {
            let file = try XCTUnwrap(LocalFileSystem().info(vault.path("_site/" + path)))
            setTimes(vault.path("_site/.radar-manifest"), to: max(file.modified, file.changed))
            let writer = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
            try writer.verify(trustedManifest: nil)
            XCTAssertEqual(writer.canKeep(path), keeps, path)
        }
    }

    /// An edit whose modification time is set back (`touch -d`, `cp -a`) still changed the
    /// file's status-change time: the file is not kept.
    func testCanKeep_aFileEditedAndGivenItsOldTimeBack_isNotKept() throws {
        let vault = try TemporaryVault()
        let hash = try finishedBuild(vault, ["a/index.html": "aaaa", "b/index.html": "bbbb"])
        let before = try XCTUnwrap(LocalFileSystem().info(vault.path("_site/a/index.html")))
        try vault.write("_site/a/index.html", "AAAA")
        setTimes(vault.path("_site/a/index.html"), to: before.modified)
        let writer = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        XCTAssertTrue(try writer.verify(trustedManifest: hash))
        XCTAssertFalse(writer.isTrusted)
        XCTAssertFalse(writer.canKeep("a/index.html"))
        XCTAssertTrue(writer.canKeep("b/index.html"))
    }

    /// A folder of the last build's replaced by a symlink to the user's own folder, its parent
    /// given an old modification time: the folder is refused, and the user's files are never
    /// removed as the last build's stale pages.
    func testVerify_aFolderReplacedByASymlink_isRefused_andNothingIsRemovedThroughIt() throws {
        let vault = try TemporaryVault()
        let hash = try finishedBuild(vault, ["index.html": "home", "scenes/a/index.html": "a"])
        try vault.write("mine/index.html", "my own page")
        try FileManager.default.removeItem(atPath: vault.path("_site/scenes/a"))
        XCTAssertEqual(symlink(vault.path("mine"), vault.path("_site/scenes/a")), 0)
        setTimes(vault.path("_site/scenes"), to: 1_577_836_800_000_000_000)
        let writer = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        XCTAssertTrue(try writer.verify(trustedManifest: hash))
        XCTAssertThrowsError(try writer.begin(planned: ["index.html"])) { error in
            XCTAssertTrue("\(error)".contains("holds files radar did not write (scenes/a)"), "\(error)")
        }
        // Even a writer that went on would not remove the page through the symlink.
        let untrusting = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        try untrusting.finish()
        XCTAssertEqual(try vault.read("mine/index.html"), "my own page")
    }

    /// A file copied into a folder of the last build with the folder's time set back (`cp -a`)
    /// is found: the folder's status-change time moved.
    func testVerify_aFileCopiedInWithItsFoldersOldTime_isFound() throws {
        let vault = try TemporaryVault()
        let hash = try finishedBuild(vault, ["index.html": "home", "scenes/a/index.html": "a"])
        let folder = try XCTUnwrap(LocalFileSystem().info(vault.path("_site/scenes/a")))
        try vault.write("_site/scenes/a/press.txt", "kit")
        setTimes(vault.path("_site/scenes/a"), to: folder.modified)
        let writer = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        XCTAssertTrue(try writer.verify(trustedManifest: hash))
        XCTAssertThrowsError(try writer.begin(planned: ["index.html", "scenes/a/index.html"])) { error in
            XCTAssertTrue("\(error)".contains("(scenes/a/press.txt)"), "\(error)")
        }
        XCTAssertEqual(try vault.read("_site/scenes/a/press.txt"), "kit")
    }

    /// A file and a folder of the site swap places between builds (a scene's pages go, a
    /// static file takes the folder's name; then back): the last build's files in the way go
    /// first, whether the folder is trusted or not; a folder holding anything else stays.
    func testBegin_aFileAndAFolderSwappingPlaces_clearsTheLastBuildsFilesInTheWay() throws {
        let vault = try TemporaryVault()
        for trusted in [true, false] {
            try? FileManager.default.removeItem(atPath: vault.path("_site"))
            var hash = try finishedBuild(
                vault, ["index.html": "home", "s/x/index.html": "x", "s/x/a/index.html": "a"])
            // The folder s/x becomes a file.
            var writer = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
            try writer.verify(trustedManifest: trusted ? hash : nil)
            try writer.begin(planned: ["index.html", "s/x"])
            writer.keep(all: ["index.html"])
            XCTAssertEqual(try writer.write("s/x", Array("file".utf8)), .written)
            try writer.finish()
            XCTAssertEqual(try vault.read("_site/s/x"), "file")
            hash = writer.manifestHash
            // And back: the file s/x becomes a folder.
            writer = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
            try writer.verify(trustedManifest: trusted ? hash : nil)
            try writer.begin(planned: ["index.html", "s/x/index.html"])
            writer.keep(all: ["index.html"])
            XCTAssertEqual(try writer.write("s/x/index.html", Array("x".utf8)), .written)
            try writer.finish()
            XCTAssertEqual(try vault.read("_site/s/x/index.html"), "x")
        }
        // A folder in the way that holds a file radar did not write is not cleared: refused.
        try vault.write("_site/s/x/mine.txt", "mine")
        let writer = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        XCTAssertThrowsError(try writer.verify(trustedManifest: nil))
        XCTAssertEqual(try vault.read("_site/s/x/mine.txt"), "mine")
        XCTAssertEqual(try vault.read("_site/s/x/index.html"), "x")
    }

    /// Radar's temporary files in a folder it refuses are not its to clean up: left as they are.
    func testVerify_aRefusedFolder_keepsFilesNamedLikeRadarsTemporaryFiles() throws {
        let vault = try TemporaryVault(["user/a.txt": "a", "user/.radar-tmp-mine": "keep"])
        XCTAssertThrowsError(
            try OutputWriter(output: vault.path("user"), vaultRoot: vault.root).verify(trustedManifest: nil))
        XCTAssertEqual(try vault.read("user/.radar-tmp-mine"), "keep")
    }

    func testBegin_inATrustedFolder_neverReplacesAFileAtAPathTheLastBuildDidNotWrite() throws {
        let vault = try TemporaryVault()
        let hash = try finishedBuild(vault, ["index.html": "home"])
        try vault.write("_site/new/index.html", "mine")
        let writer = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        XCTAssertTrue(try writer.verify(trustedManifest: hash))
        XCTAssertThrowsError(try writer.begin(planned: ["index.html", "new/index.html", "other.html"])) {
            error in
            XCTAssertEqual(
                (error as? OutputWriter.Refusal)?.message,
                "refusing to build into '\(vault.path("_site"))': it holds files radar did not write (new/index.html); choose an empty folder, or remove them (a file to publish with the site, such as a CNAME, goes in the vault's static/ folder)"
            )
        }
        XCTAssertEqual(try vault.read("_site/new/index.html"), "mine")
        XCTAssertTrue(try vault.read("_site/.radar-manifest").hasPrefix("radar-manifest 1\n"))
    }

    func testBegin_withSeveralPathsItCannotWrite_namesTheFirstInByteOrder() throws {
        let vault = try TemporaryVault()
        let writer = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        for planned in [["z/../a", "b/../a", "ok.html"], ["ok.html", "b/../a", "z/../a"]] {
            XCTAssertThrowsError(try writer.begin(planned: planned)) { error in
                XCTAssertEqual(
                    (error as? OutputWriter.Refusal)?.message,
                    "refusing to write 'b/../a': not a plain path inside the output folder")
            }
        }
    }

    func testKeepAll_keepsWhatTheLastBuildLeft_andAFinishThatChangedNothingLeavesTheManifest() throws {
        let vault = try TemporaryVault()
        let files = ["index.html": "home", "a/index.html": "a", "b/index.html": "b"]
        try build(vault, files)
        let first = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        try first.begin(planned: files.keys)
        XCTAssertEqual(first.keep(all: Array(files.keys)), 3)
        try first.finish()
        let hash = first.manifestHash
        let manifest = try vault.read("_site/.radar-manifest")
        let stamp = LocalFileSystem().info(vault.path("_site/.radar-manifest"))

        let writer = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        XCTAssertTrue(try writer.verify(trustedManifest: hash))
        XCTAssertTrue(writer.isTrusted)
        XCTAssertTrue(writer.recordedExactly(Array(files.keys)))
        XCTAssertFalse(writer.recordedExactly(["index.html", "a/index.html"]))
        XCTAssertFalse(writer.recordedExactly(["index.html", "a/index.html", "c/index.html"]))
        try writer.begin(planned: files.keys)
        // A path the last build did not write cannot be kept.
        XCTAssertEqual(writer.keep(all: ["index.html", "a/index.html", "c/index.html"]), 2)
        XCTAssertEqual(try writer.write("b/index.html", Array("b".utf8)), .unchanged)
        try writer.finish()
        XCTAssertEqual(writer.manifestHash, hash)
        XCTAssertEqual(try vault.read("_site/.radar-manifest"), manifest)
        XCTAssertEqual(LocalFileSystem().info(vault.path("_site/.radar-manifest")), stamp)
    }

    func testFinish_afterKeepingFewerFiles_removesTheRestAndRewritesTheManifest() throws {
        let vault = try TemporaryVault()
        try build(vault, ["index.html": "home", "a/index.html": "a"])
        let writer = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        try writer.begin(planned: ["index.html"])
        XCTAssertEqual(writer.keep(all: ["index.html"]), 1)
        try writer.finish()
        XCTAssertNil(LocalFileSystem().info(vault.path("_site/a/index.html")))
        XCTAssertFalse(try vault.read("_site/.radar-manifest").contains("a/index.html"))
    }

    func testFinish_afterAFileChanged_rewritesTheManifest() throws {
        let vault = try TemporaryVault()
        try build(vault, ["index.html": "home", "a/index.html": "a"])
        let before = try vault.read("_site/.radar-manifest")
        let writer = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        try writer.begin(planned: ["index.html", "a/index.html"])
        writer.keep(all: ["index.html"])
        XCTAssertEqual(try writer.write("a/index.html", Array("a2".utf8)), .written)
        try writer.finish()
        XCTAssertNotEqual(try vault.read("_site/.radar-manifest"), before)
        XCTAssertEqual(try vault.read("_site/a/index.html"), "a2")
    }

    /// A build's writer holds the folder: a second one waits (after saying so) until the first is
    /// gone, and only then reads the manifest the first left.
    func testLockedWriter_waitsForTheBuildWritingIntoTheFolder() throws {
        let vault = try TemporaryVault()
        var first: OutputWriter? = try OutputWriter(
            output: vault.path("_site"), vaultRoot: vault.root,
            waitingForLock: { XCTFail("nothing to wait for") })
        try first?.begin(planned: ["index.html"])
        try first?.write("index.html", Array("one".utf8))
        let waiting = DispatchSemaphore(value: 0)
        let opened = DispatchSemaphore(value: 0)
        let outcome = Mutex<(kept: Bool, finished: Bool)>((false, false))
        let root = vault.root
        DispatchQueue.global().async {
            let second = try? OutputWriter(
                output: root + "/_site", vaultRoot: root, waitingForLock: { waiting.signal() })
            outcome.withLock { $0 = (second?.canKeep("index.html") == true, true) }
            opened.signal()
        }
        XCTAssertEqual(waiting.wait(timeout: .now() + 30), .success)
        XCTAssertEqual(opened.wait(timeout: .now() + 0.3), .timedOut)
        XCTAssertFalse(outcome.withLock { $0.finished })
        try first?.finish()
        first = nil
        XCTAssertEqual(opened.wait(timeout: .now() + 30), .success)
        XCTAssertEqual(outcome.withLock { $0.kept }, true)
    }

    /// Writers made without a lock (as these tests make them, to play builds killed half-way)
    /// never wait for each other.
    func testUnlockedWriters_neverWait() throws {
        let vault = try TemporaryVault()
        let first = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root, waitingForLock: {})
        let second = try OutputWriter(output: vault.path("_site"), vaultRoot: vault.root)
        XCTAssertEqual(first.root, second.root)
    }
}

/// The folders a rebuild looks at for files added since the last build.
final class OutputFoldersTests: XCTestCase {
    func testFolders_everyFolderOnce_inPathOrder() {
        let paths = [
            "404.html", "assets/radar.css", "people/a/index.html", "scenes/x-y/index.html",
            "scenes/x/2026-W01/index.html", "scenes/x/credits/index.html", "scenes/x/index.html",
            "scenes/x/momentum.svg", "scenes/y/index.html",
        ]
        XCTAssertEqual(
            OutputWriter.folders(of: paths),
            [
                "assets", "people", "people/a", "scenes", "scenes/x-y", "scenes/x", "scenes/x/2026-W01",
                "scenes/x/credits", "scenes/y",
            ])
        // Out of order, a folder may come twice but none is missed.
        let shuffled = OutputWriter.folders(of: paths.reversed())
        XCTAssertEqual(Set(shuffled), Set(OutputWriter.folders(of: paths)))
        XCTAssertEqual(OutputWriter.folders(of: []), [])
    }

    /// For sorted paths, every folder comes exactly once: random trees of names that share
    /// beginnings (`a`, `a-b`, `ab`), against the set of every path's folders.
    func testFolders_ofSortedPaths_areEveryFolderExactlyOnce() {
        var random = SplitMix64(state: 7)
        let names = ["a", "a-b", "ab", "b", "a.b", "index.html"]
        for _ in 0..<200 {
            let paths = (0..<Int(random.next() % 40)).map { _ in
                (0...Int(random.next() % 4)).map { _ in names[Int(random.next() % UInt64(names.count))] }
                    .joined(separator: "/")
            }
            let sorted = Array(Set(paths)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            var expected = Set<String>()
            for path in sorted {
                var parts = path.split(separator: "/").map(String.init).dropLast()
                while !parts.isEmpty {
                    expected.insert(parts.joined(separator: "/"))
                    parts = parts.dropLast()
                }
            }
            let found = OutputWriter.folders(of: sorted)
            XCTAssertEqual(found.count, expected.count, "\(sorted)")
            XCTAssertEqual(Set(found), expected, "\(sorted)")
        }
    }
}
