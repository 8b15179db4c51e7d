import Foundation
import Synchronization
import XCTest

@testable import SceneRadar

final class BuildCommandTests: XCTestCase {
    private func vault() throws -> TemporaryVault {
        try TemporaryVault([
            "scenes/a/scene.md": "---\nname: Alpha\nspotted: 2026-01-05\n---\nHello.\n",
            "scenes/a/log/2026-W02.md": "---\nartists: [Ada]\n---\n",
            "scenes/b/scene.md": "---\nname: [broken\n---\n",
        ])
    }

    /// The vault without its broken scene.
    private func cleanVault() throws -> TemporaryVault {
        let vault = try vault()
        try FileManager.default.removeItem(atPath: vault.path("scenes/b"))
        return vault
    }

    /// `radar build VAULT -o VAULT/out --quiet` plus `extra`.
    private func build(_ vault: TemporaryVault, _ extra: [String] = []) -> (
        status: Int32, out: String, err: String
    ) {
        Fixtures.run(["build", vault.root, "-o", vault.path("out"), "--quiet"] + extra)
    }

    func testBuild_brokenNote_exitsOneButWritesTheRest() throws {
        let vault = try vault()
        let result = Fixtures.run(["build", vault.root, "-o", vault.path("out"), "--quiet"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("scenes/b/scene.md:2:7: error[syntax]"), result.err)
        XCTAssertTrue(FileManager.default.fileExists(atPath: vault.path("out/scenes/a/index.html")))
        XCTAssertFalse(FileManager.default.fileExists(atPath: vault.path("out/scenes/b/index.html")))
        // Without --quiet, the summary says what was built and that there are errors to fix.
        let loud = Fixtures.run(["build", vault.root, "-o", vault.path("out")])
        XCTAssertEqual(loud.status, 1)
        let summary = loud.err.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(summary.hasPrefix("radar: built "), loud.err)
        XCTAssertTrue(summary.hasSuffix(" written), with errors to fix before publishing"), loud.err)
    }

    /// While another radar build holds `held` (a folder), `radar build` says so, waits, and then
    /// builds; the locks are let go when the build is over, though the command keeps its objects.
    /// With `quiet`, it waits without a word, as `--quiet` promises.
    private func assertWaits(
        for held: String, in vault: TemporaryVault, saying what: String, quiet: Bool = false
    ) throws {
        XCTAssertEqual(build(vault).status, 0)
        var holder = FolderLock(path: held, waiting: { XCTFail("the folder is free") })
        let done = DispatchSemaphore(value: 0)
        let result = Mutex<(status: Int32, out: String, err: String)?>(nil)
        let arguments = ["build", vault.root, "-o", vault.path("out")] + (quiet ? ["-q"] : [])
        DispatchQueue.global().async {
            let outcome = Fixtures.run(arguments)
            result.withLock { $0 = outcome }
            done.signal()
        }
        XCTAssertEqual(done.wait(timeout: .now() + 0.5), .timedOut)
        holder = nil
        XCTAssertEqual(done.wait(timeout: .now() + 60), .success)
        let outcome = try XCTUnwrap(result.withLock { $0 })
        XCTAssertEqual(outcome.status, 0)
        if quiet {
            XCTAssertEqual(outcome.err, "")
        } else {
            XCTAssertTrue(
                outcome.err.hasPrefix("radar: waiting for another radar build, which holds \(what)\n"),
                outcome.err)
            XCTAssertTrue(outcome.err.contains("(7 pages unchanged, 0 files written)"), outcome.err)
        }
        XCTAssertNil(holder)
        // The command let go: the next build does not wait.
        XCTAssertFalse(build(vault).err.contains("waiting"))
    }

    func testBuild_intoAFolderAnotherBuildIsWriting_waitsForIt() throws {
        let vault = try cleanVault()
        try assertWaits(for: vault.path("out"), in: vault, saying: "the output folder")
    }

    func testBuild_ofAVaultAnotherBuildIsBuilding_waitsForIt() throws {
        let vault = try cleanVault()
        try assertWaits(for: vault.root, in: vault, saying: "this vault's build cache")
    }

    func testBuild_quiet_waitsWithoutAWord() throws {
        let vault = try cleanVault()
        try assertWaits(for: vault.root, in: vault, saying: "this vault's build cache", quiet: true)
    }

    func testBuild_badBaseURL_isAUsageError() throws {
        let vault = try vault()
        let result = Fixtures.run(["build", vault.root, "--base-url", "javascript:alert(1)"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.err.hasPrefix("Error: Invalid value 'javascript:alert(1)' for '--base-url'"))
        let query = Fixtures.run(["build", vault.root, "--base-url", "https://x.org/p?q=1"])
        XCTAssertEqual(query.status, 2)
        XCTAssertTrue(
            query.err.hasPrefix(
                "Error: Invalid value 'https://x.org/p?q=1' for '--base-url'; it has a query ('?')"),
            query.err)
        let port = Fixtures.run(["build", vault.root, "--base-url", "https://x.org:99999/"])
        XCTAssertEqual(port.status, 2)
        XCTAssertTrue(port.err.contains("its port '99999' is not a number from 1 to 65535"), port.err)
    }

    /// `--base-url` is published as radar.yml's is: percent-escaped where an address may not
    /// hold a character as it is.
    func testBuild_baseURLWithLettersOutsideASCII_isPublishedEscaped() throws {
        let vault = try cleanVault()
        let result = Fixtures.run([
            "build", vault.root, "-o", vault.path("out"), "--base-url", "https://x.org/radär/",
        ])
        XCTAssertEqual(result.status, 0, result.err)
        let sitemap = try String(contentsOfFile: vault.path("out/sitemap.xml"), encoding: .utf8)
        XCTAssertTrue(sitemap.contains("<loc>https://x.org/rad%C3%A4r/</loc>"), sitemap)
        XCTAssertFalse(sitemap.contains("radär"), sitemap)
    }

    func testBuild_intoTheVaultItself_exitsTwo() throws {
        let vault = try vault()
        let result = Fixtures.run(["build", vault.root, "-o", vault.root])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.err.contains("refusing to build into the vault itself"))
    }

    func testBuild_summaryLine() throws {
        let vault = try cleanVault()
        let first = Fixtures.run(["build", vault.root, "-o", vault.path("out")])
        XCTAssertEqual(first.status, 0)
        // The summary is the last line (a note on the missing base-url comes before it).
        let summary = first.err.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(summary.hasPrefix("radar: built 7 pages, 5 charts into "), first.err)
        let second = Fixtures.run(["build", vault.root, "-o", vault.path("out")])
        XCTAssertTrue(second.err.contains("unchanged"), second.err)
    }

    func testBuild_withoutBaseURL_saysSoAndTheSitemapNeverHasAnEmptyAddress() throws {
        let vault = try cleanVault()
        // Not --quiet, which prints errors and warnings only.
        let result = Fixtures.run(["build", vault.root, "-o", vault.path("out")])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.err.contains("radar: note: no base-url is set"), result.err)
        XCTAssertFalse(build(vault).err.contains("radar: note:"))
        let sitemap = try vault.read("out/sitemap.xml")
        XCTAssertTrue(sitemap.contains("<loc>./</loc>"), sitemap)
        XCTAssertFalse(sitemap.contains("<loc></loc>"), sitemap)
        let withBase = build(vault, ["--base-url", "https://radar.example.org/"])
        XCTAssertFalse(withBase.err.contains("base-url"), withBase.err)
        XCTAssertTrue(try vault.read("out/sitemap.xml").contains("<loc>https://radar.example.org/</loc>"))
    }

