import Foundation
import XCTest

@testable import SceneRadar

/// The hostile vault (`Tests/Fixtures/hostile`, plus what `HostileVault` adds at run time) is
/// built once: every bad input gets a clear diagnostic, the build fails (status 1) but writes
/// every other page, nothing outside the output folder changes, and every user string in the
/// output is escaped for its context (`SiteAudit`).
final class HostileVaultTests: XCTestCase {
    /// A debug build of the whole vault takes a few seconds; a hang must fail, not block CI.
    static let budget = 180.0
    /// The incremental build cache (SPEC §1) is radar's to write inside the vault; the notes are not.
    static let buildCache: Set<String> = [".radar-cache"]

    private struct Built {
        let vault: HostileVault
        let vaultBefore: TreeSnapshot
        let outsideBefore: TreeSnapshot
        let report: SiteBuilder.Report?
        let failure: String?
        let seconds: Double
    }

    nonisolated(unsafe) private static var built: Built?

    private func build() throws -> Built {
        if let built = Self.built { return built }
        let vault = try HostileVault()
        let vaultBefore = TreeSnapshot(vault.vault, skipping: Self.buildCache)
        let outsideBefore = TreeSnapshot(vault.outside)
        let options = SiteBuilder.Options(vault: vault.vault, output: vault.output)
        var seconds = 0.0
        let result = Deadline.run(Self.budget, elapsed: &seconds) {
            () -> Result<SiteBuilder.Report, SiteBuilder.Failure> in
            Result { () throws(SiteBuilder.Failure) in
                try SiteBuilder(fileSystem: PermissionRespectingFileSystem.forThisUser).build(options)
            }
        }
        let failure: String?
        let report: SiteBuilder.Report?
        switch result {
        case .success(let value)?:
            report = value
            failure = nil
        case .failure(let error)?:
            report = nil
            failure = "the build stopped: \(error.message)"
        case nil:
            report = nil
            failure = "the build did not finish within \(Self.budget) s"
        }
        print("HostileVaultTests: hostile build took \(String(format: "%.2f", seconds)) s")
        let built = Built(
            vault: vault, vaultBefore: vaultBefore, outsideBefore: outsideBefore, report: report,
            failure: failure,
            seconds: seconds)
        Self.built = built
        return built
    }

    private func report() throws -> (Built, SiteBuilder.Report) {
        let built = try build()
        guard let report = built.report else { throw XCTSkip(built.failure ?? "no report") }
        return (built, report)
    }

    override class func tearDown() {
        built = nil
        super.tearDown()
    }

    // MARK: - Diagnostics

    func testBuild_finishesWithinItsBudget() throws {
        let built = try build()
        XCTAssertNil(built.failure)
    }

    func testBuild_reportsEachBadInput_withCodeFileAndPosition() throws {
        let (built, report) = try report()
        let prefix = built.vault.vault + "/"
        let actual = report.diagnostics.map { diagnostic -> String in
            let file = diagnostic.location.file.replacingOccurrences(of: prefix, with: "")
            let location = diagnostic.location
            let position = location.line > 0 ? ":\(location.line):\(location.column)" : ""
            return "\(diagnostic.severity) \(diagnostic.code.rawValue) \(file)\(position)"
        }
        XCTAssertEqual(actual.sorted(), Self.expectedDiagnostics.sorted())
        for diagnostic in report.diagnostics {
            XCTAssertFalse(diagnostic.message.isEmpty)
            XCTAssertFalse(diagnostic.message.contains("Optional("), diagnostic.message)
        }
    }

