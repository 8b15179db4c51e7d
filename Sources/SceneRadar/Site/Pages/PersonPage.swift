/// `/people/<slug>/`: a person's credits across scenes, links and support links.
enum PersonPage {
    static func context(_ identity: PeopleIndex.Identity, credits: PeopleCredits, data: SiteData)
        -> MustacheValue
    {
        let page = PageContext(data: data, path: SitePaths.person(identity.slug))
        var context = page.common(description: "\(identity.name): credits and how to support them.")
        context["name"] = .string(identity.name)
        let note = identity.noteSlug.flatMap { data.personNotes[$0] }
        context["kind"] = .string(note?.kind?.rawValue ?? "")
        context["pronouns"] = .string(note?.pronouns ?? "")
        let aliases = note?.aliases.map(\.value) ?? []
        context["aliasesText"] = .string(aliases.joined(separator: ", "))
        context["hasAliases"] = .bool(!aliases.isEmpty)
        context["hasFacts"] = .bool(note?.kind != nil || !(note?.pronouns ?? "").isEmpty || !aliases.isEmpty)
        let support = note?.support ?? []
        context["support"] = .list(support.map(PageContext.external))
        context["hasSupport"] = .bool(!support.isEmpty)
        let links = (note?.links ?? []).map { url -> MustacheValue in
            let platform = PlatformHosts.platform(of: url)?.rawValue
            return .object([
                "url": .string(url.text),
                "label": .string(platform.map { "\($0) (\(url.host))" } ?? url.host),
            ])
        }
        context["links"] = .list(links)
        context["hasLinks"] = .bool(!links.isEmpty)
        context["bodyHTML"] = note.map { page.body($0.body) } ?? .null
        let items = credits.items(of: identity.slug)
        let trackSupport = Self.trackSupport(items, besides: support, data: data)
        context["trackSupport"] = .list(trackSupport)
        context["hasTrackSupport"] = .bool(!trackSupport.isEmpty)
        var scenes: [MustacheValue] = []
        for items in Self.byScene(items) {
            let scene = items[items.startIndex].scene
            guard case .object(var object) = page.scene(scene) else { continue }
            object["items"] = .list(Self.rows(items, scene: scene, page: page))
            scenes.append(.object(object))
        }
        context["scenes"] = .list(scenes)
        context["hasScenes"] = .bool(!scenes.isEmpty)
        return .object(context)
    }

    /// One scene's credit rows, newest week first. The same credit in several weeks (a track
    /// logged twice, an artist of many weeks) is one row naming each week, newest first; `week`
    /// and `weekURL` are the newest.
    private static func rows(_ items: ArraySlice<PeopleCredits.Item>, scene: String, page: PageContext)
        -> [MustacheValue]
    {
        // A person credited on several tracks of one log links to it from each row: the log's
        // week is made once for the run of items of its week.
        var week: (week: ISOWeek, value: MustacheValue)?
        var rows: [MustacheObject] = []
        var weeks: [[MustacheValue]] = []
        var lastWeeks: [ISOWeek] = []
        var rowOf: [String: Int] = [:]
        rows.reserveCapacity(items.count)
        for item in items.reversed() {
            if week?.week != item.week {
                week = (
                    item.week,
                    .object([
                        "week": .string(item.week.description),
                        "url": .string(page.href(log: scene, item.week)),
                    ])
                )
            }
            let key = item.label + "\u{0}" + item.role + "\u{0}" + (item.url ?? "")
            if let index = rowOf[key] {
                // Twice in one week (two spellings of the person) names the week once.
                if lastWeeks[index] != item.week {
                    weeks[index].append(week.unsafelyUnwrapped.value)
                    lastWeeks[index] = item.week
                }
                continue
            }
            rowOf[key] = rows.count
            var row = MustacheObject(capacity: 6)
            row.append(new: PageKey.label, .string(item.label))
            row.append(new: PageKey.role, .string(item.role))
            row.append(new: PageKey.week, .string(item.week.description))
            row.append(new: PageKey.weekURL, .string(page.href(log: scene, item.week)))
            if let url = item.url { row.append(new: PageKey.trackURL, .string(url)) }
            rows.append(row)
            weeks.append([week.unsafelyUnwrapped.value])
            lastWeeks.append(item.week)
        }
        return zip(rows, weeks).map { row, weeks in
            var row = row
            row.append(new: PageKey.weeks, .list(weeks))
            return .object(row)
        }
    }

    /// The support links of the tracks a person is credited on (a role in the track's credits),
    /// each once, with the track's title: how to pay them when their note gives no support link
    /// of its own, or more. Their own links and a private person's addresses are left out.
    static func trackSupport(_ items: [PeopleCredits.Item], besides own: [WebURL], data: SiteData)
        -> [MustacheValue]
    {
        var seen = Set(own.map { SiteData.addressKey($0.text) })
        var found: [MustacheValue] = []
        for item in items where !item.support.isEmpty {
            for text in item.support where !data.isPrivateAddress(text) {
                guard seen.insert(SiteData.addressKey(text)).inserted,
                    let url = WebURL.parse(text, at: SourceLocation(file: ""))
                else { continue }
                found.append(
                    .object([
                        "url": .string(url.text), "host": .string(url.host), "track": .string(item.label),
                    ]))
            }
        }
        return found
    }

    /// `items` grouped by scene, scenes in slug order, each scene's items in their order.
    /// `PeopleCredits` gives a person's items in scene order already, so the groups are runs of
    /// the array itself (nothing is copied); items in another order are sorted first.
    static func byScene(_ items: [PeopleCredits.Item]) -> [ArraySlice<PeopleCredits.Item>] {
        guard items.indices.dropFirst().allSatisfy({ items[$0 - 1].scene <= items[$0].scene }) else {
            let sorted = items.indices.sorted { (items[$0].scene, $0) < (items[$1].scene, $1) }.map {
                items[$0]
            }
            return byScene(sorted)
        }
        var groups: [ArraySlice<PeopleCredits.Item>] = []
        var start = items.startIndex
        while start < items.endIndex {
            var end = start + 1
            while end < items.endIndex && items[end].scene == items[start].scene { end += 1 }
            groups.append(items[start..<end])
            start = end
        }
        return groups
    }
}