    func testBuild_sitemap_listsEveryPageByItsAddress_escapedWhereNeeded() throws {
        let vault = try cleanVault()
        for base in ["https://radar.example.org/", "https://radar.example.org/a&b/"] {
            XCTAssertEqual(build(vault, ["--base-url", base]).status, 0)
            let pages = Fixtures.files(in: vault.path("out")).filter {
                $0.hasSuffix(".html") && $0 != "404.html"
            }
            let escaped = base.replacingOccurrences(of: "&", with: "&amp;")
            let expected = pages.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { page in
                "  <url><loc>" + escaped + SitePaths.pretty(page) + "</loc></url>\n"
            }
            XCTAssertEqual(
                try vault.read("out/sitemap.xml"),
                #"<?xml version="1.0" encoding="UTF-8"?>"#
                    + "\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                    + expected.joined() + "</urlset>\n")
        }
    }

    func testBuild_brokenThemeOverride_reportsItsErrorOnly() throws {
        let vault = try cleanVault()
        try vault.write("theme/scene.mustache", "{{<base}}{{$content}}{{#a}}x{{/content}}{{/base}}\n")
        let result = build(vault)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(
            result.err.contains(
                "theme/scene.mustache:1:29: error[template]: closing tag 'content' does not match the open section 'a'"
            ),
            result.err)
        XCTAssertFalse(result.err.contains("the theme has no 'scene.mustache' template"), result.err)
    }

    /// A layout that does not parse is one error: the pages that include it do not also say it
    /// is missing.
    func testBuild_brokenLayout_isOneErrorNamingTheBlock() throws {
        let vault = try cleanVault()
        try vault.write("theme/layout.mustache", "<html>{{$main}}\n")
        let result = build(vault)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(
            result.err.contains("theme/layout.mustache:1:7: error[template]: block 'main' is never closed"),
            result.err)
        XCTAssertFalse(result.err.contains("does not exist"), result.err)
        XCTAssertEqual(result.err.components(separatedBy: "error[template]").count, 2, result.err)
    }

    /// A template error met while rendering leaves the pages the last build wrote (a published
    /// site never loses a page to it), is reported once naming the pages, and again on the next
    /// build; once fixed, the site is a clean build's.
    func testBuild_templateErrorWhileRendering_keepsTheLastPages_andIsReportedUntilFixed() throws {
        let vault = try cleanVault()
        XCTAssertEqual(build(vault).status, 0)
        let before = try Fixtures.files(in: vault.path("out")).map { ($0, try vault.read("out/" + $0)) }
        try vault.write("theme/chart.mustache", "x{{>chart}}\n")
        for _ in 0..<2 {
            let broken = Fixtures.run(["build", vault.root, "-o", vault.path("out")])
            XCTAssertEqual(broken.status, 1, broken.err)
            XCTAssertEqual(
                broken.err.components(separatedBy: "error[template]").count, 2,
                "one error, not one per page: \(broken.err)")
            XCTAssertTrue(broken.err.contains("= note: while rendering index.html, scenes/"), broken.err)
            XCTAssertTrue(broken.err.contains("the last build's page"), broken.err)
            // The stopped pages are not counted as unchanged in the summary: every other page
            // was rendered again for the new theme.
            XCTAssertTrue(broken.err.contains("; 2 pages not rendered for the errors above,"), broken.err)
            XCTAssertFalse(broken.err.contains("pages unchanged"), broken.err)
            XCTAssertEqual(
                try Fixtures.files(in: vault.path("out")).map { ($0, try vault.read("out/" + $0)) }.map(\.0),
                before.map(\.0))
            for (path, text) in before { XCTAssertEqual(try vault.read("out/" + path), text, path) }
        }
        // A stopped page edited by hand (its old time given back) stays too, as it is.
        try vault.write("out/index.html", "edited by hand")
        var old = [timespec](repeating: timespec(tv_sec: 1_577_836_800, tv_nsec: 0), count: 2)
        XCTAssertEqual(utimensat(AT_FDCWD, vault.path("out/index.html"), &old, 0), 0)
        XCTAssertEqual(build(vault).status, 1)
        XCTAssertEqual(try vault.read("out/index.html"), "edited by hand")
        try FileManager.default.removeItem(atPath: vault.path("theme/chart.mustache"))
        XCTAssertEqual(build(vault).status, 0)
        for (path, text) in before { XCTAssertEqual(try vault.read("out/" + path), text, path) }
    }

    /// On a first build there is no page to keep: the error's note says the stopped pages were
    /// not written, and the summary counts only the pages built.
    func testBuild_templateErrorOnAFirstBuild_saysThePagesWereNotWritten() throws {
        let vault = try cleanVault()
        let clean = Fixtures.run(["build", vault.root, "-o", vault.path("clean")])
        XCTAssertEqual(clean.status, 0, clean.err)
        try vault.write("theme/chart.mustache", "x{{>chart}}\n")
        let broken = Fixtures.run(["build", vault.root, "-o", vault.path("out")])
        XCTAssertEqual(broken.status, 1, broken.err)
        XCTAssertTrue(
            broken.err.contains("(2 pages); not written (no earlier build of them to keep)"), broken.err)
        XCTAssertFalse(broken.err.contains("the last build's"), broken.err)
        func pages(_ err: String) -> Int? {
            guard let range = err.range(of: #"built \d+ pages"#, options: .regularExpression) else {
                return nil
            }
            return Int(err[range].split(separator: " ")[1])
        }
        XCTAssertEqual(pages(broken.err).map { $0 + 2 }, pages(clean.err), broken.err)
        XCTAssertTrue(broken.err.contains("; 2 pages not rendered for the errors above,"), broken.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: vault.path("out/index.html")))
    }

