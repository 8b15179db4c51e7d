import Foundation
import XCTest

@testable import SceneRadar

/// An incremental build's output is byte-identical to a clean full build, after each of a
/// series of edits, additions, deletions and renames.
final class IncrementalBuildTests: XCTestCase {
    private var work: TemporaryVault!
    private var vault: String { work.path("vault") }

    override func setUpWithError() throws {
        work = try TemporaryVault()
        try FileManager.default.copyItem(atPath: Fixtures.packageRoot + "/example-vault", toPath: vault)
        try? FileManager.default.removeItem(atPath: vault + "/.radar-cache")
        try? FileManager.default.removeItem(atPath: vault + "/_site")
    }

    override func tearDown() {
        work = nil
    }

    /// Builds incrementally into `incremental`, and from scratch (no cache) into a fresh folder,
    /// and compares every file; returns the incremental build's report.
    @discardableResult
    private func buildAndCompare(_ step: String, file: StaticString = #filePath, line: UInt = #line) throws
        -> SiteBuilder.Report
    {
        let incremental = try SiteBuilder().build(.init(vault: vault, output: work.path("incremental")))
        let fresh = work.path("fresh-\(UUID().uuidString)")
        let full = try SiteBuilder().build(.init(vault: vault, output: fresh, incremental: false))
        XCTAssertEqual(incremental.diagnostics, full.diagnostics, step, file: file, line: line)
        XCTAssertEqual(incremental.notes, full.notes, step, file: file, line: line)
        XCTAssertEqual(
            [incremental.pages, incremental.charts, incremental.files],
            [full.pages, full.charts, full.files], step,
            file: file, line: line)
        let a = try snapshot(work.path("incremental"))
        let b = try snapshot(fresh)
        XCTAssertEqual(a.keys.sorted(), b.keys.sorted(), "\(step): files differ", file: file, line: line)
        for (path, bytes) in a where b[path] != bytes {
            XCTFail("\(step): \(path) differs from a clean build", file: file, line: line)
        }
        try FileManager.default.removeItem(atPath: fresh)
        return incremental
    }

    /// Builds with nothing changed since the last build: no page is rendered, and the output is
    /// still a clean build's.
    @discardableResult
    private func buildUnchanged(_ step: String, file: StaticString = #filePath, line: UInt = #line) throws
        -> SiteBuilder.Report
    {
        let report = try buildAndCompare(step, file: file, line: line)
        XCTAssertEqual(report.rendered, 0, "\(step): pages were rendered", file: file, line: line)
        return report
    }

    private func snapshot(_ root: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in Fixtures.files(in: root) {
            files[path] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + path))
        }
        return files
    }

    private func edit(_ relative: String, _ change: (String) -> String) throws {
        let path = vault + "/" + relative
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let changed = change(text)
        XCTAssertNotEqual(changed, text, "edit of \(relative) changed nothing")
        try changed.write(toFile: path, atomically: true, encoding: .utf8)
    }

    private func replacing(_ target: String, _ replacement: String) -> (String) -> String {
        { $0.replacingOccurrences(of: target, with: replacement) }
    }

