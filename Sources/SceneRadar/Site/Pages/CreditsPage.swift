/// `/credits/`: the whole vault's support directory — who to credit and how to pay them.
enum CreditsPage {
    static func context(_ data: SiteData, credits: PeopleCredits) -> MustacheValue {
        let page = PageContext(data: data, path: SitePaths.credits)
        var context = page.common(description: "Who made the music on this radar, and how to pay them.")
        var rows: [(String, String, MustacheValue)] = []
        for identity in data.people.identities where !identity.isPrivate {
            let items = credits.items[identity.slug] ?? []
            guard !items.isEmpty, case .object(var person) = page.person(data.person(identity)) else {
                continue
            }
            person["scenes"] = PageContext.list(credits.scenes(of: identity.slug).map(page.scene))
            person["credits"] = .int(items.count)
            let support = identity.noteSlug.flatMap { data.personNotes[$0] }?.support ?? []
            person["support"] = PageContext.list(support.map(PageContext.external))
            rows.append((NameKey.fold(identity.name), identity.slug, .object(person)))
        }
        rows.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        context["people"] = .list(rows.map(\.2))
        context["hasPeople"] = .bool(!rows.isEmpty)
        var infrastructure: [MustacheValue] = []
        for notes in data.scenes {
            guard let scene = notes.scene else { continue }
            for item in scene.infrastructure {
                guard case .object(var object) = ScenePage.infrastructure(item) else { continue }
                object["scene"] = .string(scene.name.value)
                object["sceneURL"] = .string(page.href(SitePaths.scene(scene.slug)))
                infrastructure.append(.object(object))
            }
        }
        context["infrastructure"] = .list(infrastructure)
        context["hasInfrastructure"] = .bool(!infrastructure.isEmpty)
        return .object(context)
    }
}

/// `/404.html`: served for any missing path, so its links are absolute when a base URL is known
/// and root-relative otherwise.
enum NotFoundPage {
    static func context(_ data: SiteData) -> MustacheValue {
        var context = PageContext(data: data, path: SitePaths.notFound).common(description: "Page not found.")
        context["root"] = .string(data.baseURL ?? "/")
        return .object(context)
    }
}