    /// A theme file where the default theme has a folder (`theme/assets` beside
    /// `assets/radar.css`) is not copied, with a warning; the build does not fail.
    func testBuild_themeFileAtTheDefaultThemesFolder_isWarnedAboutAndNotCopied() throws {
        let vault = try cleanVault()
        try vault.write("theme/assets", "a file")
        let result = build(vault)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.err.contains("theme/assets: warning[misplaced-file]"), result.err)
        XCTAssertTrue(try vault.read("out/assets/radar.css").contains("{"))
    }

    /// A theme whose pages write no Content-Security-Policy is warned about, naming the page
    /// templates whose layouts and partials leave it out; the build does not fail.
    func testBuild_themeWithoutThePolicy_isWarnedAbout() throws {
        let vault = try cleanVault()
        try vault.write("theme/log.mustache", "<p>{{week}}</p>\n")
        var result = build(vault)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(
            result.err.contains(
                "theme/log.mustache: warning[template]: the page template 'log.mustache' writes no Content-Security-Policy: its pages would not carry the policy that keeps scripts from running"
            ), result.err)
        XCTAssertTrue(
            result.err.contains("content=\"{{site.csp}}\"> in the <head> of the layout they use"), result.err)

        try vault.write("theme/layout.mustache", "<html><body>{{$main}}{{/main}}</body></html>\n")
        result = build(vault)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(
            result.err.contains(
                "theme/layout.mustache: warning[template]: the page templates 'index.mustache', 'scene.mustache', 'log.mustache', 'scene-credits.mustache', 'person.mustache', 'credits.mustache', '404.mustache' write no Content-Security-Policy"
            ), result.err)

        // The words in a Mustache comment write nothing.
        try vault.write(
            "theme/layout.mustache",
            "<html><head>{{! no Content-Security-Policy here }}</head><body>{{$main}}{{/main}}</body></html>\n"
        )
        result = build(vault)
        XCTAssertTrue(result.err.contains("'404.mustache' write no Content-Security-Policy"), result.err)

        // A policy written in a partial the layout includes counts.
        try vault.write(
            "theme/layout.mustache", "<html><head>{{>head}}</head><body>{{$main}}{{/main}}</body></html>\n")
        try vault.write(
            "theme/head.mustache", "<meta http-equiv=\"content-security-policy\" content=\"{{site.csp}}\">\n")
        try vault.write("theme/log.mustache", "{{<layout}}{{$main}}<p>{{week}}</p>{{/main}}{{/layout}}\n")
        result = build(vault)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertFalse(result.err.contains("Content-Security-Policy"), result.err)
    }

    /// Every list of objects marks its final item with `last`, as the docs say a theme can
    /// rely on: here the log's artists and the scene's logs, which had no such key.
    func testThemeData_everyListOfObjects_marksItsLastItem() throws {
        let vault = try TemporaryVault([
            "scenes/a/scene.md": "---\nname: Alpha\nspotted: 2026-01-05\ntags: [dub]\n---\n",
            "scenes/a/log/2026-W02.md": "---\nartists: [Ada, Bo, Cy]\n---\n",
            "scenes/a/log/2026-W03.md": "---\nartists: [Ada]\n---\n",
            "theme/log.mustache": "{{#artists}}{{name}}{{^last}}, {{/last}}{{/artists}}.\n",
            "theme/scene.mustache":
                "{{#logs}}{{week}}{{^last}}, {{/last}}{{/logs}}. {{#hasTags}}{{#tags}}{{.}}{{/tags}}{{/hasTags}}\n",
        ])
        let result = build(vault)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(try vault.read("out/scenes/a/2026-W02/index.html"), "Ada, Bo, Cy.\n")
        XCTAssertEqual(try vault.read("out/scenes/a/index.html"), "2026-W03, 2026-W02. dub\n")
    }

    func testBuild_staticFileAtAGeneratedPath_isWarnedAboutAndNotCopied() throws {
        let vault = try cleanVault()
        try vault.write("static/index.html", "mine")
        try vault.write("static/robots.txt", "User-agent: *\n")
        let result = build(vault)
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(
            result.err.contains(
                "static/index.html: warning[misplaced-file]: 'static/index.html' is where the site has a file or folder of its own"
            ),
            result.err)
        XCTAssertNotEqual(try vault.read("out/index.html"), "mine")
        XCTAssertEqual(try vault.read("out/robots.txt"), "User-agent: *\n")
    }

    /// A theme file at a generated page's path, or where the site has a folder, is not copied
    /// (the generated page is published, and the build does not fail on a folder); a static
    /// file at the theme file's path is not copied either.
    func testBuild_themeFilesAtTheSitesPaths_areWarnedAboutAndNotCopied() throws {
        let vault = try cleanVault()
        try vault.write("theme/index.html", "mine")
        try vault.write("theme/credits", "a file where the credits folder is")
        try vault.write("theme/404.html/x.txt", "below a generated file")
        try vault.write("theme/robots.txt", "User-agent: *\n")
        try vault.write("static/robots.txt", "Disallow: /\n")
        for _ in 0..<2 {
            let result = build(vault)
            XCTAssertEqual(result.status, 0, result.err)
            for path in ["theme/index.html", "theme/credits", "theme/404.html/x.txt", "static/robots.txt"] {
                XCTAssertTrue(
                    result.err.contains("\(path): warning[misplaced-file]: '\(path)' is where the site has"),
                    "\(path): \(result.err)")
            }
            XCTAssertFalse(result.err.contains("theme/robots.txt:"), result.err)
            XCTAssertNotEqual(try vault.read("out/index.html"), "mine")
            XCTAssertTrue(try vault.read("out/credits/index.html").contains("<html"))
            XCTAssertEqual(try vault.read("out/robots.txt"), "User-agent: *\n")
        }
    }

    /// A file that does not fit the layout is found before radar.yml is read; the vault's
    /// `lint.ignore` silences it all the same, in lint (strict too) and in build.
    func testMisplacedFile_silencedByTheVaultsLintIgnore() throws {
        let vault = try cleanVault()
        try vault.write("scenes/README.md", "# notes\n")
        let warned = Fixtures.run(["lint", vault.root, "--strict"])
        XCTAssertEqual(warned.status, 1)
        XCTAssertTrue(warned.out.contains("warning[misplaced-file]"), warned.out)
        try vault.write("radar.yml", "title: T\nlint:\n  ignore: [misplaced-file, log.markers-missing]\n")
        let linted = Fixtures.run(["lint", vault.root, "--strict"])
        XCTAssertFalse(linted.out.contains("misplaced-file"), linted.out)
        XCTAssertEqual(linted.status, 0, linted.out)
        let built = build(vault)
        XCTAssertEqual(built.status, 0)
        XCTAssertFalse(built.err.contains("misplaced-file"), built.err)
        try vault.write("static/index.html", "mine")
        XCTAssertFalse(build(vault).err.contains("misplaced-file"))
    }
}