    func testIncrementalBuilds_matchCleanBuildsAfterEverySortOfChange() throws {
        try buildAndCompare("first build")
        try buildUnchanged("no change")

        let statics = vault + "/static"
        try "User-agent: *\nDisallow: /drafts/\n".write(
            toFile: statics + "/robots.txt", atomically: true, encoding: .utf8)
        try buildUnchanged("a static file changes, and nothing else")
        try buildUnchanged("nothing changed after a static file did")
        try FileManager.default.createDirectory(atPath: statics + "/extra", withIntermediateDirectories: true)
        try "<!doctype html><title>hello</title>".write(
            toFile: statics + "/extra/hello.html", atomically: true, encoding: .utf8)
        // The sitemap lists static pages: it is made again, with the 404 page; the index and
        // the credits directory show nothing that changed and are kept.
        XCTAssertEqual(try buildAndCompare("a static file is added").rendered, 1)
        try "<!doctype html><title>mine</title>".write(
            toFile: statics + "/404.html", atomically: true, encoding: .utf8)
        let shadowed = try buildUnchanged("a static file has the path of a generated page")
        XCTAssertEqual(shadowed.diagnostics.map(\.code), [.misplacedFile])
        try buildUnchanged("nothing changed, with a static file shadowed")
        try FileManager.default.removeItem(atPath: statics + "/extra")
        try FileManager.default.removeItem(atPath: statics + "/404.html")
        XCTAssertEqual(try buildAndCompare("static files are removed").rendered, 1)
        try buildUnchanged("nothing changed after static files were removed")

        try edit(
            "scenes/creekside-steppers/log/2026-W45.md",
            replacing(
                "how-its-made:",
                "how-its-made:\n  - by: Dale Ossory\n    kind: tutorial\n    url: https://www.youtube.com/watch?v=newtutorial"
            ))
        try buildAndCompare("a log gains a how-it's-made entry")

        try edit(
            "scenes/modem-house/log/2026-W47.md",
            replacing(
                "artists: [Luuk Baud, Femke Carrier]", "artists: [Luuk Baud, Femke Carrier, Dale Ossory]"))
        try buildAndCompare("a person from another scene plays this one (a new bridge)")

        try edit("scenes/modem-house/log/2026-W43.md", replacing("Femke Carrier", "Femke  Carrier"))
        try buildAndCompare("a spelling variant appears in one log")

        try edit(
            "scenes/third-mainland-halftime/scene.md",
            replacing("name: Third Mainland Halftime", "name: Third Mainland Half-Time"))
        try buildAndCompare("a scene is renamed (its name)")

        let log = vault + "/scenes/creekside-steppers/log/2026-W48.md"
        try FileManager.default.copyItem(
            atPath: vault + "/scenes/creekside-steppers/log/2026-W47.md", toPath: log)
        try edit("scenes/creekside-steppers/log/2026-W48.md", replacing("2026-W47", "2026-W48"))
        try buildAndCompare("a new week is logged (the radar's now moves)")

        try FileManager.default.removeItem(atPath: log)
        try buildAndCompare("that log is deleted again")

        try FileManager.default.moveItem(
            atPath: vault + "/scenes/modem-house", toPath: vault + "/scenes/modem-house-nl")
        try buildAndCompare("a scene folder is renamed")

        try """
        ---
        name: Dale Ossory
        aliases: [Dale O]
        support: [https://daleossory.bandcamp.com/]
        ---
        Dale runs the shed's sound system.
        """.write(toFile: vault + "/people/dale-ossory.md", atomically: true, encoding: .utf8)
        try buildAndCompare("a person note is added")

        try edit("scenes/double-time-bossa/scene.md", replacing("spotted:", "visibility: private\nspotted:"))
        try buildAndCompare("a scene becomes private")

        try edit("radar.yml", replacing("window: 6", "window: 4"))
        try buildAndCompare("the window changes")

        try edit("scenes/creekside-steppers/log/2026-W46.md", replacing("---\n", "---\nartists: [\n"))
        try buildAndCompare("a log breaks")
        try buildUnchanged("nothing changed after a log broke")
    }

    func testNoOpRebuild_rendersNothingAndKeepsEveryFile() throws {
        _ = try SiteBuilder().build(.init(vault: vault, output: work.path("out")))
        let again = try SiteBuilder().build(.init(vault: vault, output: work.path("out")))
        XCTAssertEqual(again.written, 0)
        XCTAssertLessThanOrEqual(again.rendered, 3)
    }

