import XCTest

@testable import SceneRadar

final class FeedSelectionTests: XCTestCase {
    /// What the selection must be: every log sorted, newest first, ties by slug, then the first
    /// `limit`.
    private func bySortingAll(_ logs: [(slug: String, week: ISOWeek)], limit: Int) -> [String] {
        logs.sorted { ($0.week, $1.slug) > ($1.week, $0.slug) }.prefix(limit).map { "\($0.slug) \($0.week)" }
    }

    func testNewest_isTheFirstOfAllLogsSorted() throws {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<200 {
            let scenes = Int.random(in: 0...40, using: &generator)
            var logs: [(slug: String, week: ISOWeek)] = []
            for scene in 0..<scenes {
                for _ in 0..<Int.random(in: 0...12, using: &generator) {
                    let week = try XCTUnwrap(
                        ISOWeek(
                            year: 2025 + Int.random(in: 0...1, using: &generator),
                            week: Int.random(in: 1...52, using: &generator)))
                    logs.append(("scene-\(scene)", week))
                }
            }
            logs.shuffle(using: &generator)
            for limit in [0, 1, 5, 100] {
                XCTAssertEqual(
                    FeedSelection.newest(logs, limit: limit).map { "\($0.slug) \($0.week)" },
                    bySortingAll(logs, limit: limit), "round \(round), limit \(limit)")
            }
        }
    }

    func testNewest_ofNoLogs_isEmpty() {
        XCTAssertTrue(FeedSelection.newest([]).isEmpty)
    }

    /// Feed ids without a base URL are RFC 9562 UUIDs: version 8, variant 10xx; stable.
    func testIdentifier_isAVersion8UUID() {
        for key in ["feed", "scenes/a/2026-W01/index.html", "", "é"] {
            let id = AtomFeed.identifier(key)
            XCTAssertEqual(id, AtomFeed.identifier(key))
            let hex = Array(id.dropFirst("urn:uuid:".count))
            XCTAssertEqual(hex.count, 36, id)
            XCTAssertEqual(hex[14], "8", id)
            XCTAssertTrue("89ab".contains(hex[19]), id)
        }
    }

    /// Wiki links inside entries use the directory form, as entry links and the sitemap do.
    func testEntryContent_linksPagesInTheirCanonicalForm() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: T\nbase-url: https://r.example/\n",
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": "---\nweek: 2026-W02\nartists: [Ada]\n---\nWith [[Ada]] at [[S]].\n",
        ])
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("out")))
        let feed = try String(contentsOfFile: vault.path("out/feed.xml"), encoding: .utf8)
        XCTAssertTrue(feed.contains("href=&quot;https://r.example/people/ada/&quot;"), feed)
        XCTAssertTrue(feed.contains("href=&quot;https://r.example/scenes/s/&quot;"), feed)
        XCTAssertFalse(feed.contains("index.html"), feed)
    }

    /// An entry credits each track as its log page does: roles, then the label or collective
    /// (a private person's name withheld), a self-release, and an unidentified track as such.
    func testEntryContent_creditsLabelCollectiveAndSelfRelease() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: T\nbase-url: https://r.example/\n",
            "people/quiet.md": "---\nname: Quiet Crew\nprivate: true\n---\n",
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            tracks:
              - {title: One, url: https://a.example/1, credits: {producer: [Ada], label: Tape Co}}
              - {title: Two, url: https://a.example/2, credits: {producer: [Bo], collective: Quiet Crew}}
              - {title: Three, url: https://a.example/3, credits: {producer: [Cy], self-released: true}}
              - {title: Four, url: https://a.example/4, credits: {unknown: true}}
            ---

            """,
        ])
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("out")))
        let feed = try String(contentsOfFile: vault.path("out/feed.xml"), encoding: .utf8)
        XCTAssertTrue(feed.contains("One&lt;/a&gt; — producer: Ada; label: Tape Co&lt;/li&gt;"), feed)
        XCTAssertTrue(
            feed.contains("Two&lt;/a&gt; — producer: Bo; collective: uncredited (private)&lt;/li&gt;"), feed)
        XCTAssertTrue(feed.contains("Three&lt;/a&gt; — producer: Cy; self-released&lt;/li&gt;"), feed)
        XCTAssertTrue(feed.contains("Four&lt;/a&gt; — producer unknown — help identify&lt;/li&gt;"), feed)
        XCTAssertFalse(feed.contains("Quiet Crew"), feed)
    }
}
