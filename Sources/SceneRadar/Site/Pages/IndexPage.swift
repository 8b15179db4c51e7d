/// `/`: every public scene ranked by score, with phase, momentum, sparkline and the quadrant.
enum IndexPage {
    /// Every public scene at its score and momentum, linking to its page from `page`.
    static func quadrant(_ data: SiteData, from page: String) -> QuadrantChart {
        QuadrantChart(
            id: "quadrant", title: "Public scenes by score and momentum",
            scenes: data.rankedPublicScenes.map { entry in
                QuadrantChart.Scene(
                    name: entry.name, score: entry.score, momentum: entry.momentum,
                    href: SitePaths.root(from: page) + SitePaths.scene(entry.slug), isTooEarly: entry.tooEarly
                )
            })
    }

    /// The index's context; `quadrant` is the inline quadrant chart (drawn once, its file form
    /// derived from it).
    static func context(_ data: SiteData, quadrant: RenderedChart) -> MustacheValue {
        let page = PageContext(data: data, path: SitePaths.index)
        var context = page.common(
            description: "Music micro-scenes ranked by the early signals that a scene is about to break.")
        let ranked = data.rankedPublicScenes
        var rows: [MustacheValue] = []
        for (offset, entry) in ranked.enumerated() {
            var row = SceneSummary.fields(entry)
            row["rank"] = .int(offset + 1)
            row["url"] = .string(page.href(SitePaths.scene(entry.slug)))
            row["place"] = .string(entry.place)
            row["sparkline"] = .string(
                Sparkline(
                    id: "spark-\(entry.slug)", title: "Score history of \(entry.name)",
                    points: entry.history.map { WeeklyValue(week: ChartWeek($0.week), value: $0.score) }
                ).renderSVG())
            rows.append(.object(row))
        }
        context["scenes"] = .list(rows)
        context["hasScenes"] = .bool(!rows.isEmpty)
        context["quadrant"] = PageContext.chart(
            quadrant,
            caption: "Each scene at its score (0–100) and momentum (change per week over the window).",
            file: SitePlan.quadrantFile)
        let bridges = data.bridges.filter { !$0.isPrivate }.map { bridge -> MustacheValue in
            guard case .object(var person) = page.person(slug: bridge.slug) else { return .null }
            person["scenes"] = page.publicScenes(bridge.scenes).links
            return .object(person)
        }
        context["bridges"] = .list(bridges)
        context["hasBridges"] = .bool(!bridges.isEmpty)
        return .object(context)
    }
}

/// The headline numbers of a scene, as the index row and the scene page both show them.
enum SceneSummary {
    static func fields(_ entry: IndexEntry) -> MustacheObject {
        let trend = entry.tooEarly ? "too-early" : entry.trend.rawValue
        let arrow: String
        switch (entry.tooEarly, entry.trend) {
        case (true, _): arrow = "…"
        case (false, .growing): arrow = "↑"
        case (false, .fading): arrow = "↓"
        case (false, .steady): arrow = "→"
        }
        return [
            "name": .string(entry.name),
            "slug": .string(entry.slug),
            "score": .string(Display.score(entry.score)),
            "phase": .string(entry.phase.title),
            "phaseSlug": .string(entry.phase.rawValue),
            "momentumSlug": .string(trend),
            "momentumArrow": .string(arrow),
            "momentumLabel": .string(entry.tooEarly ? "too early" : entry.trend.rawValue),
            "momentumValue": .string(entry.logsInWindow > 0 ? Display.signed(entry.momentum) : ""),
            "stage": .int(entry.stage),
            "isTrend": .bool(entry.isTrend),
            "stale": .bool(entry.isStale),
            "tooEarly": .bool(entry.tooEarly && !entry.isStale),
        ]
    }
}

extension ChartWeek {
    /// The chart's week for an ISO week.
    init(_ week: ISOWeek) {
        self.init(year: week.year, week: week.week)
    }
}
