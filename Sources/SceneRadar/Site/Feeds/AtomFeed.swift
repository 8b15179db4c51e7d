/// `/feed.xml`: Atom 1.0 (RFC 4287), one entry per weekly log of a public scene, newest first,
/// the newest `limit` of them. Times are the Monday of each log's week at midnight UTC, so the
/// feed never depends on the clock.
enum AtomFeed {
    static let limit = 100

    static func render(_ data: SiteData) -> String {
        var xml: [String: String] = [:]
        for record in data.publicRecords {
            for entry in record.feed { xml[FeedSelection.key(record.slug, entry.week)] = entry.xml }
        }
        let entries = FeedSelection.newest(data.records.values).map { selected in
            (
                week: selected.week, slug: selected.slug,
                xml: xml[FeedSelection.key(selected.slug, selected.week)] ?? ""
            )
        }
        let config = data.config
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(escape(config.language))\""
        if let base = data.baseURL { out += " xml:base=\"\(escape(base))\"" }
        out += ">\n"
        out += "  <title>\(escape(config.title))</title>\n"
        out += "  <subtitle>Weekly logs of music micro-scenes, with credits.</subtitle>\n"
        out += "  <id>\(escape(data.baseURL.map { $0 + SitePaths.feed } ?? identifier("feed")))</id>\n"
        out +=
            "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(escape(data.absolute(SitePaths.feed)))\"/>\n"
        out +=
            "  <link rel=\"alternate\" type=\"text/html\" href=\"\(escape(data.baseURL ?? SitePaths.index))\"/>\n"
        out += "  <updated>\(timestamp(entries.first?.week ?? data.setting.now))</updated>\n"
        out += "  <author><name>\(escape(config.author ?? config.title))</name></author>\n"
        out += "  <generator version=\"\(RadarVersion.current)\">Scene Radar</generator>\n"
        for entry in entries { out += entry.xml }
        out += "</feed>\n"
        return out
    }

    /// The feed entries of those of a scene's logs that are in the feed (kept in the scene's
    /// record between builds).
    static func entries(scene: Scene, logs: [WeeklyLog], data: SiteData) -> [FeedEntry] {
        logs.filter { data.feedKeys.contains(FeedSelection.key(scene.slug, $0.week)) }.map {
            FeedEntry(week: $0.week, xml: entry(scene: scene, log: $0, data: data))
        }
    }

    static func entry(scene: Scene, log: WeeklyLog, data: SiteData) -> String {
        let path = SitePaths.log(scene.slug, log.week)
        let link = data.absolute(path)
        var out = "  <entry>\n"
        out += "    <title>\(escape(scene.name.value)) — \(log.week)</title>\n"
        out += "    <id>\(escape(data.baseURL != nil ? link : identifier(path)))</id>\n"
        out += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(escape(link))\"/>\n"
        out += "    <updated>\(timestamp(log.week))</updated>\n"
        out += "    <summary type=\"text\">\(escape(LogPage.summary(log, people: data.people)))</summary>\n"
        out +=
            "    <content type=\"html\">\(escape(content(log, path: path, data: data), keepLineBreaks: true))</content>\n"
        out += "  </entry>\n"
        return out
    }

    /// The entry's HTML: the week's key tracks with their credits, then the curator's notes.
    private static func content(_ log: WeeklyLog, path: String, data: SiteData) -> String {
        var html = ""
        if !log.tracks.isEmpty {
            html += "<ul>\n"
            for track in log.tracks {
                // An unidentified track says so first, as its log page does.
                var credits = track.credits.unknown ? ["producer unknown — help identify"] : []
                credits += CreditRole.allCases.compactMap { role -> String? in
                    let names = track.credits[role].map { data.person($0).name }
                    return names.isEmpty ? nil : "\(role.rawValue): \(names.joined(separator: ", "))"
                }
                // As the log page credits it: the label or collective (which may be a private
                // group's name) and a self-release.
                if let label = track.credits.label {
                    credits.append("label: " + data.people.publicText(label))
                }
                if let collective = track.credits.collective {
                    credits.append("collective: " + data.people.publicText(collective))
                }
                if track.credits.selfReleased { credits.append("self-released") }
                var line = "<li>" + HTMLText.escape(track.title)
                if let url = data.publicAddress(track.url) {
                    line = "<li><a href=\"\(HTMLText.escape(url))\">\(HTMLText.escape(track.title))</a>"
                }
                if !credits.isEmpty { line += " — " + HTMLText.escape(credits.joined(separator: "; ")) }
                html += line + "</li>\n"
            }
            html += "</ul>\n"
        }
        if !log.body.isBlank {
            // Links in a feed must be absolute; without a base URL wiki links stay plain text.
            // They take the form the entries' own links and the sitemap give each page.
            html +=
                MarkdownRenderer().render(log.body.markdown) { link in
                    data.baseURL.flatMap { base in
                        data.anchor(link, from: "").map {
                            .init(href: base + SitePaths.pretty($0.href), text: $0.text)
                        }
                    }
                }.html
        }
        return html
    }

