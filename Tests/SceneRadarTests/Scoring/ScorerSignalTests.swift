import XCTest

@testable import SceneRadar

/// Each of the seven signals, with expectations computed by hand from SPEC §4.
final class ScorerSignalTests: XCTestCase {
    private func signal(_ signal: Signal, _ logs: [WeeklyLog], scene: Scene = Build.scene()) throws
        -> SignalResult
    {
        let analysis = try XCTUnwrap(Build.analyzeScene(Build.vault(logs, scene: scene)))
        return try XCTUnwrap(analysis.signal(signal))
    }

    // MARK: - Platforms

    func testPlatforms_tracksAndListedPlatforms_countDistinctAndSaturateAtThree() throws {
        let log = Build.log(
            "2026-W10", platforms: [.tiktok, .bandcamp],
            tracks: [
                Build.track("Kettle", url: "https://kofi.bandcamp.com/track/kettle", line: 7),
                Build.track("Steam", url: "https://soundcloud.com/kofi/steam", line: 12),
                Build.track("Lid", url: "https://example.org/lid", line: 15),
            ])
        let result = try signal(.platforms, [log])
        XCTAssertEqual(result.count, 3)
        XCTAssertEqual(result.strength, 1)
        XCTAssertEqual(result.evidence.map(\.label), ["bandcamp", "soundcloud", "tiktok"])
        XCTAssertEqual(result.evidence[0].url, "https://kofi.bandcamp.com/track/kettle")
        XCTAssertEqual(
            result.evidence[0].location, SourceLocation(file: "scenes/a/log/2026-W10.md", line: 7, column: 3))
        XCTAssertEqual(result.evidence[2].detail, "listed in platforms")
    }

    func testPlatforms_twoPlatformsAcrossWeeks_isTwoThirds() throws {
        let logs = [
            Build.log("2026-W09", platforms: [.youtube]),
            Build.log(
                "2026-W10", platforms: [.youtube], tracks: [Build.track("A", url: "https://youtu.be/x")]),
            Build.log("2026-W11", tracks: [Build.track("B", url: "https://kofi.bandcamp.com/b")]),
        ]
        let result = try signal(.platforms, logs)
        XCTAssertEqual(result.count, 2)
        XCTAssertEqual(result.strength, 2.0 / 3.0)
        XCTAssertEqual(result.evidence.map(\.week), [Build.week("2026-W09"), Build.week("2026-W11")])
    }

    func testPlatforms_repeatedTrack_keepsTheFirstLoggingsPlatform() throws {
        // The same URL logged again with another platform named is still one track, counted as
        // first logged (SPEC §4: once, in the week it first appears).
        let url = "https://soundcloud.com/x/a"
        let logs = [
            Build.log("2026-W09", tracks: [Build.track("A", url: url)]),
            Build.log("2026-W10", tracks: [Build.track("A (re-upload)", url: url, platform: .mixcloud)]),
            Build.log("2026-W11", tracks: [Build.track("B", url: "https://example.org/b")]),
            Build.log(
                "2026-W12", tracks: [Build.track("B", url: "https://example.org/b", platform: .youtube)]),
        ]
        let result = try signal(.platforms, logs)
        XCTAssertEqual(result.count, 1)
        XCTAssertEqual(result.evidence.map(\.label), ["soundcloud"])
    }

    // MARK: - Vocabulary

    func testVocabulary_termsRecurInTwoWeeksOrInProfile() throws {
        let logs = [
            Build.log("2026-W09", vocabulary: ["bus stop bounce", "Wobble"]),
            Build.log("2026-W10", vocabulary: ["Bus  Stop Bounce", "one-off", "twice", "TWICE"]),
        ]
        let result = try signal(.vocabulary, logs, scene: Build.scene(vocabulary: ["WOBBLE"]))
        XCTAssertEqual(result.count, 2)
        XCTAssertEqual(result.part("terms"), 4)
        XCTAssertEqual(result.part("recurring"), 2)
        XCTAssertEqual(result.strength, 2.0 / 3.0)
        XCTAssertEqual(result.evidence.map(\.label), ["bus stop bounce", "Wobble"])
        XCTAssertEqual(result.evidence.map(\.detail), ["seen in 2 weeks", "in the scene's vocabulary"])
        XCTAssertEqual(result.evidence.map(\.kind), [.term, .term])
    }

    func testVocabulary_profileTermNotSeenInWindow_doesNotCount() throws {
        let logs = [Build.log("2026-W10", vocabulary: ["other"])]
        let result = try signal(.vocabulary, logs, scene: Build.scene(vocabulary: ["wobble"]))
        XCTAssertEqual(result.count, 0)
        XCTAssertEqual(result.strength, 0)
    }

    // MARK: - Events

