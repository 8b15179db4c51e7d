import Foundation

@testable import SceneRadar

/// A page like the site's weekly-log page, for the render benchmark: the real theme templates
/// (`layout`, `log`, `track`, `event`, `person-link`, `chart`) and a context shaped like the one
/// `LogPage.context` builds, with some `&<>"'` in the strings so escaping has work to do.
enum MustacheBenchmarkFixture {
    static let templateNames = ["layout", "log", "track", "event", "person-link", "chart"]

    /// The templates from `<package root>/templates`.
    static func library(packageRoot: String) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for name in templateNames {
            let path = packageRoot + "/templates/" + name + ".mustache"
            let source = try String(contentsOfFile: path, encoding: .utf8)
            try library.add(source, named: name, file: path)
        }
        return library
    }

    /// The weekly-log context.
    static func logContext() -> MustacheValue {
        let root = "../../../"
        var site: MustacheObject = [
            "title": "Scene Radar",
            "language": "en",
            "csp": "default-src 'none'; img-src 'self' https: data:; style-src 'self'; base-uri 'none'",
            "window": 12,
        ]
        site["author"] = "Ama O'Neill & friends"
        site["now"] = "2025-W23"
        let page: MustacheObject = [
            "description": "Amapiano in Lagos, week 2025-W21: 6 artists · 5 tracks · 3 events.",
            "canonical": "https://radar.example.org/scenes/amapiano-lagos/2025-W21/index.html",
        ]
        var context: MustacheObject = ["site": .object(site), "root": .string(root), "page": .object(page)]
        context["scene"] = ["name": "Amapiano in Lagos", "url": "../index.html"]
        context["week"] = "2025-W21"
        context["monday"] = "2025-05-19"
        context["surface"] = "a <b>TikTok</b> dance & a DJ mix"
        context["previous"] = ["week": "2025-W20", "url": "../2025-W20/index.html"]
        context["next"] = ["week": "2025-W22", "url": "../2025-W22/index.html"]
        context["artists"] = .list((0..<6).map { person($0) })
        context["hasArtists"] = true
        context["markers"] = ["tempo": "112–115 BPM", "drums": "log drum & shakers", "signature": ""]
        context["tracks"] = .list((0..<5).map(track))
        context["hasTracks"] = true
        context["events"] = .list((0..<3).map(event))
        context["hasEvents"] = true
        context["platforms"] = strings(["TikTok", "YouTube", "SoundCloud", "Audiomack"])
        context["hasPlatforms"] = true
        context["community"] = strings(["Discord: \"Piano Hub\"", "WhatsApp groups", "Lagos radio <FM>"])
        context["hasCommunity"] = true
        context["vocabulary"] = strings(["log drum", "private school", "yanos", "quantum", "3 step"])
        context["hasVocabulary"] = true
        context["press"] = .list(
            (0..<3).map { index in
                [
                    "outlet": .string("Outlet \(index) & Co"), "tier": index == 0 ? "major" : "niche",
                    "url": index == 1
                        ? "" : .string("https://press\(index).example.com/story?id=\(index)&x=1"),
                    "date": index == 2 ? "" : "2025-05-2\(index)",
                ]
            })
        context["hasPress"] = true
        context["howItsMade"] = .list(
            (0..<2).map { index in
                guard case .object(var members) = person(index + 10) else { return .null }
                members["kind"] = "tutorial"
                members["link"] = .string("https://youtube.example.com/watch?v=abc\(index)")
                members["host"] = "youtube.example.com"
                return .object(members)
            })
        context["hasHowItsMade"] = true
        context["soundalikes"] = strings(["gqom", "bacardi", "afro house"])
        context["hasSoundalikes"] = true
        context["bodyHTML"] = .string(bodyHTML)
        return .object(context)
    }

    /// A chart with a table of 8 rows and 4 columns, as `PageContext.chart` builds it.
    static func chartContext() -> MustacheValue {
        let rows: [MustacheValue] = (0..<8).map { row in
            let cells: [MustacheValue] = (0..<4).map { column in
                var cell: MustacheObject = [
                    "text": .string(column == 0 ? "Signal <\(row)>" : "0.\(row)\(column)")
                ]
                if column == 0 {
                    cell["header"] = true
                    cell["url"] = .string("../signals.html#s\(row)")
                }
                return .object(cell)
            }
            return ["cells": .list(cells)]
        }
        let svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 300\">"
            + String(repeating: "<path d=\"M10 10 L390 290\" class=\"line\"/>", count: 40) + "</svg>"
        return [
            "svg": .string(svg),
            "caption": "Signal strengths & trends",
            "file": "signals.svg",
            "table": [
                "caption": "Signal strengths of Amapiano in Lagos",
                "columns": strings(["Signal", "Now", "4 weeks ago", "12 weeks ago"]),
                "rows": .list(rows),
            ],
        ]
    }

    // MARK: - Pieces

    private static func person(_ index: Int) -> MustacheValue {
        var object: MustacheObject = ["name": .string(names[index % names.count])]
        if index % 3 != 2 { object["url"] = .string("../../../people/person-\(index)/index.html") }
        return .object(object)
    }

    private static let names = [
        "Kabza De Small", "DJ Maphorisa", "Uncle Waffles", "Tyler ICU", "Focalistic", "Ama O'Neill",
        "Sha Sha", "Young Stunna", "Mörda", "Kelvin Momo", "Busta 929", "Lady Du",
    ]

    private static func strings(_ items: [String]) -> MustacheValue {
        .list(items.map(MustacheValue.string))
    }

    private static func track(_ index: Int) -> MustacheValue {
        let roles = ["producer", "vocalist", "dj", "engineer"]
        let credits: [MustacheValue] = roles.enumerated().map { role, name in
            [
                "role": .string(name),
                "people": .list((0..<(1 + (index + role) % 3)).map { person(index * 3 + role + $0) }),
            ]
        }
        var object: MustacheObject = [
            "title": .string("Track \(index): \"Ke Shono\" (Live <Edit>)"),
            "url": index == 3 ? "" : .string("https://youtube.example.com/watch?v=trk\(index)&t=42"),
            "kind": index == 4 ? "live set" : "track",
            "platform": index % 2 == 0 ? "youtube" : "",
            "unknown": .bool(index == 2),
            "credits": .list(credits),
            "label": index == 1 ? "Piano Hub Records" : "",
            "collective": index == 0 ? "Scorpion Kings" : "",
            "selfReleased": .bool(index == 3),
            "support": .list(
                (0..<2).map { _ in
                    [
                        "url": .string("https://bandcamp.example.com/track/\(index)"),
                        "host": "bandcamp.example.com",
                    ]
                }),
            "hasSupport": true,
            "playedBy": .list((0..<2).map { person($0 + index) }),
            "hasPlayedBy": true,
        ]
        object["hasCredits"] = true
        return .object(object)
    }

    private static func event(_ index: Int) -> MustacheValue {
        var object: MustacheObject = [
            "name": .string("Piano Night \(index) @ Quilox"),
            "date": .string("2025-05-2\(index)"),
            "city": index == 1 ? "" : "Lagos",
            "online": .bool(index == 1),
            "kind": "club night",
            "series": index == 0 ? "Amapiano Fridays" : "",
            "lineup": .list((0..<4).map { person($0 + index * 2) }),
            "hasLineup": true,
            "footage": .list([
                ["url": "https://instagram.example.com/p/xyz", "host": "instagram.example.com"]
            ]
            ),
            "hasFootage": true,
            "tickets": index == 2 ? "" : "https://tix.example.com/e/123?ref=radar&src=log",
        ]
        if index == 0 { object["attendance"] = 1200 }
        return .object(object)
    }

    private static let bodyHTML: String = {
        let paragraph =
            "<p>The log drum keeps moving further forward in the mix; <a href=\"../../../people/x/index.html\">"
            + "Kelvin Momo</a> played three unreleased dubs, and the crowd knew every one. "
            + "Private-school piano is back on the rise &mdash; slower, jazzier, more patient.</p>\n"
        return String(repeating: paragraph, count: 12)
    }()
}
