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
                "scenes/s/log/2026-W02.md:4:3: warning[log.markers-missing]: this log has 1 of 3 sound markers "
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
}