    func testEvents_footageCounts_seriesDouble_privateAndUndocumentedLeftOut() throws {
        let log = Build.log(
            "2026-W10",
            events: [
                Build.event("Kettle Night", footage: ["https://youtu.be/clip1"], line: 20),
                Build.event(
                    "Steam Room", series: "Steam", footage: ["https://youtu.be/c2", "https://youtu.be/c3"],
                    line: 30),
                Build.event("Undocumented", series: "Steam", line: 40),
                Build.event("Secret", footage: ["https://youtu.be/s"], isPrivate: true, line: 50),
            ])
        let result = try signal(.events, [log])
        XCTAssertEqual(result.count, 3)
        XCTAssertEqual(result.strength, 1)
        XCTAssertEqual(result.part("events"), 3)
        XCTAssertEqual(result.part("with-footage"), 2)
        XCTAssertEqual(result.part("in-series"), 1)
        XCTAssertEqual(result.evidence.map(\.label), ["Kettle Night, 2026-03-07", "Steam Room, 2026-03-07"])
        XCTAssertEqual(
            result.evidence.map(\.detail), ["1 clip", "2 clips; series \u{201C}Steam\u{201D} counts double"])
        XCTAssertEqual(result.evidence[1].url, "https://youtu.be/c2")
        XCTAssertEqual(result.evidence[1].location.line, 30)
    }

    func testEvents_repeatedEvent_countedOnceInFirstWeek_footageMerged() throws {
        let logs = [
            Build.log("2026-W09", events: [Build.event("Kettle Night", line: 5)]),
            Build.log(
                "2026-W10",
                events: [
                    Build.event("kettle  NIGHT", footage: ["https://youtu.be/clip"]),
                    Build.event("Kettle Night", date: "2026-03-14", line: 9),
                ]),
        ]
        let result = try signal(.events, logs)
        XCTAssertEqual(result.count, 1)
        XCTAssertEqual(result.strength, 0.5)
        XCTAssertEqual(result.part("events"), 2)
        XCTAssertEqual(result.evidence.first?.week, Build.week("2026-W09"))
        XCTAssertEqual(result.evidence.first?.location.file, "scenes/a/log/2026-W09.md")
    }

    func testEvents_blankSeries_isNoSeries_andDoesNotHideTheSeriesOfALaterLogging() throws {
        let logs = [
            Build.log("2026-W09", events: [Build.event("Gig", series: "")]),
            Build.log(
                "2026-W10",
                events: [
                    Build.event("Gig", series: "Gig Nights", footage: ["https://youtu.be/gig"]),
                    Build.event("Other", date: "2026-03-14", series: "  ", footage: ["https://youtu.be/o"]),
                ]),
        ]
        let result = try signal(.events, logs)
        XCTAssertEqual(result.part("in-series"), 1)
        XCTAssertEqual(result.count, 3)
        XCTAssertEqual(
            result.evidence.map(\.detail),
            ["1 clip; series \u{201C}Gig Nights\u{201D} counts double", "1 clip"])
    }

    // MARK: - How it's made

    func testHowItsMade_dedupesByURLElseByPersonKindAndWeek() throws {
        let kofi = Build.person("kofi", name: "Kofi", aliases: ["K. Mensah"])
        let logs = [
            Build.log("2026-W09", howItsMade: [Build.made("Kofi", url: "https://youtu.be/breakdown")]),
            Build.log(
                "2026-W10",
                howItsMade: [
                    Build.made("kofi", url: "https://youtu.be/breakdown"),
                    Build.made("Kofi"), Build.made("K. Mensah"), Build.made("Kofi", kind: .tutorial),
                ]),
        ]
        let vault = Build.vault([(Build.scene(), logs)], people: [kofi])
        let result = try XCTUnwrap(Build.analyzeScene(vault)?.signal(.howItsMade))
        XCTAssertEqual(result.count, 3)
        XCTAssertEqual(result.strength, 1)
        XCTAssertEqual(
            result.evidence.map(\.label), ["breakdown by Kofi", "breakdown by Kofi", "tutorial by Kofi"])
        XCTAssertEqual(result.evidence.map(\.url), ["https://youtu.be/breakdown", nil, nil])
    }

    func testHowItsMade_oneEntry_isHalf() throws {
        let result = try signal(
            .howItsMade, [Build.log("2026-W10", howItsMade: [Build.made("Ama", kind: nil)])])
        XCTAssertEqual(result.strength, 0.5)
        XCTAssertEqual(result.evidence.first?.label, "how it's made by Ama")
    }

    // MARK: - Remixes

    func testRemixes_zeroOriginals_dividesByOne() throws {
        let log = Build.log("2026-W10", tracks: [Build.track("Kettle (Ama remix)", kind: .remix)])
        let result = try signal(.remixes, [log])
        XCTAssertEqual(result.count, 1)
        XCTAssertEqual(result.divisor, 1)
        XCTAssertEqual(result.strength, 1)
        XCTAssertEqual(result.part("originals"), 0)
    }

