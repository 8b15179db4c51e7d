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
        var scenes: [MustacheValue] = []
        for items in Self.byScene(credits.items(of: identity.slug)) {
            let scene = items[items.startIndex].scene
            // A person credited on several tracks of one log links to it from each row: the
            // log's URL is made once for the run of rows of its week.
            var week: (week: ISOWeek, text: MustacheValue, url: MustacheValue)?
            var rows: [MustacheValue] = []
            rows.reserveCapacity(items.count)
            for item in items.reversed() {
                if week?.week != item.week {
                    week = (
                        item.week, .string(item.week.description), .string(page.href(log: scene, item.week))
                    )
                }
                var row = MustacheObject(capacity: 5)
                row.append(new: PageKey.label, .string(item.label))
                row.append(new: PageKey.role, .string(item.role))
                row.append(new: PageKey.week, week.unsafelyUnwrapped.text)
                row.append(new: PageKey.weekURL, week.unsafelyUnwrapped.url)
                if let url = item.url { row.append(new: PageKey.trackURL, .string(url)) }
                rows.append(.object(row))
            }
            guard case .object(var object) = page.scene(scene) else { continue }
            object["items"] = .list(rows)
            scenes.append(.object(object))
        }
        context["scenes"] = .list(scenes)
        context["hasScenes"] = .bool(!scenes.isEmpty)
        return .object(context)
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
