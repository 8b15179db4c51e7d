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
