import XCTest

@testable import SceneRadar

final class LogRulesTests: XCTestCase {
    private func lint(log: String) throws -> [Substring] {
        let vault = try TemporaryVault([
            "radar.yml": "title: t\n",
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": "---\nweek: 2026-W02\n" + log + "---\n",
        ])
        return vault.lintOutput().split(separator: "\n").filter { $0.hasPrefix("scenes/s/log/") }
    }

    func testMarkersMissing_aBlankMarkerIsMissing() throws {
        let out = try lint(log: "markers:\n  tempo: 140\n  drums: \"\"\n  signature: '  '\n")
        XCTAssertEqual(
            out,
            [
                "scenes/s/log/2026-W02.md:3:1: warning[log.markers-missing]: this log has 1 of 3 sound markers "
                    + "(missing: drums, signature)"
            ])
    }

    /// Markers written but unreadable get their type error alone: the error already names them,
    /// and a second problem would count them as never written. Others still missing are told.
    func testMarkersMissing_unreadableMarkersAreNotAlsoMissing() throws {
        XCTAssertEqual(
            try lint(log: "markers: [120 bpm]\n"),
            [
                "scenes/s/log/2026-W02.md:3:10: error[type]: 'markers' must be a mapping of keys to values, not a list"
            ])
        XCTAssertEqual(
            try lint(log: "markers: {tempo: [120, 140], drums: broken}\n"),
            [
                "scenes/s/log/2026-W02.md:3:1: warning[log.markers-missing]: this log has 1 of 3 sound markers "
                    + "(missing: signature)",
                "scenes/s/log/2026-W02.md:3:18: error[type]: 'tempo' must be a string, not a list",
            ])
    }

    /// An event or press piece dated more than a year from its log's week points at a year
    /// written wrong; one within a year (an event announced ahead) is left alone.
    func testDatesFarFromTheLogsWeek_areWarnedAbout() throws {
        let out = try lint(
            log: """
                markers: {tempo: 140, drums: broken, signature: sub}
                events:
                  - {name: Far, date: 2062-01-09, tickets: https://t.example/1}
                  - {name: Near, date: 2026-12-20, tickets: https://t.example/2}
                press:
                  - {outlet: Zine, tier: small, date: 2024-10-01}

                """)
        XCTAssertEqual(
            out,
            [
                "scenes/s/log/2026-W02.md:5:5: warning[log.date-far]: the event 'Far' is dated 2062-01-09, 36 years after this log's week, 2026-W02: check the year of one or the other",
                "scenes/s/log/2026-W02.md:8:5: warning[log.date-far]: the press piece in 'Zine' is dated 2024-10-01, more than a year before this log's week, 2026-W02: check the year of one or the other",
            ])
    }

    /// A log more than a year after every other log of the vault would make its week radar's
    /// "now" and leave every other scene stale: it is warned about.
    func testALogFarAfterEveryOther_isWarnedAbout() throws {
        let log = "---\nmarkers: {tempo: 140, drums: broken, signature: sub}\n---\n"
        let vault = try TemporaryVault([
            "radar.yml": "title: t\n",
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": log, "scenes/s/log/2026-W47.md": log,
            "scenes/t/scene.md": "---\nname: T\nspotted: 2026-01-05\n---\n",
            "scenes/t/log/2062-W47.md": log,
        ])
        let out = vault.lintOutput()
        XCTAssertTrue(
            out.contains(
                "scenes/t/log/2062-W47.md:1:1: warning[log.date-far]: this log's week, 2062-W47, is 36 years after any other log of the vault (the newest of them is 2026-W47): it sets radar's now, so every other scene is scored as of 2062-W47; check its year"
            ), out)
        try vault.write("scenes/t/log/2027-W46.md", log)  // 52 weeks on: a year
        try FileManager.default.removeItem(atPath: vault.path("scenes/t/log/2062-W47.md"))
        let later = vault.lintOutput()
        XCTAssertFalse(later.contains("warning[log.date-far]"), later)
    }

    func testNoTickets_notForAPrivateEvent() throws {
        let out = try lint(
            log: """
                markers: {tempo: 140, drums: broken, signature: sub}
                events:
                  - {name: Open Night, date: 2026-01-06}
                  - {name: Closed Room, date: 2026-01-07, private: true}

                """)
        XCTAssertEqual(
            out,
            ["scenes/s/log/2026-W02.md:5:5: info[support.no-tickets]: event 'Open Night' has no tickets link"]
        )
    }

    /// A mix and a live set name their DJ; other tracks their producer (SPEC §5 groups the live
    /// set with the mix for credit.dj-missing, and so for credit.producer-missing).
    func testCredits_aMixOrLiveSetNamesItsDJ_otherTracksTheirProducer() throws {
        let out = try lint(
            log: """
                markers: {tempo: 140, drums: broken, signature: sub}
                tracks:
                  - {title: Set, url: "https://x.example/s", kind: live-set, credits: {self-released: true}, support: ["https://x.example/b"]}
                  - {title: Mix, url: "https://x.example/m", kind: mix, credits: {dj: [Ada], self-released: true}, support: ["https://x.example/b"]}
                  - {title: Song, url: "https://x.example/o", credits: {dj: [Ada], self-released: true}, support: ["https://x.example/b"]}

                """)
        XCTAssertEqual(
            out.map { $0.split(separator: " ").prefix(2).joined(separator: " ") },
            [
                "scenes/s/log/2026-W02.md:5:5: error[credit.dj-missing]:",
                "scenes/s/log/2026-W02.md:7:5: error[credit.producer-missing]:",
            ], "\(out)")
    }
}