    /// Pages of the output removed, changed or replaced by hand since the last build are made
    /// again, whether they belong to a scene, a person or the whole site; nothing else is.
    func testOutputFilesRemovedOrChangedByHand_areMadeAgain() throws {
        let output = work.path("incremental")
        try buildAndCompare("first build")
        let later = Date().addingTimeInterval(5)
        try FileManager.default.removeItem(atPath: output + "/scenes/modem-house/index.html")
        try buildAndCompare("a scene page removed by hand")
        for page in [
            "index.html", "scenes/modem-house/2026-W47/index.html", "people/femke-carrier/index.html",
        ] {
            try "edited by hand".write(toFile: output + "/" + page, atomically: false, encoding: .utf8)
            try FileManager.default.setAttributes(
                [.modificationDate: later], ofItemAtPath: output + "/" + page)
        }
        let report = try buildAndCompare("three pages edited by hand")
        XCTAssertLessThan(report.rendered, 30)
        try FileManager.default.removeItem(atPath: output + "/scenes/creekside-steppers/history.svg")
        try FileManager.default.removeItem(atPath: output + "/radar.json")
        try buildAndCompare("a chart and radar.json removed by hand")
        try buildUnchanged("nothing changed after the repairs")
    }

    /// A file put by hand where a new scene's pages go is the user's: the build refuses and
    /// leaves it, and builds once it is moved away.
    func testFileOfTheUsersAtANewPagesPath_isNeverReplaced() throws {
        let output = work.path("incremental")
        try buildAndCompare("first build")
        try FileManager.default.createDirectory(
            atPath: output + "/scenes/modem-house-nl", withIntermediateDirectories: true)
        try "mine".write(
            toFile: output + "/scenes/modem-house-nl/index.html", atomically: true, encoding: .utf8)
        try FileManager.default.moveItem(
            atPath: vault + "/scenes/modem-house", toPath: vault + "/scenes/modem-house-nl")
        XCTAssertThrowsError(try SiteBuilder().build(.init(vault: vault, output: output))) { error in
            XCTAssertTrue(
                "\(error)".contains("it holds files radar did not write (scenes/modem-house-nl/index.html)"),
                "\(error)")
        }
        XCTAssertEqual(
            try String(contentsOfFile: output + "/scenes/modem-house-nl/index.html", encoding: .utf8), "mine")
        try FileManager.default.removeItem(atPath: output + "/scenes/modem-house-nl/index.html")
        try buildAndCompare("the user's file moved away")
    }

