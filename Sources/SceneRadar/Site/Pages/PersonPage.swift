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
        let byScene = Dictionary(grouping: credits.items[identity.slug] ?? [], by: \.scene)
        var scenes: [MustacheValue] = []
        for (scene, items) in byScene.sorted(by: { $0.key < $1.key }) {
            let rows = items.reversed().map { item -> MustacheValue in
                var row: MustacheObject = [
                    "label": .string(item.label), "role": .string(item.role),
                    "week": .string(item.week.description),
                    "weekURL": .string(page.href(SitePaths.log(scene, item.week))),
                ]
                if let url = item.url { row["trackURL"] = .string(url) }
                return .object(row)
            }
            guard case .object(var object) = page.scene(scene) else { continue }
            object["items"] = .list(rows)
            scenes.append(.object(object))
        }
        context["scenes"] = .list(scenes)
        context["hasScenes"] = .bool(!scenes.isEmpty)
        return .object(context)
    }
}