    /// One line per bad input: severity, code, file (relative to the vault), line and column.
    static let expectedDiagnostics: [String] = [
        // Run-time files: special files, links out of the vault, names that are markup, limits.
        "error slug people/\(HostileVault.markupPersonFile)",
        "error slug people/new\nline.md",
        "error io people/fifo.md",
        "error io people/linked-out.md",
        "error io people/locked.md",
        "error io people/loop.md",
        "error limit people/huge.md",
        "error limit people/very-deep.md:3:108",
        "error limit people/block-deep.md:4:201",
        "error slug scenes/\(HostileVault.markupSceneFolder)",
        "error io scenes/linked-out",
        "error io scenes/xss-everywhere/log/2026-W44.md",
        "error io scenes/xss-everywhere/log/2026-W45.md",
        "error limit scenes/big-log/log/2026-W47.md:4:3",
        "error io static/leak-dir",
        "error io static/leak.txt",
        "error io static/locked.txt",
        "error io static/pipe.txt",
        // Fixture files: a language that breaks out of its attribute, slugs with '..', encoding,
        // nesting, YAML aliases.
        "error config radar.yml:6:11",
        "error slug people/x..y.md",
        "error slug scenes/a..b",
        "error slug scenes/bad-refs/log/2026-W46.md:4:5",
        "error date scenes/bad-refs/log/2026-W47.md:3:7",
        "error encoding people/latin1.md:3:22",
        "error limit people/deep.md:4:108",
        "error syntax people/laughs.md:4:6",
        // Script, data and other non-http(s) URLs in every url-typed field.
        "error url people/bad-links.md:5:5",
        "error url people/bad-links.md:6:5",
        "error url people/bad-links.md:8:5",
        "error url people/bad-links.md:9:5",
        "error url scenes/bad-urls/scene.md:10:12",
        "error url scenes/bad-urls/scene.md:14:10",
        "error url scenes/bad-urls/log/2026-W47.md:5:10",
        "error url scenes/bad-urls/log/2026-W47.md:10:9",
        "error url scenes/bad-urls/log/2026-W47.md:11:9",
        "error url scenes/bad-urls/log/2026-W47.md:13:10",
        "error url scenes/bad-urls/log/2026-W47.md:20:9",
        "error url scenes/bad-urls/log/2026-W47.md:21:9",
        "error url scenes/bad-urls/log/2026-W47.md:22:14",
        "error url scenes/bad-urls/log/2026-W47.md:26:10",
        "error url scenes/bad-urls/log/2026-W47.md:30:10",
    ]

    func testBuild_limitMessagesSayWhatWasPassed() throws {
        let (_, report) = try report()
        let messages = report.diagnostics.filter { $0.code == .limit }.map(\.message).sorted()
        XCTAssertEqual(
            messages,
            [
                "'tracks' has 100000 items; the longest list radar reads has 10000",
                "nesting deeper than 100 levels is not supported; flatten the structure (see docs/limits.md)",
                "nesting deeper than 100 levels is not supported; flatten the structure (see docs/limits.md)",
                "nesting deeper than 100 levels is not supported; flatten the structure (see docs/limits.md)",
                "note is \(HostileVault.hugeNoteBytes) bytes; the largest note radar reads is 16777216 bytes",
            ])
    }

    // MARK: - What was written