    func testRemixes_countsReleasesOnly_mixesIgnored() throws {
        let log = Build.log(
            "2026-W10",
            tracks: [
                Build.track("R", kind: .remix), Build.track("E", kind: .edit), Build.track("O1"),
                Build.track("O2"), Build.track("O3"), Build.track("M", kind: .mix),
                Build.track("L", kind: .liveSet),
            ])
        let result = try signal(.remixes, [log])
        XCTAssertEqual(result.count, 2)
        XCTAssertEqual(result.divisor, 3)
        XCTAssertEqual(result.strength, 2.0 / 3.0)
        XCTAssertEqual(result.parts, [.init("remixes", 1), .init("edits", 1), .init("originals", 3)])
        XCTAssertEqual(result.evidence.map(\.label), ["R", "E"])
        XCTAssertEqual(result.evidence.map(\.detail), ["remix", "edit"])
    }

    func testRemixes_trackCountedOncePerExactURL() throws {
        let logs = [
            Build.log(
                "2026-W09", tracks: [Build.track("R", url: "https://ama.bandcamp.com/r", kind: .remix)]),
            Build.log(
                "2026-W10",
                tracks: [
                    Build.track("R again", url: "https://ama.bandcamp.com/r", kind: .original),
                    Build.track("R slash", url: "https://ama.bandcamp.com/r/"),
                ]),
        ]
        let result = try signal(.remixes, logs)
        XCTAssertEqual(result.parts, [.init("remixes", 1), .init("edits", 0), .init("originals", 1)])
        XCTAssertEqual(result.strength, 1)
    }

    func testRemixes_noReleases_isZero() throws {
        let result = try signal(.remixes, [Build.log("2026-W10", tracks: [Build.track("M", kind: .mix)])])
        XCTAssertEqual(result.count, 0)
        XCTAssertEqual(result.strength, 0)
    }

    // MARK: - Small press

    func testSmallPress_anySmallPiece_isOne_majorDoesNotCount() throws {
        let logs = [
            Build.log(
                "2026-W09", press: [Build.press("Campus FM", url: "https://campus.example/kettle", line: 6)]),
            Build.log(
                "2026-W10",
                press: [
                    Build.press("Campus FM", url: "https://campus.example/kettle"),
                    Build.press("Big Mag", tier: .major),
                ]),
        ]
        let result = try signal(.smallPress, logs)
        XCTAssertEqual(result.strength, 1)
        XCTAssertEqual(result.parts, [.init("small", 1), .init("major", 1)])
        XCTAssertEqual(result.evidence.map(\.label), ["Campus FM"])
        XCTAssertEqual(result.evidence.first?.location.line, 6)
    }

    func testSmallPress_onlyMajor_isZero() throws {
        let result = try signal(
            .smallPress, [Build.log("2026-W10", press: [Build.press("Big Mag", tier: .major)])])
        XCTAssertEqual(result.strength, 0)
    }

    // MARK: - Sound-alikes

    func testSoundalikes_distinctFoldedNames_overTwo() throws {
        let logs = [
            Build.log("2026-W09", soundalikes: ["Kettle Boys"]),
            Build.log("2026-W10", soundalikes: ["kettle boys", "Café Steam"]),
        ]
        let result = try signal(.soundalikes, logs)
        XCTAssertEqual(result.count, 2)
        XCTAssertEqual(result.strength, 1)
        XCTAssertEqual(result.evidence.map(\.label), ["Kettle Boys", "Café Steam"])
        XCTAssertEqual(result.evidence.map(\.kind), [.soundalike, .soundalike])
    }

    func testSoundalikes_oneName_isHalf() throws {
        XCTAssertEqual(try signal(.soundalikes, [Build.log("2026-W10", soundalikes: ["X"])]).strength, 0.5)
    }

    // MARK: - Window

    func testWindow_logsBeforeWindow_doNotCount() throws {
        let logs = [
            Build.log("2026-W01", soundalikes: ["Old"]),
            Build.log("2026-W10", soundalikes: ["New"]),
        ]
        let analysis = try XCTUnwrap(Build.analyzeScene(Build.vault(logs, window: 6)))
        XCTAssertEqual(analysis.logWeeks, [Build.week("2026-W10")])
        XCTAssertEqual(analysis.signal(.soundalikes)?.evidence.map(\.label), ["New"])
    }

    func testWindow_spansYearBoundaryByISOWeeks() throws {
        // 2026 has 53 ISO weeks: 2026-W50 … 2026-W53, 2027-W01, 2027-W02 is a 6-week window.
        let logs = [
            Build.log("2026-W49", soundalikes: ["Out"]),
            Build.log("2026-W50", soundalikes: ["In"]),
            Build.log("2027-W02", soundalikes: ["Now"]),
        ]
        let analysis = try XCTUnwrap(Build.analyzeScene(Build.vault(logs)))
        XCTAssertEqual(analysis.signal(.soundalikes)?.evidence.map(\.label), ["In", "Now"])
    }
}