    /// A file someone adds to the output after a build makes the next build refuse the folder,
    /// with the cache as without it (SPEC §6: a folder holding files radar did not write), in
    /// the top level, in a folder radar made and in a new folder; once it is gone, builds go on.
    func testFileAddedToTheOutputByHand_isRefusedWithTheCacheAsWithout() throws {
        let output = work.path("incremental")
        try buildAndCompare("first build")
        for added in [
            "my-notes.txt", "scenes/modem-house/notes.txt", "scenes/modem-house/2026-W47/draft.html",
            "people/extra/deeper/page.html",
        ] {
            let folder = (output + "/" + added as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try "mine".write(toFile: output + "/" + added, atomically: false, encoding: .utf8)
            for incremental in [true, false] {
                XCTAssertThrowsError(
                    try SiteBuilder().build(.init(vault: vault, output: output, incremental: incremental)),
                    added
                ) { error in
                    XCTAssertTrue(
                        "\(error)".contains("it holds files radar did not write (\(added))"), "\(error)")
                }
            }
            XCTAssertEqual(try String(contentsOfFile: output + "/" + added, encoding: .utf8), "mine")
            try FileManager.default.removeItem(atPath: output + "/" + added)
            if added.hasPrefix("people/extra") {
                try FileManager.default.removeItem(atPath: output + "/people/extra")
            }
            try buildUnchanged("\(added) removed")
        }
    }

    /// A person who asks not to be published after a build disappears from the evidence of the
    /// scenes they made something for (how-it's-made), on the page and in radar.json, as in a
    /// clean build; and comes back when they change their mind.
    func testPersonMadePrivate_leavesTheEvidenceOfHowItsMade() throws {
        let output = work.path("incremental")
        try buildAndCompare("first build")
        let page = {
            try String(contentsOfFile: output + "/scenes/creekside-steppers/index.html", encoding: .utf8)
        }
        XCTAssertTrue(try page().contains("by Fen Cartwright"))
        try edit("people/fen-cartwright.md", replacing("kind: person\n", "kind: person\nprivate: true\n"))
        try buildAndCompare("Fen Cartwright made private")
        for file in ["scenes/creekside-steppers/index.html", "radar.json"] {
            let text = try String(contentsOfFile: output + "/" + file, encoding: .utf8)
            // His name stays only where the curator wrote it in text (a track's title, prose).
            XCTAssertFalse(text.contains("by Fen Cartwright"), file)
            XCTAssertTrue(text.contains("by uncredited (private)"), file)
        }
        try edit("people/fen-cartwright.md", replacing("private: true\n", ""))
        try buildAndCompare("Fen Cartwright public again")
        XCTAssertTrue(try page().contains("by Fen Cartwright"))
    }

    /// The vault's icon (`static/favicon.svg`) is named in every page's head; taken away or
    /// replaced by another kind, every page follows, as a clean build would have it.
    func testFavicon_isNamedByEveryPage_andFollowedWhenItChanges() throws {
        let output = work.path("incremental")
        try buildAndCompare("first build")
        let icon = { (page: String) in
            try String(contentsOfFile: output + "/" + page, encoding: .utf8).components(separatedBy: "\n")
                .filter { $0.hasPrefix("<link rel=\"icon\"") }
        }
        XCTAssertEqual(try icon("index.html"), ["<link rel=\"icon\" href=\"favicon.svg\">"])
        XCTAssertEqual(
            try icon("scenes/modem-house/index.html"), ["<link rel=\"icon\" href=\"../../favicon.svg\">"])
        try FileManager.default.moveItem(
            atPath: vault + "/static/favicon.svg", toPath: vault + "/static/favicon.png")
        try buildAndCompare("icon of another kind")
        XCTAssertEqual(
            try icon("people/dj-obalende/index.html"), ["<link rel=\"icon\" href=\"../../favicon.png\">"])
        try FileManager.default.removeItem(atPath: vault + "/static/favicon.png")
        try buildAndCompare("icon removed")
        XCTAssertEqual(try icon("index.html"), [])
    }

    func testDamagedCache_isDiscardedWithANote() throws {
        _ = try SiteBuilder().build(.init(vault: vault, output: work.path("out")))
        let cache = vault + "/.radar-cache/build.bin"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: cache))
        bytes[bytes.count / 2] ^= 0xFF
        bytes.removeLast(7)
        try bytes.write(to: URL(fileURLWithPath: cache))
        let report = try SiteBuilder().build(.init(vault: vault, output: work.path("out")))
        XCTAssertEqual(
            report.notes,
            ["the build cache is damaged or from another version of radar; building from scratch"])
        XCTAssertGreaterThan(report.rendered, 60)
        try "radar-build-cache v0".write(toFile: cache, atomically: true, encoding: .utf8)
        XCTAssertEqual(try SiteBuilder().build(.init(vault: vault, output: work.path("out"))).notes.count, 1)
        try buildAndCompare("after a damaged cache")
    }

    /// One flipped bit anywhere in the cache's metadata is found by its checksum: the cache is
    /// discarded with a note, never read as a slightly different cache (a flip in a name once
    /// removed a person's page, with no note, until that scene changed).
    func testCacheWithAnyBitFlipped_isDiscardedWithANote() throws {
        let options = SiteBuilder.Options(vault: vault, output: work.path("out"))
        _ = try SiteBuilder().build(options)
        let cache = vault + "/.radar-cache/build.bin"
        let original = try Data(contentsOf: URL(fileURLWithPath: cache))
        var generator = SplitMix64(state: 7)
        for _ in 0..<12 {
            var bytes = original
            let index = Int.random(in: 0..<bytes.count, using: &generator)
            bytes[index] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &generator)
            try bytes.write(to: URL(fileURLWithPath: cache))
            let report = try SiteBuilder().build(options)
            XCTAssertEqual(
                report.notes,
                ["the build cache is damaged or from another version of radar; building from scratch"],
                "byte \(index)")
        }
        try buildAndCompare("after flipped bits")
    }

    /// Two revisions of a vault built in turn into one folder: each vault's cache describes the
    /// folder as its own last build left it, which the other build changed, so it must not be
    /// trusted for what the folder holds (a person page of the other revision was once kept).
    func testOutputRebuiltByAnotherVault_isNotTakenForThisCachesOutput() throws {
        let other = work.path("other")
        try FileManager.default.copyItem(atPath: vault, toPath: other)
        let log = other + "/scenes/modem-house/log/2026-W47.md"
        let text = try String(contentsOfFile: log, encoding: .utf8)
        XCTAssertTrue(text.contains("Femke Carrier"))
        try text.replacingOccurrences(of: "title: No Carrier", with: "title: No Carrier (B)")
            .write(toFile: log, atomically: true, encoding: .utf8)
        let shared = work.path("shared")
        let cleanA = work.path("clean-a")
        let cleanB = work.path("clean-b")
        _ = try SiteBuilder().build(.init(vault: vault, output: cleanA, incremental: false))
        _ = try SiteBuilder().build(.init(vault: other, output: cleanB, incremental: false))
        XCTAssertNotEqual(try snapshot(cleanA), try snapshot(cleanB))
        for (source, clean) in [(vault, cleanA), (other, cleanB), (vault, cleanA), (other, cleanB)] {
            _ = try SiteBuilder().build(.init(vault: source, output: shared))
            let built = try snapshot(shared)
            let expected = try snapshot(clean)
            XCTAssertEqual(built.keys.sorted(), expected.keys.sorted())
            for (path, bytes) in built where expected[path] != bytes {
                XCTFail("\(path) differs from a clean build of \(source)")
            }
        }
    }

    /// The large outputs of kept scenes are read from blobs.bin piece by piece: damaged, cut or
    /// missing pieces make their scenes be read and rendered again, never published.
    func testDamagedBlobs_theirScenesAreRenderedAgain() throws {
        _ = try SiteBuilder().build(.init(vault: vault, output: work.path("incremental")))
        let blobs = URL(fileURLWithPath: vault + "/.radar-cache/blobs.bin")
        let log = "scenes/modem-house/log/2026-W47.md"
        var data = try Data(contentsOf: blobs)
        for offset in stride(from: data.count / 3, to: data.count, by: data.count / 5) {
            data[offset] ^= 0x01
        }
        try data.write(to: blobs)
        try edit(log, replacing("title: No Carrier", "title: No Carrier (edit 1)"))
        try buildAndCompare("damaged blobs")
        try data.prefix(data.count / 2).write(to: blobs)
        try edit(log, replacing("(edit 1)", "(edit 2)"))
        try buildAndCompare("blobs cut short")
        try FileManager.default.removeItem(at: blobs)
        try edit(log, replacing("(edit 2)", "(edit 3)"))
        try buildAndCompare("blobs missing")
        try edit(log, replacing("(edit 3)", "(edit 4)"))
        try buildAndCompare("after blobs were written again")
    }

    /// Editing a log's prose changes no one's credits and nothing the index, the credits
    /// directory or radar.json show: the scene's pages are rendered (and the 404 page), no person
    /// page is, and those site-wide files are kept as they are.
    /// A note rewritten in place to the same size with its modification time put back
    /// (`rsync -t --inplace`, `touch -r`) is still read: its status change time moved.
    func testNoteRewrittenWithItsOldTimeAndSize_isReadAgain() throws {
        try buildAndCompare("first build")
        let path = vault + "/scenes/modem-house/log/2026-W47.md"
        let before = try XCTUnwrap(LocalFileSystem().info(path))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "scene around it has", with: "scene around it HAS")
        XCTAssertNotEqual(edited, text)
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(edited.utf8))
        try handle.close()
        let seconds = before.modified / 1_000_000_000
        var times = [
            timespec(tv_sec: Int(seconds), tv_nsec: Int(before.modified % 1_000_000_000)),
            timespec(tv_sec: Int(seconds), tv_nsec: Int(before.modified % 1_000_000_000)),
        ]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
        let after = try XCTUnwrap(LocalFileSystem().info(path))
        XCTAssertEqual([after.size, after.modified], [before.size, before.modified])
        XCTAssertEqual(after.inode, before.inode)
        let report = try buildAndCompare("rewritten in place, its time put back")
        XCTAssertGreaterThan(report.rendered, 0)
        let page = try String(
            contentsOfFile: work.path("incremental/scenes/modem-house/2026-W47/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("scene around it HAS"))
    }

    func testLogProseEdited_rendersNoPersonPageAndKeepsTheSiteWideFiles() throws {
        let output = work.path("incremental")
        _ = try SiteBuilder().build(.init(vault: vault, output: output))
        let files = BuildDigest.siteWideFiles.map { output + "/" + $0 }
        let before = files.map { LocalFileSystem().info($0) }
        try edit(
            "scenes/modem-house/log/2026-W47.md", replacing("scene around it has", "scene around it had"))
        let report = try SiteBuilder().build(.init(vault: vault, output: output))
        // modem-house: its page, its credits page, 8 weekly logs; and the 404 page.
        XCTAssertEqual(report.rendered, 2 + 8 + 1)
        XCTAssertEqual(files.map { LocalFileSystem().info($0) }, before)
        try buildAndCompare("log prose edited")
    }

    /// An edit that moves a scene's score changes the index and radar.json; one that changes a
    /// credit changes the credits directory: each is made again.
    func testSiteWideFiles_areMadeAgainWhenWhatTheyShowChanges() throws {
        let output = work.path("incremental")
        _ = try SiteBuilder().build(.init(vault: vault, output: output))
        try edit("scenes/modem-house/log/2026-W47.md", replacing("attendance: 45", "attendance: 450"))
        XCTAssertGreaterThanOrEqual(try buildAndCompare("an event draws more people").rendered, 2 + 8 + 3)
        try edit(
            "scenes/modem-house/log/2026-W47.md",
            replacing("producer: [Luuk Baud]", "producer: [Femke Carrier]"))
        XCTAssertGreaterThanOrEqual(try buildAndCompare("a track's credit changes").rendered, 2 + 8 + 3)
        try edit("scenes/modem-house/scene.md", replacing("name: Modem House", "name: Modem Haus"))
        XCTAssertGreaterThanOrEqual(try buildAndCompare("a scene is renamed").rendered, 2 + 8 + 3)
    }

    /// A person page links the scenes its note names: renaming a scene the person is not
    /// credited in still changes the page.
    func testPersonNoteLinks_followRenamedScenes() throws {
        try "---\nname: Zed Linker\n---\nRegular at [[Creekside Steppers]] and [[Modem House]].\n".write(
            toFile: vault + "/people/zed-linker.md", atomically: true, encoding: .utf8)
        try buildAndCompare("a person note linking two scenes")
        try edit(
            "scenes/creekside-steppers/scene.md",
            replacing("name: Creekside Steppers", "name: Creekside Steps"))
        try buildAndCompare("a linked scene renamed")
        try edit(
            "scenes/modem-house/scene.md",
            replacing("handshake house]", "handshake house, Creekside Steppers]"))
        try buildAndCompare("another scene takes the old name as an alias")
    }

    /// A link written as a slug shows the target's name, so renaming the target changes the
    /// text of every page that links it so.
    func testLinksWrittenAsSlugs_showTheNameAndFollowRenames() throws {
        try edit(
            "scenes/modem-house/log/2026-W47.md",
            { $0 + "\nSee [[scenes/creekside-steppers]] and [[people/femke-carrier]].\n" })
        try buildAndCompare("a log linking by slugs")
        let page = work.path("incremental") + "/scenes/modem-house/2026-W47/index.html"
        var html = try String(contentsOfFile: page, encoding: .utf8)
        XCTAssertTrue(html.contains(">Creekside Steppers</a> and "), html)
        XCTAssertTrue(html.contains(">Femke Carrier</a>."), html)
        try edit("people/femke-carrier.md", replacing("name: Femke Carrier", "name: Femke Carrier-Vos"))
        try edit(
            "scenes/creekside-steppers/scene.md",
            replacing("name: Creekside Steppers", "name: Creekside Steps"))
        try buildAndCompare("both targets renamed")
        html = try String(contentsOfFile: page, encoding: .utf8)
        XCTAssertTrue(html.contains(">Creekside Steps</a> and "), html)
        XCTAssertTrue(html.contains(">Femke Carrier-Vos</a>."), html)
    }

    /// A person reference's written form (its quotes) is kept in the cache, so a reference read
    /// from it is underlined as one read from the note.
    func testQuotedPeopleReference_keepsItsWrittenFormInTheCache() throws {
        try edit(
            "scenes/modem-house/log/2026-W47.md",
            replacing("artists: [", "artists: [\"people/nobody-here\", "))
        try buildAndCompare("a quoted reference to a missing note")
        let canonical = try XCTUnwrap(LocalFileSystem().canonicalPath(vault))
        let loaded = BuildCache.load(canonicalRoot: canonical, fileSystem: LocalFileSystem())
        XCTAssertNil(loaded.note)
        let reference = loaded.cache?.scenes["modem-house"]?.explicitReferences.first {
            $0.text == "people/nobody-here"
        }
        XCTAssertEqual(reference?.writtenStyle, .doubleQuoted)
        XCTAssertEqual(reference?.writtenLength, 20)
    }

    func testCache_isInTheVaultNeverInTheOutput() throws {
        _ = try SiteBuilder().build(.init(vault: vault, output: work.path("out")))
        XCTAssertTrue(FileManager.default.fileExists(atPath: vault + "/.radar-cache/build.bin"))
        let output = try FileManager.default.contentsOfDirectory(atPath: work.path("out"))
        XCTAssertFalse(output.contains { $0.contains("cache") })
    }

    /// A build killed while saving the cache leaves the temporary file it was writing: the next
    /// build that saves the cache removes it, and nothing else in the cache's folder.
    func testCacheSaved_removesTemporaryFilesOfBuildsKilledWhileSavingIt() throws {
        try buildAndCompare("first build")
        let folder = vault + "/.radar-cache/"
        for name in ["build.bin.tmp-4242", "blobs.bin.tmp-4243", "kept.txt"] {
            try "half".write(toFile: folder + name, atomically: false, encoding: .utf8)
        }
        try edit("scenes/modem-house/log/2026-W47.md", { $0 + "\nOne more line.\n" })
        try buildAndCompare("after an edit")
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted(),
            ["blobs.bin", "build.bin", "kept.txt"])
    }

    /// More logs than the feed lists: deleting the newest ones brings older entries of scenes
    /// that were not rebuilt into the feed.
    func testFeedWindow_olderEntriesOfKeptScenesComeBackCorrectly() throws {
        try FileManager.default.removeItem(atPath: vault)
        for scene in 0..<12 {
            let folder = vault + "/scenes/s\(scene)"
            try FileManager.default.createDirectory(
                atPath: folder + "/log", withIntermediateDirectories: true)
            try """
            ---
            name: Scene \(scene)
            spotted: 2026-01-05
            formation: {containers: [{kind: party, name: Night \(scene)}]}
            ---
            """.write(toFile: folder + "/scene.md", atomically: true, encoding: .utf8)
            for week in 1...10 {
                let label = String(format: "2026-W%02d", week + scene % 3)
                try "---\nartists: [Ada \(scene), Bo]\n---\nWeek \(week) of scene \(scene).\n".write(
                    toFile: folder + "/log/\(label).md", atomically: true, encoding: .utf8)
            }
        }
        try buildAndCompare("120 logs")
        for week in 9...12 {
            try? FileManager.default.removeItem(
                atPath: vault + "/scenes/s2/log/" + String(format: "2026-W%02d.md", week))
            try? FileManager.default.removeItem(
                atPath: vault + "/scenes/s5/log/" + String(format: "2026-W%02d.md", week))
        }
        try buildAndCompare("newest logs of two scenes deleted")
    }
}
