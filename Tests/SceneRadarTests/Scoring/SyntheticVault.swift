@testable import SceneRadar

/// A large, deterministic vault for checking by hand that scoring stays linear: every log has
/// the workflow's 10 artists and 5 tracks, plus events, press, how-it's-made, sound-alikes and
/// vocabulary; people are shared between neighbouring scenes so bridges and the graph have work.
enum SyntheticVault {
    static func make(scenes sceneCount: Int, logsPerScene: Int) -> Vault {
        let platforms: [String] = [
            "https://%@.bandcamp.com/track/", "https://soundcloud.com/%@/", "https://youtu.be/%@",
            "https://www.tiktok.com/@%@/video/",
        ]
        let kinds: [TrackKind] = [.original, .remix, .edit, .original, .mix]
        var pairs: [(Scene?, [WeeklyLog])] = []
        for index in 0..<sceneCount {
            let slug = "scene-\(index)"
            let pool = (0..<16).map { "Artist \(index * 12 + $0)" }
            let logs = (0..<logsPerScene).map { week -> WeeklyLog in
                let artists = (0..<10).map { pool[(week + $0) % pool.count] }
                let tracks = (0..<5).map { number -> Track in
                    let host = platforms[(index + week + number) % platforms.count]
                        .replacingOccurrences(of: "%@", with: "a\(index)")
                    return Build.track(
                        "Track \(week)-\(number)", url: host + "t\(week % 7)-\(number)",
                        kind: kinds[(week + number) % kinds.count], producer: [pool[number]],
                        remixer: [pool[(number + 3) % pool.count]],
                        vocalist: [pool[(number + 5) % pool.count]],
                        playedBy: [pool[(number + 7) % pool.count], pool[(number + 9) % pool.count]],
                        line: 10 + number)
                }
                let events = (0..<2).map { number in
                    Build.event(
                        "Night \(number)", date: week % 2 == 0 ? "2026-03-07" : "2026-03-14",
                        series: number == 0 ? "Series" : nil, attendance: 40 + week * 10 + number,
                        lineup: (0..<5).map { pool[(week + number + $0) % pool.count] },
                        footage: ["https://youtu.be/f\(index)-\(week)-\(number)"], line: 30 + number)
                }
                return Build.log(
                    String(format: "2026-W%02d", 10 + week), scene: slug, artists: artists,
                    platforms: [.discord], tracks: tracks, events: events,
                    press: [Build.press("Zine \(week)", tier: week == 9 ? .major : .small)],
                    howItsMade: [Build.made(pool[week % pool.count], kind: .tutorial)],
                    soundalikes: ["Alike \(week % 3)"], vocabulary: ["term \(week % 4)", "stomp"])
            }
            let scene = Build.scene(
                slug, visibility: index % 10 == 9 ? .private : .public, vocabulary: ["stomp"], tool: "kit",
                containers: [.discord], visuals: ["grain"], bridges: [pool[0]])
            pairs.append((scene, logs))
        }
        return Build.vault(pairs, window: 6)
    }
}