    func testBuild_failsButWritesEveryValidPage() throws {
        let (built, report) = try report()
        XCTAssertTrue(report.diagnostics.containsError)
        let site = built.vault.output
        for page in [
            "index.html", "404.html", "credits/index.html", "feed.xml", "sitemap.xml", "radar.json",
            "robots.txt",
            "scenes/xss-everywhere/index.html", "scenes/xss-everywhere/credits/index.html",
            "scenes/xss-everywhere/2026-W46/index.html", "scenes/xss-everywhere/2026-W47/index.html",
            "scenes/bidi-and-friends/index.html", "scenes/bidi-and-friends/2026-W47/index.html",
            "scenes/bad-refs/index.html", "scenes/big-log/index.html", "people/hostile-person/index.html",
            "people/plain-person/index.html", "people/mirror-name/index.html",
        ] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: site + "/" + page), page)
        }
        for absent in [
            "scenes/bad-urls", "scenes/linked-out", "static", "leak.txt", "pipe.txt", "locked.txt",
        ] {
            XCTAssertFalse(FileManager.default.fileExists(atPath: site + "/" + absent), absent)
        }
        // 3 site pages, 15 people, and the pages of the 4 public scenes with a valid profile.
        XCTAssertEqual(report.pages, 29)
    }

    func testSite_publishesPayloadsAsText_andNothingRejected() throws {
        let (built, _) = try report()
        let site = built.vault.output
        let texts = SiteAudit.files(in: site).map { file in
            (file, (try? String(contentsOfFile: site + "/" + file, encoding: .utf8)) ?? "")
        }
        for marker in ["UNPUBLISHED", "REJECTED-", "SECRET-OUTSIDE", "PWNED-private"] {
            let leaks = texts.filter { $0.1.contains(marker) }.map(\.0)
            XCTAssertEqual(leaks, [], "'\(marker)' was published")
        }
        // The payloads of valid notes reach the site (escaped), so the audit below is not vacuous.
        let html = texts.filter { $0.0.hasSuffix(".html") }.map(\.1).joined()
        for marker in [
            "PWNED-title", "PWNED-author", "PWNED-scene", "PWNED-where", "PWNED-tool",
            "PWNED-bridge",
            "PWNED-drums", "PWNED-sig", "PWNED-artist", "PWNED-artist2", "PWNED-producer", "PWNED-played",
            "PWNED-event", "PWNED-lineup", "PWNED-press", "PWNED-soundalike", "PWNED-community",
            "PWNED-track",
            "PWNED-svg", "PWNED-pronouns", "PWNED-body", "PWNED-heading", "PWNED-logbody", "PWNED-personbody",
        ] {
            XCTAssertTrue(html.contains(marker), "\(marker) does not appear in any page")
        }
        XCTAssertTrue(html.contains("&lt;script&gt;document.title=&quot;PWNED-scene&quot;&lt;/script&gt;"))
        // cmark drops unsafe link targets; the link's text stays, not linked.
        XCTAssertTrue(html.contains("a javascript link"))
        XCTAssertFalse(html.contains("<a href=\"\">"), "a link to the page itself")
        XCTAssertFalse(html.contains("href=\"javascript:"))
    }

    func testSite_everyUserStringIsEscapedForItsContext() throws {
        let (built, _) = try report()
        XCTAssertEqual(SiteAudit.problems(inSite: built.vault.output), [])
    }

    func testSite_xmlIsWellFormed_forXmllint() throws {
        let (built, _) = try report()
        let site = built.vault.output
        let files = SiteAudit.files(in: site).filter { $0.hasSuffix(".xml") || $0.hasSuffix(".svg") }
        XCTAssertGreaterThan(files.count, 10)
        guard Fixtures.tool("xmllint", ["--version"]) != nil else {
            throw XCTSkip("xmllint is not installed; SiteAudit checked the XML with XMLParser")
        }
        for file in files {
            let result = Fixtures.tool("xmllint", ["--noout", site + "/" + file])
            XCTAssertEqual(result?.status, 0, "\(file): \(result?.output ?? "")")
        }
    }

    func testSite_radarJSONCarriesPayloadsAsData() throws {
        let (built, _) = try report()
        let data = try Data(contentsOf: URL(fileURLWithPath: built.vault.output + "/radar.json"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(
            json["title"] as? String,
            #"</title><script>document.title="PWNED-title"</script> Hostile <b>Radar</b> ]]> -- <!--"#)
        let scenes = try XCTUnwrap(json["scenes"] as? [[String: Any]])
        let names = Set(scenes.compactMap { $0["name"] as? String })
        XCTAssertTrue(
            names.contains(#"<script>document.title="PWNED-scene"</script> Hostile </title> Scene ]]> --"#))
    }

    // MARK: - Nothing else touched

    func testBuild_changesNothingOutsideTheOutputFolder() throws {
        let (built, _) = try report()
        let vault = built.vault
        XCTAssertEqual(
            TreeSnapshot(vault.vault, skipping: Self.buildCache).differences(from: built.vaultBefore), [])
        XCTAssertEqual(TreeSnapshot(vault.outside).differences(from: built.outsideBefore), [])
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: vault.base).sorted(),
            ["outside", "site", "vault"])
        // The output holds only plain folders and files: no link radar could have followed out.
        for (path, entry) in TreeSnapshot(vault.output).entries {
            XCTAssertTrue(entry.kind == "file" || entry.kind == "dir", "\(path) is a \(entry.kind)")
            XCTAssertFalse(path.hasPrefix(".radar-tmp-") || path.contains("/.radar-tmp-"), path)
        }
    }

    func testRebuild_throughTheCommandLine_exitsOneAndRewritesNothing() throws {
        let (built, _) = try report()
        let console = CapturingConsole()
        let context = CommandContext(
            console: console, environment: [:], fileSystem: PermissionRespectingFileSystem.forThisUser)
        var status: Int32?
        var seconds = 0.0
        let arguments = ["build", built.vault.vault, "-o", built.vault.output]
        status = Deadline.run(Self.budget, elapsed: &seconds) { RadarCLI(context: context).run(arguments) }
        XCTAssertEqual(status, 1, console.stderr.suffix(300).description)
        XCTAssertTrue(
            console.stderr.contains("radar: 41 errors, 0 warnings, 0 info"),
            console.stderr.suffix(300).description)
        XCTAssertTrue(console.stderr.contains(", 0 files written)"), console.stderr.suffix(200).description)
        XCTAssertEqual(
            TreeSnapshot(built.vault.vault, skipping: Self.buildCache).differences(from: built.vaultBefore),
            [])
    }
}