    /// `2026-11-16T00:00:00Z`: the Monday of `week`.
    static func timestamp(_ week: ISOWeek?) -> String {
        guard let week else { return "1970-01-01T00:00:00Z" }
        return week.monday.description + "T00:00:00Z"
    }

    /// A stable URN for feeds without a base URL: a UUID made from the FNV-1a hash of `key`,
    /// with the version and variant bits of RFC 9562's version 8 (custom, name-based).
    static func identifier(_ key: String) -> String {
        let versioned = FNV1a.hash64("scene-radar:" + key) & ~0xF000 | 0x8000
        let variant = FNV1a.hash64(key + ":scene-radar") & ~(0xC << 60) | (0x8 << 60)
        let high = String(versioned, radix: 16)
        let low = String(variant, radix: 16)
        let hex =
            (String(repeating: "0", count: 16 - high.count) + high)
            + (String(repeating: "0", count: 16 - low.count) + low)
        let parts = [
            hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4),
            hex.dropFirst(16).prefix(4), hex.dropFirst(20),
        ]
        return "urn:uuid:" + parts.joined(separator: "-")
    }

    private static func escape(_ text: String, keepLineBreaks: Bool = false) -> String {
        XMLEscaping.escape(text, keepLineBreaks: keepLineBreaks)
    }
}

/// Which weekly logs the feed lists: the newest `AtomFeed.limit` of public scenes, by week
/// (newest first) then scene slug.
enum FeedSelection {
    /// The `AtomFeed.limit` newest logs of public scenes, newest first, ties by slug.
    ///
    /// Only the logs of the newest weeks that hold them are sorted: a vault's scenes log the
    /// same few weeks, so sorting all of its logs (ten thousand, most of them ties broken by
    /// comparing slugs) was most of the work, three times a build.
    static func newest<S: Sequence>(_ records: S) -> [(slug: String, week: ISOWeek)]
    where S.Element == SceneRecord {
        var all: [(slug: String, week: ISOWeek)] = []
        for record in records where record.hasProfile && record.isPublic {
            for week in record.logWeeks { all.append((record.slug, week)) }
        }
        return newest(all)
    }

    /// The `limit` newest of `logs`, newest first, ties by slug.
    static func newest(
        _ logs: [(slug: String, week: ISOWeek)], limit: Int = AtomFeed.limit
    ) -> [(slug: String, week: ISOWeek)] {
        var perWeek: [ISOWeek: Int] = [:]
        for log in logs { perWeek[log.week, default: 0] += 1 }
        // The oldest week the newest `limit` logs reach into.
        var oldest: ISOWeek?
        var counted = 0
        for week in perWeek.keys.sorted(by: >) where counted < limit {
            oldest = week
            counted += perWeek[week] ?? 0
        }
        var selected = oldest.map { oldest in logs.filter { $0.week >= oldest } } ?? []
        selected.sort { ($0.week, $1.slug) > ($1.week, $0.slug) }
        return Array(selected.prefix(limit))
    }

    /// A selected log as one string.
    static func key(_ slug: String, _ week: ISOWeek) -> String {
        "\(slug) \(week)"
    }
}

/// HTML text escaping outside templates (feed content).
enum HTMLText {
    static func escape(_ text: String) -> String {
        XMLEscaping.escape(text)
    }
}
